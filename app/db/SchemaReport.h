#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

namespace tpp::db {

/// What the schema check on connect found: missing tables and columns, and the
/// console features that are off because of them, so the console names the
/// gap instead of failing inside a query.
struct SchemaReport {
    bool checked = false;
    QStringList missingTables;                 ///< e.g. "file_versions"
    QMap<QString, QStringList> missingColumns; ///< table -> columns
    QStringList disabledFeatures; ///< human text: "File versions (table file_versions is missing)"
    QString auditTable;           ///< qualified name of admin_audit when usable, else empty
    QString auditProblem;         ///< why audit entries stay in the local journal, if they do

    [[nodiscard]] bool complete() const {
        return missingTables.isEmpty() && missingColumns.isEmpty();
    }
    /// Whether a dataset (DatasetCatalog id) can be queried with this schema.
    [[nodiscard]] bool datasetAvailable(const QString& dataset) const;
};

} // namespace tpp::db
