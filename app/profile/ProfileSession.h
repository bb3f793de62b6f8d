#pragma once

#include "profile/Profile.h"
#include "profile/SecretStore.h"

#include <QObject>

#include <optional>

namespace tpp {

class ProfileStore;
class SourceStatus;

/// The profile the console is working with right now, and the secrets its
/// connections need. Secrets are fetched from SecretStore on demand; when the
/// key store has none (or there is no key store), secretNeeded() asks the UI,
/// which answers through provideSecret().
class ProfileSession : public QObject {
    Q_OBJECT
public:
    ProfileSession(ProfileStore* store, SecretStore* secrets, SourceStatus* status,
                   QObject* parent = nullptr);

    /// Makes @p name the active profile (empty: none). Returns false if unknown.
    bool activate(const QString& name);
    [[nodiscard]] const std::optional<Profile>& active() const { return m_active; }

    /// Asks for a secret of the active profile; answers with secretReady() or secretNeeded().
    void requestSecret(SecretKind kind);
    /// The user's answer to secretNeeded(). @p save writes it to the key store;
    /// otherwise (or when there is no key store) it is kept for this run only.
    void provideSecret(SecretKind kind, const QString& value, bool save);

Q_SIGNALS:
    void activeChanged();
    void secretReady(tpp::SecretKind kind, const QString& value);
    /// @param message why it is needed and why it could not be read
    /// @param canSave false when no key store is available
    void secretNeeded(tpp::SecretKind kind, const QString& message, bool canSave);
    void secretSaveFailed(tpp::SecretKind kind, const QString& message);

private:
    std::optional<SecretKind> kindForKey(const QString& key) const;

    ProfileStore* m_store;
    SecretStore* m_secrets;
    SourceStatus* m_status;
    std::optional<Profile> m_active;
    bool m_backendMissing = false;
};

} // namespace tpp
