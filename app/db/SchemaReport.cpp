#include "db/SchemaReport.h"

#include "db/DatasetCatalog.h"
#include "db/SchemaCheck.h"

namespace tpp::db {

bool SchemaReport::datasetAvailable(const QString& dataset) const {
    if (!checked)
        return true; // nothing known yet: let the query tell
    if (dataset == QLatin1String("admin_audit"))
        return !auditTable.isEmpty();
    static const DatasetCatalog catalog;
    const Dataset* d = catalog.find(dataset);
    if (!d)
        return false;
    const auto required = SchemaCheck::requiredColumns(*d);
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (missingTables.contains(it.key()))
            return false;
        const QStringList missing = missingColumns.value(it.key());
        for (const QString& c : it.value())
            if (missing.contains(c))
                return false;
    }
    return true;
}

} // namespace tpp::db
