#pragma once

#include <QObject>

namespace tpp {

class ProfileSession;

namespace db {
class PlatformDb;
}

/// Opens and closes the platform's sources when the active profile changes:
/// asks ProfileSession for the database password (the key store, or the user
/// when the key store has none) and opens PlatformDb with it; closes it when
/// the profile goes. The cluster and metrics clients join here as they arrive.
class PlatformConnections : public QObject {
    Q_OBJECT
public:
    PlatformConnections(ProfileSession* session, db::PlatformDb* database,
                        QObject* parent = nullptr);

    /// Applies the current profile (call once after construction).
    void apply();

private:
    ProfileSession* m_session;
    db::PlatformDb* m_database;
};

} // namespace tpp
