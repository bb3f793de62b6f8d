#pragma once

#include "db/PageQuery.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tpp::db {

/// One column a dataset shows.
struct DatasetColumn {
    QString name;            ///< result column name, e.g. "user_email"
    QString title;           ///< translated header, e.g. "User"
    QString sqlExpr;         ///< SQL expression, e.g. "u.email"
    bool sortable = false;   ///< an indexed key column: keyset paging may order by it
    bool filterable = false; ///< may appear in a Filter
    QString table;           ///< the base table this column needs (schema check), e.g. "users"
    /// Operators a Filter may use on this column (empty when not filterable).
    QList<Filter::Op> ops;
    /// The sort key may be NULL (sandboxes.last_accessed): such rows come last in
    /// display order, paged by id, so paging neither stops nor repeats at them.
    bool nullable = false;
    /// An extra, equivalent condition for an Equals filter that lets the planner
    /// use an index the column itself lacks; one '?' bound to the same value.
    /// command_history has no index on user_id or sandbox_id, but the user's or
    /// sandbox's sessions are indexed, and command_history.session_id is.
    QString equalsVia;
};

/// A browsable table of the platform: its FROM clause, its columns, which of
/// them are indexed sort keys, and the unique id column that breaks ties. The
/// SQL for a page is built here from a PageQuery, with every value bound as a
/// parameter; a column or operator the dataset does not declare is refused.
struct Dataset {
    QString
        id; ///< "users", "sessions", "sandboxes", "command_history", "file_versions", "admin_audit"
    QString title;       ///< translated
    QString fromClause;  ///< e.g. "sessions s LEFT JOIN users u ON u.id = s.user_id"
    QString idExpr;      ///< unique tie-breaker, e.g. "s.id"
    QString defaultSort; ///< column name
    QList<DatasetColumn> columns;
    /// Columns whose equality filter is indexed and selective: counting is exact and cheap.
    QStringList exactCountColumns;

    [[nodiscard]] const DatasetColumn* column(const QString& name) const;
    [[nodiscard]] int columnIndex(const QString& name) const;
};

/// The built statement: SQL text with positional '?' placeholders and values.
struct BuiltQuery {
    QString sql;
    QVariantList params;
    QString error; ///< non-empty: the query was refused (names the column/operator at fault)
    /// countQuery only: the count stops at this many rows (0 = no cap); a
    /// result equal to the cap means "at least", i.e. still an estimate.
    qint64 countCap = 0;
};

class DatasetCatalog {
public:
    DatasetCatalog();
    [[nodiscard]] const Dataset* find(const QString& id) const;
    [[nodiscard]] const QList<Dataset>& datasets() const { return m_datasets; }

    /// Keyset page SQL: WHERE filters AND (sort, id) </> (?, ?) ORDER BY sort, id LIMIT n.
    [[nodiscard]] BuiltQuery pageQuery(const PageQuery& query) const;
    /// Row count: exact count(*) when a selective filter (an indexed equality)
    /// is present, else the planner's estimate from pg_class.reltuples.
    [[nodiscard]] BuiltQuery countQuery(const QString& dataset, const QList<Filter>& filters,
                                        bool* estimated) const;

private:
    QList<Dataset> m_datasets;
};

} // namespace tpp::db
