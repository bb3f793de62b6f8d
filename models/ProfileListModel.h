#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace tpp {

class ProfileStore;

/// The stored profiles as a list (profile manager, profile switcher, command
/// palette). Follows ProfileStore's signals with row inserts/removes/changes,
/// never a reset, so selections survive edits.
class ProfileListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1, ProductionRole, ActiveRole, SummaryRole };

    explicit ProfileListModel(ProfileStore* store, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] int rowOf(const QString& name) const;

private:
    void onAdded(const QString& name);
    void onRemoved(const QString& name);
    void onChanged(const QString& name);
    void onActiveChanged(const QString& name);

    ProfileStore* m_store;
    QStringList m_names; ///< sorted like ProfileStore::names()
    QString m_active;
};

} // namespace tpp
