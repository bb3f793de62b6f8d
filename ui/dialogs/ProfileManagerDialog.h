#pragma once

#include <QDialog>

class QLabel;
class QListView;
class QPushButton;

namespace tpp {

class IconSet;
class ProfileListModel;
class ProfileStore;
class SecretStore;

/// Lists the profiles and offers create, edit, duplicate, delete, import,
/// export and "Connect" (make active). Export writes no secret; delete also
/// removes the profile's secrets from the key store.
class ProfileManagerDialog : public QDialog {
    Q_OBJECT
public:
    ProfileManagerDialog(ProfileStore* store, SecretStore* secrets, IconSet* icons,
                         QWidget* parent = nullptr);

    [[nodiscard]] QString selectedName() const;
    void select(const QString& name);

Q_SIGNALS:
    void activateRequested(const QString& name);

private:
    void updateButtons();
    void createProfile();
    void editProfile();
    void duplicateProfile();
    void deleteProfile();
    void importProfile();
    void exportProfile();
    void showMessage(const QString& text, bool error);

    ProfileStore* m_store;
    SecretStore* m_secrets;
    ProfileListModel* m_model;
    QListView* m_list;
    QLabel* m_message;
    QPushButton* m_edit;
    QPushButton* m_duplicate;
    QPushButton* m_delete;
    QPushButton* m_export;
    QPushButton* m_activate;
};

} // namespace tpp
