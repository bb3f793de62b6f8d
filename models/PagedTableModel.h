#pragma once

#include "db/DatasetCatalog.h"
#include "db/PageQuery.h"

#include <QAbstractTableModel>
#include <QDateTime>

namespace tpp::db {
class PlatformDb;
}

namespace tpp {

/// A window onto a large platform table, paged by key (never OFFSET).
///
/// Rows arrive a page at a time as the view scrolls (canFetchMore/fetchMore at
/// the bottom, fetchPrevious() at the top). At most `maxRows` rows are held:
/// pages far from the viewport are dropped from the other end, so memory stays
/// flat however far the user scrolls; rowsDroppedAtTop() tells the view how far
/// to scroll back so the visible rows do not jump. A reset happens only when
/// the query changes (filter, sort, seek) or a new connection is made.
///
/// Display strings are computed once per row on arrival, so data() is O(1).
/// A page that failed because the connection was lost is requested again by
/// itself when the database is back.
class PagedTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role { RawValueRole = Qt::UserRole + 1, SortKeyRole };

    PagedTableModel(db::PlatformDb* platformDb, const db::Dataset* dataset,
                    QObject* parent = nullptr);

    /// Replaces the query (filters, sort, seek) and loads its first page.
    void setQuery(const db::PageQuery& query);
    [[nodiscard]] const db::PageQuery& query() const { return m_query; }
    [[nodiscard]] const db::Dataset& dataset() const { return *m_dataset; }
    /// Reloads from the start (F5, a new connection).
    void reload();
    /// Starts at a sort value ("sessions around 2026-11-14 09:00").
    void seekTo(const QVariant& sortValue);

    void setPageSize(int rows) { m_pageSize = rows; }
    void setMaxRows(int rows) { m_maxRows = rows; }

    [[nodiscard]] bool atStart() const { return m_atStart; }
    [[nodiscard]] bool atEnd() const { return m_atEnd; }
    [[nodiscard]] bool isLoading() const { return m_pending != 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QDateTime loadedAt() const { return m_loadedAt; }
    /// Total rows for the current filters; -1 while unknown.
    [[nodiscard]] qint64 total() const { return m_total; }
    [[nodiscard]] bool totalIsEstimate() const { return m_totalEstimated; }

    /// Loads the page before the first held row (the view reached the top).
    void fetchPrevious();
    [[nodiscard]] bool canFetchPrevious() const { return !m_atStart && m_pending == 0; }

    /// The raw value of a cell by column name ("id", "user_id", …).
    [[nodiscard]] QVariant value(int row, const QString& column) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role) const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    void rowsDroppedAtTop(int count);
    void rowsAddedAtTop(int count);
    void loadingChanged(bool loading);
    void errorChanged(const QString& error);
    void totalChanged();

private:
    struct Row {
        QVariantList raw;
        QStringList display;
        QStringList tooltip;
    };
    enum class Direction { First, Forward, Backward };

    void request(Direction direction);
    void onPage(const db::PageResult& result);
    void onCount(quint64 id, qint64 rows, bool estimated, const QString& error);
    void dropFromTop(int count);
    void dropFromBottom(int count);
    [[nodiscard]] QVariantList keyOf(const Row& row) const;
    [[nodiscard]] Row makeRow(const QVariantList& raw) const;
    void setError(const QString& error);

    db::PlatformDb* m_db;
    const db::Dataset* m_dataset;
    db::PageQuery m_query;
    QList<Row> m_rows;
    int m_sortIndex = -1;
    int m_idIndex = -1;
    int m_pageSize = 200;
    int m_maxRows = 1000;
    bool m_atStart = true;
    bool m_atEnd = false;
    quint64 m_pending = 0; ///< request id of the page in flight
    Direction m_pendingDirection = Direction::First;
    bool m_retryOnReconnect = false;
    quint64 m_countRequest = 0;
    qint64 m_total = -1;
    bool m_totalEstimated = false;
    QString m_error;
    QDateTime m_loadedAt;
};

/// "3 min ago", "2 h ago", "in 5 min": the relative time tables show (UI.md).
[[nodiscard]] QString relativeTime(const QDateTime& when, const QDateTime& now);

} // namespace tpp
