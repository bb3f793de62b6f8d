#include "db/ConnectionSettings.h"

#include "profile/Profile.h"

#include <QUrl>
#include <QUrlQuery>

namespace tpp::db {

ConnectionSettings ConnectionSettings::fromProfile(const Profile& profile,
                                                   const QString& password) {
    ConnectionSettings s;
    s.host = profile.dbHost;
    s.port = profile.dbPort > 0 ? profile.dbPort : 5432;
    s.database = profile.dbName;
    s.user = profile.dbUser;
    s.password = password;
    if (!profile.dbSslMode.isEmpty())
        s.sslMode = profile.dbSslMode;
    s.uri = profile.dbUri;
    return s;
}

QString ConnectionSettings::describe() const {
    QString h = host;
    int p = port;
    QString db = database;
    QString u = user;
    if (!uri.isEmpty()) {
        // Only the parts that identify the server: a URI may carry a password.
        const QUrl url(uri);
        if (!url.host().isEmpty())
            h = url.host();
        if (url.port() > 0)
            p = url.port();
        const QString path = url.path().mid(1);
        if (!path.isEmpty())
            db = path;
        if (!url.userName().isEmpty())
            u = url.userName();
    }
    QString out;
    if (!u.isEmpty())
        out += u + QLatin1Char('@');
    out += (h.isEmpty() ? QStringLiteral("localhost") : h) + QLatin1Char(':') + QString::number(p);
    if (!db.isEmpty())
        out += QLatin1Char('/') + db;
    return out;
}

} // namespace tpp::db
