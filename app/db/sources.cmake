# Sources of app/db, added to tppcore (included from app/CMakeLists.txt).
target_sources(tppcore PRIVATE
    db/AuditEntry.cpp
    db/AuditJournal.cpp
    db/AuditLog.cpp
    db/ConnectionSettings.cpp
    db/DatasetCatalog.cpp
    db/DatasetQueries.cpp
    db/DbWorker.cpp
    db/DbWorkerRequests.cpp
    db/PgStatement.cpp
    db/PlatformDb.cpp
    db/SchemaCheck.cpp
    db/SchemaReport.cpp
)
# libpq itself for PQcancel / PQstatus on the connection QPSQL opened.
pkg_check_modules(LIBPQ REQUIRED IMPORTED_TARGET libpq)
target_link_libraries(tppcore PRIVATE PkgConfig::LIBPQ)
