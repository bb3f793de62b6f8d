#include "profile/Profile.h"

#include <QCoreApplication>
#include <QUrl>

namespace tpp {

namespace {

const QStringList& sslModes() {
    static const QStringList modes{QStringLiteral("disable"),   QStringLiteral("allow"),
                                   QStringLiteral("prefer"),    QStringLiteral("require"),
                                   QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes;
}

// Checks an optional URL field: empty is fine, otherwise one of the schemes.
void checkUrl(QStringList& errors, const QString& field, const QString& value,
              const QStringList& schemes) {
    if (value.isEmpty())
        return;
    const QUrl url(value, QUrl::StrictMode);
    if (!url.isValid() || (url.host().isEmpty() && url.scheme() != QLatin1String("file"))) {
        errors << Profile::tr("%1: \"%2\" is not a valid URL").arg(field, value);
        return;
    }
    if (!schemes.contains(url.scheme()))
        errors << Profile::tr("%1: scheme \"%2\" is not supported (use %3)")
                      .arg(field, url.scheme(), schemes.join(QLatin1String(", ")));
    if (!url.password().isEmpty())
        errors << Profile::tr(
                      "%1: the URL contains a password; secrets belong in the key store, not "
                      "in the profile")
                      .arg(field);
}

QStringList toList(const QVariant& value) {
    // QSettings returns a single string for "a" and a list for "a, b".
    QStringList out;
    for (const QString& item : value.toStringList()) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty())
            out << trimmed;
    }
    return out;
}

} // namespace

QStringList Profile::validate() const {
    QStringList errors;
    if (name.trimmed().isEmpty())
        errors << tr("name: a profile needs a name");
    else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        errors << tr("name: \"%1\" may not contain / or \\").arg(name);
    if (dbPort < 1 || dbPort > 65535)
        errors << tr("dbPort: %1 is not a TCP port (1–65535)").arg(dbPort);
    if (!dbSslMode.isEmpty() && !sslModes().contains(dbSslMode))
        errors << tr("dbSslMode: \"%1\" is not one of %2")
                      .arg(dbSslMode, sslModes().join(QLatin1String(", ")));
    if (!dbUri.isEmpty()) {
        const QUrl uri(dbUri);
        if (uri.scheme() != QLatin1String("postgresql") &&
            uri.scheme() != QLatin1String("postgres"))
            errors << tr("dbUri: \"%1\" is not a libpq URI (postgresql://…)").arg(dbUri);
        else if (!uri.password().isEmpty() || dbUri.contains(QLatin1String("password=")))
            errors << tr("dbUri: the URI contains a password; secrets belong in the key store, "
                         "not in the profile");
    }
    const QStringList http{QStringLiteral("http"), QStringLiteral("https")};
    checkUrl(errors, QStringLiteral("redisUrl"), redisUrl,
             {QStringLiteral("redis"), QStringLiteral("rediss")});
    checkUrl(errors, QStringLiteral("prometheusUrl"), prometheusUrl, http);
    checkUrl(errors, QStringLiteral("alertmanagerUrl"), alertmanagerUrl, http);
    checkUrl(errors, QStringLiteral("backupDestination"), backupDestination,
             {QStringLiteral("file"), QStringLiteral("sftp")});
    for (const HealthEndpoint& endpoint : healthEndpoints) {
        if (endpoint.name.isEmpty())
            errors << tr("healthEndpoints: \"%1\" needs a name (name=url)").arg(endpoint.url);
        checkUrl(errors, QStringLiteral("healthEndpoints"), endpoint.url, http);
    }
    for (const QString& host : sshHosts) {
        const QUrl url(QStringLiteral("ssh://") + host);
        if (!url.isValid() || url.host().isEmpty())
            errors << tr("sshHosts: \"%1\" is not user@host[:port]").arg(host);
    }
    return errors;
}

QString Profile::secretKindName(SecretKind kind) {
    switch (kind) {
    case SecretKind::DatabasePassword:
        return QStringLiteral("db-password");
    case SecretKind::RedisPassword:
        return QStringLiteral("redis-password");
    case SecretKind::SshPassword:
        return QStringLiteral("ssh-password");
    case SecretKind::BackupPassword:
        return QStringLiteral("backup-password");
    }
    return {};
}

QString Profile::secretKey(const QString& profileName, SecretKind kind) {
    return profileName + QLatin1Char('/') + secretKindName(kind);
}

void Profile::writeTo(QSettings& s) const {
    s.setValue(QStringLiteral("name"), name);
    s.setValue(QStringLiteral("production"), production);
    s.setValue(QStringLiteral("kubeconfig"), kubeconfig);
    s.setValue(QStringLiteral("kubeContext"), kubeContext);
    s.setValue(QStringLiteral("namespaces"), namespaces);
    s.setValue(QStringLiteral("dbHost"), dbHost);
    s.setValue(QStringLiteral("dbPort"), dbPort);
    s.setValue(QStringLiteral("dbName"), dbName);
    s.setValue(QStringLiteral("dbUser"), dbUser);
    s.setValue(QStringLiteral("dbSslMode"), dbSslMode);
    s.setValue(QStringLiteral("dbUri"), dbUri);
    s.setValue(QStringLiteral("redisUrl"), redisUrl);
    s.setValue(QStringLiteral("prometheusUrl"), prometheusUrl);
    s.setValue(QStringLiteral("alertmanagerUrl"), alertmanagerUrl);
    QStringList health;
    for (const HealthEndpoint& endpoint : healthEndpoints)
        health << endpoint.name + QLatin1Char('=') + endpoint.url;
    s.setValue(QStringLiteral("healthEndpoints"), health);
    s.setValue(QStringLiteral("sshHosts"), sshHosts);
    s.setValue(QStringLiteral("backupDestination"), backupDestination);
}

Profile Profile::readFrom(const QSettings& s) {
    Profile p;
    p.name = s.value(QStringLiteral("name")).toString().trimmed();
    p.production = s.value(QStringLiteral("production"), false).toBool();
    p.kubeconfig = s.value(QStringLiteral("kubeconfig")).toString();
    p.kubeContext = s.value(QStringLiteral("kubeContext")).toString();
    p.namespaces = toList(s.value(QStringLiteral("namespaces")));
    p.dbHost = s.value(QStringLiteral("dbHost")).toString();
    p.dbPort = s.value(QStringLiteral("dbPort"), 5432).toInt();
    p.dbName = s.value(QStringLiteral("dbName")).toString();
    p.dbUser = s.value(QStringLiteral("dbUser")).toString();
    p.dbSslMode = s.value(QStringLiteral("dbSslMode"), QStringLiteral("prefer")).toString();
    p.dbUri = s.value(QStringLiteral("dbUri")).toString();
    p.redisUrl = s.value(QStringLiteral("redisUrl")).toString();
    p.prometheusUrl = s.value(QStringLiteral("prometheusUrl")).toString();
    p.alertmanagerUrl = s.value(QStringLiteral("alertmanagerUrl")).toString();
    for (const QString& item : toList(s.value(QStringLiteral("healthEndpoints")))) {
        const qsizetype eq = item.indexOf(QLatin1Char('='));
        if (eq < 0)
            p.healthEndpoints.append({QString(), item});
        else
            p.healthEndpoints.append({item.left(eq).trimmed(), item.mid(eq + 1).trimmed()});
    }
    p.sshHosts = toList(s.value(QStringLiteral("sshHosts")));
    p.backupDestination = s.value(QStringLiteral("backupDestination")).toString();
    return p;
}

} // namespace tpp
