#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace tpp::db {

/// One condition on a dataset column. The column must be one the dataset
/// declares filterable; values always travel as bound parameters, never as SQL.
struct Filter {
    enum class Op {
        Equals,  ///< column = value
        Prefix,  ///< column ILIKE value || '%' (value's % and _ escaped)
        AtLeast, ///< column >= value (time ranges)
        Before,  ///< column < value
        IsTrue,  ///< a boolean/derived condition, e.g. "active" sessions (value ignored)
        IsFalse
    };
    QString column;
    Op op = Op::Equals;
    QVariant value;
};

/// A request for one page of a large table, by key, never by OFFSET:
///   WHERE <filters> AND (sort, id) < (:afterSort, :afterId) ORDER BY sort DESC, id DESC LIMIT n
/// `after` empty = the first page. `backward` = the page just before `after`
/// in display order (used when scrolling back up after far pages were dropped).
/// `seek` = the page starting at a sort value (e.g. "sessions around
/// 2026-11-14 09:00"): rows whose sort key is at or past it in display order.
struct PageQuery {
    QString dataset;    ///< a DatasetCatalog id: users, sessions, sandboxes, ...
    QString sortColumn; ///< must be an indexed sort column of the dataset
    Qt::SortOrder order = Qt::DescendingOrder;
    QList<Filter> filters;
    std::optional<QVariantList> after; ///< {sortValue, id} of the boundary row
    bool backward = false;
    std::optional<QVariant> seek; ///< start at this sort value (ignored when `after` is set)
    int limit = 200;
};

/// The rows of one page, in display order, with the dataset's columns.
struct PageResult {
    quint64 requestId = 0;
    QString dataset;
    QStringList columns;
    QList<QVariantList> rows;
    /// Exact {sortValue, id} of the first and last row in display order, to pass
    /// as PageQuery::after (lastKey: next page; firstKey with backward: page
    /// before). Prefer them to values taken from `rows`: a timestamp column is a
    /// QDateTime with milliseconds, the key keeps PostgreSQL's microseconds.
    QVariantList firstKey;
    QVariantList lastKey;
    bool reachedEnd = false;     ///< fewer rows than asked: nothing further in this direction
    QString error;               ///< empty on success; human text naming what failed
    bool connectionLost = false; ///< the error was the connection going away: retry on reconnect
    qint64 elapsedMs = 0;
};

/// A plain parameterised statement's answer (small queries: counts, lookups).
struct QueryResult {
    quint64 requestId = 0;
    QStringList columns;
    QList<QVariantList> rows;
    qint64 rowsAffected = -1;
    QString error;
    bool connectionLost = false;
    qint64 elapsedMs = 0;
};

} // namespace tpp::db

Q_DECLARE_METATYPE(tpp::db::PageQuery)
Q_DECLARE_METATYPE(tpp::db::PageResult)
Q_DECLARE_METATYPE(tpp::db::QueryResult)
