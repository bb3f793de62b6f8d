#pragma once

#include <QString>

namespace tpp {
struct Profile;
}

namespace tpp::db {

/// Everything needed to open the platform database. Built from a Profile and
/// the password SecretStore returned; the password lives only in this struct
/// (in memory) and is handed to the driver, never logged or written.
struct ConnectionSettings {
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode = QStringLiteral("prefer");
    QString uri; ///< libpq URI; when set it wins over host/port/database/user
    int connectTimeoutS = 5;
    int statementTimeoutMs = 5000; ///< protects the window from a runaway query

    [[nodiscard]] static ConnectionSettings fromProfile(const Profile& profile,
                                                        const QString& password);
    /// "tpp_console@127.0.0.1:5432/terminalpp" — for messages; never contains the password.
    [[nodiscard]] QString describe() const;
};

} // namespace tpp::db
