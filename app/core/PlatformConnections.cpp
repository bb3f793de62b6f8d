#include "core/PlatformConnections.h"

#include "db/ConnectionSettings.h"
#include "db/PlatformDb.h"
#include "profile/ProfileSession.h"

namespace tpp {

PlatformConnections::PlatformConnections(ProfileSession* session, db::PlatformDb* database,
                                         QObject* parent)
    : QObject(parent)
    , m_session(session)
    , m_database(database) {
    connect(session, &ProfileSession::activeChanged, this, &PlatformConnections::apply);
    connect(session, &ProfileSession::secretReady, this,
            [this](SecretKind kind, const QString& value) {
                const auto& profile = m_session->active();
                if (kind != SecretKind::DatabasePassword || !profile || !profile->hasDatabase())
                    return;
                m_database->open(db::ConnectionSettings::fromProfile(*profile, value));
            });
}

void PlatformConnections::apply() {
    m_database->close();
    const auto& profile = m_session->active();
    if (profile && profile->hasDatabase())
        m_session->requestSecret(SecretKind::DatabasePassword);
}

} // namespace tpp
