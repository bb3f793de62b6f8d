# tpp_add_test(NAME <tst_name> SOURCES <files> LIBS <targets> LABELS <unit|ui|integration|package>
#              [WRAPPER <command…>] [ENVIRONMENT <k=v…>] [FIXTURES <names>] [TIMEOUT <s>])
# One Qt Test executable per class under test, registered with CTest. UI tests
# run on the offscreen platform unless a WRAPPER (xvfb-run, keyring session) is given.
function(tpp_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;WRAPPER;ENVIRONMENT;FIXTURES" ${ARGN})
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    # Tests that drive stack/ (stack/ctl, psql helpers) find the scripts here.
    target_compile_definitions(${T_NAME} PRIVATE TPP_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    tpp_apply_flags(${T_NAME})
    add_test(NAME ${T_NAME} COMMAND ${T_WRAPPER} $<TARGET_FILE:${T_NAME}>)
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    set(env QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES=qt.qpa.*=false ${T_ENVIRONMENT})
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "${env}")
    if(T_FIXTURES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()

# tpp_add_script_test(NAME <name> COMMAND <cmd…> LABELS <labels> [ENVIRONMENT …] [TIMEOUT s] [FIXTURES …])
# For checks that are naturally shell scripts (packaging, link lines, stack/).
function(tpp_add_script_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "COMMAND;LABELS;ENVIRONMENT;FIXTURES" ${ARGN})
    add_test(NAME ${T_NAME} COMMAND ${T_COMMAND})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT})
    if(T_ENVIRONMENT)
        set_tests_properties(${T_NAME} PROPERTIES ENVIRONMENT "${T_ENVIRONMENT}")
    endif()
    if(T_FIXTURES)
        set_tests_properties(${T_NAME} PROPERTIES FIXTURES_REQUIRED "${T_FIXTURES}")
    endif()
endfunction()
