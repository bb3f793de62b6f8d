#pragma once

#include "profile/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace tpp {

class ProfileStore;
class SecretStore;

/// Creates or edits one profile. Plain fields go to ProfileStore; the password
/// fields go straight to SecretStore and are never held in the profile. The
/// dialog closes only once the key store has answered, so a failed save is
/// seen, not lost.
class ProfileEditorDialog : public QDialog {
    Q_OBJECT
public:
    /// @param existing the profile to edit, or nullptr for a new one.
    ProfileEditorDialog(ProfileStore* store, SecretStore* secrets, const Profile* existing,
                        QWidget* parent = nullptr);

    [[nodiscard]] Profile profile() const;
    [[nodiscard]] QString savedName() const { return m_savedName; }

private:
    void load(const Profile& p);
    void reloadContexts();
    void save();
    void secretDone(const QString& key, const QString& error);

    ProfileStore* m_store;
    SecretStore* m_secrets;
    QString m_originalName;
    QString m_probeName; ///< the name whose stored secrets the dialog looked up
    QString m_savedName;
    QStringList m_pendingSecrets;
    QStringList m_secretErrors;

    QLabel* m_keyStoreBanner;
    QLabel* m_errors;
    QDialogButtonBox* m_buttons;
    QLineEdit* m_name;
    QCheckBox* m_production;
    QLineEdit* m_kubeconfig;
    QComboBox* m_context;
    QLabel* m_contextProblems;
    QLineEdit* m_namespaces;
    QLineEdit* m_dbHost;
    QSpinBox* m_dbPort;
    QLineEdit* m_dbName;
    QLineEdit* m_dbUser;
    QComboBox* m_dbSslMode;
    QLineEdit* m_dbUri;
    QLineEdit* m_dbPassword;
    QLineEdit* m_redisUrl;
    QLineEdit* m_redisPassword;
    QLineEdit* m_prometheusUrl;
    QLineEdit* m_alertmanagerUrl;
    QPlainTextEdit* m_health;
    QLineEdit* m_sshHosts;
    QLineEdit* m_backup;
};

} // namespace tpp
