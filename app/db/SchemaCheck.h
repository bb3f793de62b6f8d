#pragma once

#include "db/DatasetCatalog.h"
#include "db/SchemaReport.h"

#include <QCoreApplication>
#include <QMap>

class QSqlDatabase;

namespace tpp::db {

/// The schema check PlatformDb runs on every (re)connect, on the database
/// thread: which tables and columns the datasets need are missing, and
/// whether admin_audit is usable (created here when missing and the role may).
class SchemaCheck {
    Q_DECLARE_TR_FUNCTIONS(tpp::db::SchemaCheck)
public:
    [[nodiscard]] static SchemaReport run(QSqlDatabase& db, const DatasetCatalog& catalog);
    /// table -> columns a dataset reads (from its expressions and joins).
    [[nodiscard]] static QMap<QString, QStringList> requiredColumns(const Dataset& dataset);
    /// The admin_audit DDL the console runs when the table is missing.
    [[nodiscard]] static QStringList auditDdl();
};

} // namespace tpp::db
