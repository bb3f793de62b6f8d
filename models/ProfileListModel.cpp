#include "ProfileListModel.h"

#include "profile/ProfileStore.h"

#include <QFont>

#include <algorithm>

namespace tpp {

ProfileListModel::ProfileListModel(ProfileStore* store, QObject* parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_names(store->names())
    , m_active(store->activeName()) {
    connect(store, &ProfileStore::profileAdded, this, &ProfileListModel::onAdded);
    connect(store, &ProfileStore::profileRemoved, this, &ProfileListModel::onRemoved);
    connect(store, &ProfileStore::profileChanged, this, &ProfileListModel::onChanged);
    connect(store, &ProfileStore::activeChanged, this, &ProfileListModel::onActiveChanged);
}

int ProfileListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_names.size());
}

QVariant ProfileListModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QString& name = m_names.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case ActiveRole:
        return name == m_active;
    case Qt::FontRole:
        if (name == m_active) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case ProductionRole:
    case SummaryRole:
    case Qt::ToolTipRole: {
        const auto p = m_store->profile(name);
        if (!p)
            return {};
        if (role == ProductionRole)
            return p->production;
        QStringList parts;
        if (p->production)
            parts << tr("production");
        if (!p->kubeContext.isEmpty())
            parts << tr("context %1").arg(p->kubeContext);
        if (p->hasDatabase())
            parts << tr("database %1")
                         .arg(p->dbUri.isEmpty() ? p->dbHost + QLatin1Char('/') + p->dbName
                                                 : p->dbUri);
        return parts.join(QStringLiteral(" · "));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const {
    auto roles = QAbstractListModel::roleNames();
    roles.insert(NameRole, "name");
    roles.insert(ProductionRole, "production");
    roles.insert(ActiveRole, "active");
    roles.insert(SummaryRole, "summary");
    return roles;
}

int ProfileListModel::rowOf(const QString& name) const {
    return static_cast<int>(m_names.indexOf(name));
}

void ProfileListModel::onAdded(const QString& name) {
    if (m_names.contains(name))
        return onChanged(name);
    // Insert where ProfileStore's order puts it, so rows never jump on the next reload.
    const auto it = std::lower_bound(
        m_names.begin(), m_names.end(), name,
        [](const QString& a, const QString& b) { return QString::localeAwareCompare(a, b) < 0; });
    const int row = static_cast<int>(it - m_names.begin());
    beginInsertRows({}, row, row);
    m_names.insert(row, name);
    endInsertRows();
}

void ProfileListModel::onRemoved(const QString& name) {
    const int row = rowOf(name);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_names.removeAt(row);
    endRemoveRows();
}

void ProfileListModel::onChanged(const QString& name) {
    const int row = rowOf(name);
    if (row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

void ProfileListModel::onActiveChanged(const QString& name) {
    const QString previous = m_active;
    m_active = name;
    onChanged(previous);
    onChanged(name);
}

} // namespace tpp
