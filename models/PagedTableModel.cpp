#include "PagedTableModel.h"

#include "db/PlatformDb.h"

#include <QLocale>
#include <QTimeZone>

namespace tpp {

QString relativeTime(const QDateTime& when, const QDateTime& now) {
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    const qint64 magnitude = seconds < 0 ? -seconds : seconds;
    QString amount;
    if (magnitude < 60)
        amount = PagedTableModel::tr("%n s", nullptr, int(magnitude));
    else if (magnitude < 3600)
        amount = PagedTableModel::tr("%n min", nullptr, int(magnitude / 60));
    else if (magnitude < 86400)
        amount = PagedTableModel::tr("%n h", nullptr, int(magnitude / 3600));
    else if (magnitude < 86400 * 60)
        amount = PagedTableModel::tr("%n d", nullptr, int(magnitude / 86400));
    else
        return QLocale().toString(when.toLocalTime().date(), QLocale::ShortFormat);
    return seconds >= 0 ? PagedTableModel::tr("%1 ago").arg(amount)
                        : PagedTableModel::tr("in %1").arg(amount);
}

PagedTableModel::PagedTableModel(db::PlatformDb* platformDb, const db::Dataset* dataset,
                                 QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(platformDb)
    , m_dataset(dataset) {
    m_query.dataset = dataset->id;
    m_query.sortColumn = dataset->defaultSort;
    m_idIndex = dataset->columnIndex(QStringLiteral("id"));
    connect(m_db, &db::PlatformDb::pageReady, this, &PagedTableModel::onPage);
    connect(m_db, &db::PlatformDb::countReady, this, &PagedTableModel::onCount);
    connect(m_db, &db::PlatformDb::stateChanged, this, [this](db::PlatformDb::State state) {
        // A page lost with the connection is asked for again once it is back.
        if (state == db::PlatformDb::State::Connected && m_retryOnReconnect) {
            m_retryOnReconnect = false;
            request(m_rows.isEmpty() ? Direction::First : m_pendingDirection);
        }
    });
}

void PagedTableModel::setQuery(const db::PageQuery& query) {
    if (m_pending)
        m_db->cancel(m_pending);
    m_pending = 0;
    beginResetModel();
    m_query = query;
    m_query.dataset = m_dataset->id;
    if (m_query.sortColumn.isEmpty())
        m_query.sortColumn = m_dataset->defaultSort;
    m_sortIndex = m_dataset->columnIndex(m_query.sortColumn);
    m_rows.clear();
    m_atStart = !m_query.seek.has_value();
    m_atEnd = false;
    m_total = -1;
    m_retryOnReconnect = false;
    endResetModel();
    setError({});
    Q_EMIT totalChanged();
    m_countRequest = m_db->count(m_dataset->id, m_query.filters);
    request(Direction::First);
}

void PagedTableModel::reload() {
    setQuery(m_query);
}

void PagedTableModel::seekTo(const QVariant& sortValue) {
    db::PageQuery q = m_query;
    q.seek = sortValue;
    q.after.reset();
    setQuery(q);
}

void PagedTableModel::request(Direction direction) {
    db::PageQuery q = m_query;
    q.limit = m_pageSize;
    q.after.reset();
    q.backward = false;
    if (direction == Direction::Forward && !m_rows.isEmpty()) {
        q.after = keyOf(m_rows.constLast());
        q.seek.reset();
    } else if (direction == Direction::Backward && !m_rows.isEmpty()) {
        q.after = keyOf(m_rows.constFirst());
        q.backward = true;
        q.seek.reset();
    }
    m_pendingDirection = direction;
    m_pending = m_db->fetchPage(q);
    Q_EMIT loadingChanged(true);
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const {
    return !parent.isValid() && !m_atEnd && m_pending == 0 && m_error.isEmpty() &&
           !m_retryOnReconnect;
}

void PagedTableModel::fetchMore(const QModelIndex& parent) {
    if (canFetchMore(parent))
        request(m_rows.isEmpty() ? Direction::First : Direction::Forward);
}

void PagedTableModel::fetchPrevious() {
    if (canFetchPrevious() && !m_rows.isEmpty())
        request(Direction::Backward);
}

void PagedTableModel::onPage(const db::PageResult& result) {
    if (result.requestId != m_pending)
        return; // an answer to a query that has since been replaced
    m_pending = 0;
    Q_EMIT loadingChanged(false);
    if (!result.error.isEmpty()) {
        m_retryOnReconnect = result.connectionLost;
        setError(result.error);
        return;
    }
    setError({});
    m_loadedAt = QDateTime::currentDateTimeUtc();
    QList<Row> rows;
    rows.reserve(result.rows.size());
    for (const QVariantList& raw : result.rows)
        rows.append(makeRow(raw));
    const int count = static_cast<int>(rows.size());

    if (m_pendingDirection == Direction::Backward) {
        if (result.reachedEnd)
            m_atStart = true;
        if (count == 0)
            return;
        beginInsertRows({}, 0, count - 1);
        m_rows = rows + m_rows;
        endInsertRows();
        Q_EMIT rowsAddedAtTop(count);
        if (m_rows.size() > m_maxRows)
            dropFromBottom(static_cast<int>(m_rows.size()) - m_maxRows);
        return;
    }
    if (result.reachedEnd)
        m_atEnd = true;
    if (count > 0) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + count - 1);
        m_rows.append(rows);
        endInsertRows();
    }
    if (m_rows.size() > m_maxRows)
        dropFromTop(static_cast<int>(m_rows.size()) - m_maxRows);
}

void PagedTableModel::dropFromTop(int count) {
    beginRemoveRows({}, 0, count - 1);
    m_rows.remove(0, count);
    m_atStart = false;
    endRemoveRows();
    Q_EMIT rowsDroppedAtTop(count);
}

void PagedTableModel::dropFromBottom(int count) {
    const int size = static_cast<int>(m_rows.size());
    beginRemoveRows({}, size - count, size - 1);
    m_rows.remove(size - count, count);
    m_atEnd = false;
    endRemoveRows();
}

void PagedTableModel::onCount(quint64 id, qint64 rows, bool estimated, const QString& error) {
    if (id != m_countRequest)
        return;
    m_countRequest = 0;
    m_total = error.isEmpty() ? rows : -1;
    m_totalEstimated = estimated;
    Q_EMIT totalChanged();
}

QVariantList PagedTableModel::keyOf(const Row& row) const {
    return {row.raw.value(m_sortIndex), row.raw.value(m_idIndex)};
}

PagedTableModel::Row PagedTableModel::makeRow(const QVariantList& raw) const {
    Row row;
    row.raw = raw;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    for (const QVariant& value : raw) {
        QString display;
        QString tooltip;
        if (value.isNull()) {
            display = QStringLiteral("—");
        } else if (value.typeId() == QMetaType::QDateTime) {
            const QDateTime when = value.toDateTime();
            display = relativeTime(when, now);
            tooltip = locale.toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
        } else if (value.typeId() == QMetaType::Bool) {
            display = value.toBool() ? tr("yes") : tr("no");
        } else if (value.typeId() == QMetaType::Int || value.typeId() == QMetaType::LongLong) {
            display = locale.toString(value.toLongLong());
        } else {
            display = value.toString();
        }
        row.display << display;
        row.tooltip << tooltip;
    }
    return row;
}

QVariant PagedTableModel::value(int row, const QString& column) const {
    const int c = m_dataset->columnIndex(column);
    if (row < 0 || row >= m_rows.size() || c < 0)
        return {};
    return m_rows.at(row).raw.value(c);
}

int PagedTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int PagedTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_dataset->columns.size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.display.value(index.column());
    case Qt::ToolTipRole: {
        const QString tip = row.tooltip.value(index.column());
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case RawValueRole:
        return row.raw.value(index.column());
    case SortKeyRole:
        return QVariant(keyOf(row));
    case Qt::TextAlignmentRole: {
        const QVariant raw = row.raw.value(index.column());
        if (raw.typeId() == QMetaType::Int || raw.typeId() == QMetaType::LongLong ||
            raw.typeId() == QMetaType::Double)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || section < 0 || section >= m_dataset->columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const db::DatasetColumn& column = m_dataset->columns.at(section);
    if (role == Qt::DisplayRole)
        return column.title;
    if (role == Qt::ToolTipRole)
        return column.sortable ? tr("%1 — click to sort (indexed)").arg(column.title)
                               : tr("%1 — not sortable: no index on this column").arg(column.title);
    return {};
}

void PagedTableModel::sort(int column, Qt::SortOrder order) {
    if (column < 0 || column >= m_dataset->columns.size())
        return;
    const db::DatasetColumn& c = m_dataset->columns.at(column);
    // Only indexed columns: sorting anything else over millions of rows would
    // mean a full scan on every page.
    if (!c.sortable || (c.name == m_query.sortColumn && order == m_query.order))
        return;
    db::PageQuery q = m_query;
    q.sortColumn = c.name;
    q.order = order;
    q.seek.reset();
    setQuery(q);
}

void PagedTableModel::setError(const QString& error) {
    if (m_error == error)
        return;
    m_error = error;
    Q_EMIT errorChanged(error);
}

} // namespace tpp
