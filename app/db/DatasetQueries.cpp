#include "db/DatasetCatalog.h"

#include <QCoreApplication>

// DatasetCatalog::pageQuery / countQuery: the SQL text is assembled only from
// the catalog's own expressions; everything that comes from the caller (filter
// values, keys, the seek value) is a bound '?' parameter.

namespace tpp::db {

namespace {

QString opName(Filter::Op op) {
    switch (op) {
    case Filter::Op::Equals:
        return QStringLiteral("Equals");
    case Filter::Op::Prefix:
        return QStringLiteral("Prefix");
    case Filter::Op::AtLeast:
        return QStringLiteral("AtLeast");
    case Filter::Op::Before:
        return QStringLiteral("Before");
    case Filter::Op::IsTrue:
        return QStringLiteral("IsTrue");
    case Filter::Op::IsFalse:
        return QStringLiteral("IsFalse");
    }
    return {};
}

// ILIKE pattern for "starts with": the user's % and _ are literal characters.
QString prefixPattern(const QString& value) {
    QString v = value;
    v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    v.replace(QLatin1Char('%'), QLatin1String("\\%"));
    v.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return v + QLatin1Char('%');
}

bool isNullKey(const QVariant& v) {
    return !v.isValid() || v.isNull();
}

// Appends the filters' conditions to `where`; returns an error naming the fault.
QString buildFilters(const Dataset& d, const QList<Filter>& filters, QStringList& where,
                     QVariantList& params) {
    for (const Filter& f : filters) {
        const DatasetColumn* c = d.column(f.column);
        if (!c)
            return QCoreApplication::translate("tpp::db::DatasetCatalog",
                                               "dataset %1 has no column \"%2\"")
                .arg(d.id, f.column);
        if (!c->filterable || !c->ops.contains(f.op))
            return QCoreApplication::translate("tpp::db::DatasetCatalog",
                                               "column \"%1\" of %2 cannot be filtered with %3")
                .arg(f.column, d.id, opName(f.op));
        switch (f.op) {
        case Filter::Op::Equals:
            where << c->sqlExpr + QLatin1String(" = ?");
            params << f.value;
            if (!c->equalsVia.isEmpty()) {
                where << c->equalsVia;
                params << f.value;
            }
            break;
        case Filter::Op::Prefix:
            where << c->sqlExpr + QLatin1String(" ILIKE ?");
            params << prefixPattern(f.value.toString());
            break;
        case Filter::Op::AtLeast:
            where << c->sqlExpr + QLatin1String(" >= ?");
            params << f.value;
            break;
        case Filter::Op::Before:
            where << c->sqlExpr + QLatin1String(" < ?");
            params << f.value;
            break;
        case Filter::Op::IsTrue:
            where << QLatin1Char('(') + c->sqlExpr + QLatin1String(") IS TRUE");
            break;
        case Filter::Op::IsFalse:
            where << QLatin1Char('(') + c->sqlExpr + QLatin1String(") IS NOT TRUE");
            break;
        }
    }
    return {};
}

// One SELECT of a page: the dataset's columns plus the exact key as text
// (__sk, __id) and, for the UNION form, the raw key for the outer ORDER BY.
struct Select {
    QStringList where;
    QVariantList params;
    QString orderBy;
};

QString selectList(const Dataset& d, const DatasetColumn& sort) {
    QStringList cols;
    for (const DatasetColumn& c : d.columns)
        cols << c.sqlExpr + QLatin1String(" AS ") + c.name;
    cols << QLatin1String("(") + sort.sqlExpr + QLatin1String(")::text AS __sk");
    cols << QLatin1String("(") + d.idExpr + QLatin1String(")::text AS __id");
    return cols.join(QLatin1String(", "));
}

QString render(const Dataset& d, const QString& select, const Select& s, int limit,
               const QString& extra = {}) {
    QString sql =
        QLatin1String("SELECT ") + extra + select + QLatin1String(" FROM ") + d.fromClause;
    if (!s.where.isEmpty())
        sql += QLatin1String(" WHERE ") + s.where.join(QLatin1String(" AND "));
    sql +=
        QLatin1String(" ORDER BY ") + s.orderBy + QLatin1String(" LIMIT ") + QString::number(limit);
    return sql;
}

} // namespace

BuiltQuery DatasetCatalog::pageQuery(const PageQuery& q) const {
    BuiltQuery out;
    const Dataset* d = find(q.dataset);
    if (!d) {
        out.error = QCoreApplication::translate("tpp::db::DatasetCatalog", "unknown dataset \"%1\"")
                        .arg(q.dataset);
        return out;
    }
    const QString sortName = q.sortColumn.isEmpty() ? d->defaultSort : q.sortColumn;
    const DatasetColumn* sort = d->column(sortName);
    if (!sort) {
        out.error = QCoreApplication::translate("tpp::db::DatasetCatalog",
                                                "dataset %1 has no column \"%2\"")
                        .arg(d->id, sortName);
        return out;
    }
    if (!sort->sortable) {
        out.error =
            QCoreApplication::translate("tpp::db::DatasetCatalog",
                                        "column \"%1\" of %2 cannot be sorted on (no index)")
                .arg(sortName, d->id);
        return out;
    }
    if (q.after && q.after->size() != 2) {
        out.error = QCoreApplication::translate("tpp::db::DatasetCatalog",
                                                "a page boundary needs a sort value and an id");
        return out;
    }
    const int limit = qBound(1, q.limit, 1000);

    QStringList filterWhere;
    QVariantList filterParams;
    out.error = buildFilters(*d, q.filters, filterWhere, filterParams);
    if (!out.error.isEmpty())
        return out;

    // Fetch direction: display order, or its reverse for a backward page (the
    // worker puts those rows back into display order).
    const bool displayDesc = q.order == Qt::DescendingOrder;
    const bool desc = q.backward ? !displayDesc : displayDesc;
    const QString dir = desc ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    const QString cmp = desc ? QStringLiteral(" < ") : QStringLiteral(" > ");
    const QString cmpEq = desc ? QStringLiteral(" <= ") : QStringLiteral(" >= ");
    const QString& k = sort->sqlExpr;
    const QString& id = d->idExpr;
    // The boundary row's key. A QDateTime (a value taken from a row) has only
    // milliseconds while PostgreSQL keeps microseconds: the exact key is then
    // looked up by the row's id (a primary-key probe), falling back to the
    // given value if that row is gone. Text keys (PageResult::lastKey) are exact.
    const auto addKey = [&](Select& s) {
        const QVariant& value = q.after->at(0);
        const QVariant& rowId = q.after->at(1);
        QString bound = QStringLiteral("?");
        if (value.metaType().id() == QMetaType::QDateTime) {
            bound = QLatin1String("COALESCE((SELECT ") + k + QLatin1String(" FROM ") +
                    d->fromClause + QLatin1String(" WHERE ") + id + QLatin1String(" = ?), ?)");
            s.params << rowId;
        }
        s.where << QLatin1Char('(') + k + QLatin1String(", ") + id + QLatin1Char(')') + cmp +
                       QLatin1Char('(') + bound + QLatin1String(", ?)");
        s.params << value << rowId;
    };
    const QString select = selectList(*d, *sort);

    auto base = [&] {
        Select s;
        s.where = filterWhere;
        s.params = filterParams;
        return s;
    };

    if (!sort->nullable) {
        Select s = base();
        if (q.after) {
            addKey(s);
        } else if (q.seek) {
            s.where << k + (q.backward ? cmp : cmpEq) + QLatin1Char('?');
            s.params << *q.seek;
        }
        s.orderBy = k + dir + QLatin1String(", ") + id + dir;
        out.sql = render(*d, select, s, limit);
        out.params = s.params;
        return out;
    }

    // A nullable key: (key, id) comparisons are never true for NULL keys, so the
    // rows without a key form their own run, last in display order, ordered by
    // id. A page may span both runs: part 0 = rows with a key, part 1 = rows
    // without; each part is an index range scan, the outer ORDER BY merges them.
    const bool nullsFirst = q.backward; // fetching in reverse: the NULL run comes first
    Select keyed = base();
    keyed.where << k + QLatin1String(" IS NOT NULL");
    keyed.orderBy = k + dir + QLatin1String(", ") + id + dir;
    Select unkeyed = base();
    unkeyed.where << k + QLatin1String(" IS NULL");
    unkeyed.orderBy = id + dir;
    bool useKeyed = true;
    bool useUnkeyed = true;
    if (q.after) {
        if (isNullKey(q.after->at(0))) {
            // Boundary inside the NULL run: continue there by id; the keyed run is
            // reached only when going backward.
            unkeyed.where << id + cmp + QLatin1Char('?');
            unkeyed.params << q.after->at(1);
            useKeyed = q.backward;
        } else {
            addKey(keyed);
            useUnkeyed = !q.backward;
        }
    } else if (q.seek) {
        keyed.where << k + (q.backward ? cmp : cmpEq) + QLatin1Char('?');
        keyed.params << *q.seek;
        useUnkeyed = !q.backward;
    } else if (q.backward) {
        // "The page before the start" is empty; a backward page without a
        // boundary means the end of the list: the NULL run, then the keyed rows.
    }
    const int keyedPart = nullsFirst ? 1 : 0;
    const int unkeyedPart = nullsFirst ? 0 : 1;
    QStringList parts;
    QVariantList params;
    const QString partSelect = QLatin1String("(%1)::int AS __p, (") + k +
                               QLatin1String(") AS __sv, (") + id + QLatin1String(") AS __iv, ");
    auto add = [&](const Select& s, int part) {
        parts << QLatin1Char('(') + render(*d, select, s, limit, partSelect.arg(part)) +
                     QLatin1Char(')');
        params << s.params;
    };
    if (keyedPart == 0) {
        if (useKeyed)
            add(keyed, keyedPart);
        if (useUnkeyed)
            add(unkeyed, unkeyedPart);
    } else {
        if (useUnkeyed)
            add(unkeyed, unkeyedPart);
        if (useKeyed)
            add(keyed, keyedPart);
    }
    out.sql = QLatin1String("SELECT * FROM (") + parts.join(QLatin1String(" UNION ALL ")) +
              QLatin1String(") AS t ORDER BY __p, __sv") + dir + QLatin1String(", __iv") + dir +
              QLatin1String(" LIMIT ") + QString::number(limit);
    out.params = params;
    return out;
}

BuiltQuery DatasetCatalog::countQuery(const QString& dataset, const QList<Filter>& filters,
                                      bool* estimated) const {
    BuiltQuery out;
    if (estimated)
        *estimated = true;
    const Dataset* d = find(dataset);
    if (!d) {
        out.error = QCoreApplication::translate("tpp::db::DatasetCatalog", "unknown dataset \"%1\"")
                        .arg(dataset);
        return out;
    }
    QStringList where;
    QVariantList params;
    out.error = buildFilters(*d, filters, where, params);
    if (!out.error.isEmpty())
        return out;

    if (filters.isEmpty()) {
        // The planner's estimate; a partitioned table (command_history) has no
        // rows of its own: sum its partitions. reltuples is -1 before ANALYZE.
        out.sql =
            QStringLiteral("SELECT CASE WHEN c.relkind = 'p' THEN"
                           " (SELECT COALESCE(sum(GREATEST(p.reltuples, 0)), 0) FROM pg_inherits i"
                           " JOIN pg_class p ON p.oid = i.inhrelid WHERE i.inhparent = c.oid)"
                           " ELSE GREATEST(c.reltuples, 0) END::bigint"
                           " FROM pg_class c WHERE c.oid = to_regclass(?)");
        out.params << d->id;
        return out;
    }
    bool selective = false;
    for (const Filter& f : filters)
        selective =
            selective || (f.op == Filter::Op::Equals && d->exactCountColumns.contains(f.column));
    const QString body = QLatin1String("SELECT 1 FROM ") + d->fromClause +
                         QLatin1String(" WHERE ") + where.join(QLatin1String(" AND "));
    if (selective) {
        out.sql = QLatin1String("SELECT count(*) FROM (") + body + QLatin1String(") AS t");
        if (estimated)
            *estimated = false;
    } else {
        // Any other filter: count, but stop at a cap so a broad filter on a
        // large table stays cheap; a result at the cap is "at least".
        out.countCap = 10000;
        out.sql = QLatin1String("SELECT count(*) FROM (") + body + QLatin1String(" LIMIT ") +
                  QString::number(out.countCap) + QLatin1String(") AS t");
    }
    out.params = params;
    return out;
}

} // namespace tpp::db
