# Sources of app/kube, added to tppcore (included from app/CMakeLists.txt).
target_sources(tppcore PRIVATE
    kube/KubeconfigContexts.cpp
)
