#include "profile/ProfileSession.h"

#include "core/SourceStatus.h"
#include "profile/ProfileStore.h"

#include <QCoreApplication>

namespace tpp {

namespace {
constexpr SecretKind kKinds[] = {SecretKind::DatabasePassword, SecretKind::RedisPassword,
                                 SecretKind::SshPassword, SecretKind::BackupPassword};
}

ProfileSession::ProfileSession(ProfileStore* store, SecretStore* secrets, SourceStatus* status,
                               QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_status(status) {
    connect(m_secrets, &SecretStore::readFinished, this,
            [this](const QString& key, const QString& value) {
                if (const auto kind = kindForKey(key))
                    Q_EMIT secretReady(*kind, value);
            });
    connect(m_secrets, &SecretStore::failed, this,
            [this](const QString& key, SecretStore::Operation op, SecretStore::Failure failure,
                   const QString& message) {
                const auto kind = kindForKey(key);
                if (!kind)
                    return;
                if (failure == SecretStore::Failure::NoBackend)
                    m_backendMissing = true;
                const QString text = SecretStore::describe(failure, message);
                if (op == SecretStore::Operation::Read)
                    Q_EMIT secretNeeded(*kind, text, !m_backendMissing);
                else if (op == SecretStore::Operation::Write)
                    Q_EMIT secretSaveFailed(*kind, text);
            });
    connect(m_store, &ProfileStore::profileChanged, this, [this](const QString& name) {
        if (m_active && m_active->name == name)
            activate(name);
    });
    connect(m_store, &ProfileStore::profileRemoved, this, [this](const QString& name) {
        if (m_active && m_active->name == name)
            activate({});
    });
}

bool ProfileSession::activate(const QString& name) {
    std::optional<Profile> next;
    if (!name.isEmpty()) {
        next = m_store->profile(name);
        if (!next)
            return false;
    }
    if (m_active && (!next || next->name != m_active->name))
        m_secrets->forgetSession();
    m_active = next;
    m_store->setActiveName(name);
    m_status->resetAll(m_active.has_value());
    if (m_active) {
        if (!m_active->hasCluster())
            m_status->setState(Source::Cluster, SourceState::NotConfigured);
        if (!m_active->hasDatabase())
            m_status->setState(Source::Database, SourceState::NotConfigured);
        if (m_active->prometheusUrl.isEmpty())
            m_status->setState(Source::Prometheus, SourceState::NotConfigured);
        if (m_active->alertmanagerUrl.isEmpty())
            m_status->setState(Source::Alertmanager, SourceState::NotConfigured);
    }
    Q_EMIT activeChanged();
    return true;
}

void ProfileSession::requestSecret(SecretKind kind) {
    if (!m_active)
        return;
    m_secrets->read(m_active->secretKey(kind));
}

void ProfileSession::provideSecret(SecretKind kind, const QString& value, bool save) {
    if (!m_active)
        return;
    const QString key = m_active->secretKey(kind);
    // Kept in memory either way, so a failed save does not leave the user stuck.
    m_secrets->rememberForSession(key, value);
    if (save && !m_backendMissing)
        m_secrets->write(key, value);
    Q_EMIT secretReady(kind, value);
}

std::optional<SecretKind> ProfileSession::kindForKey(const QString& key) const {
    if (!m_active)
        return std::nullopt;
    for (SecretKind kind : kKinds)
        if (m_active->secretKey(kind) == key)
            return kind;
    return std::nullopt;
}

} // namespace tpp
