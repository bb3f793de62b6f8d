#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace tpp {

/// One named health endpoint of the platform (frontend /api/health, backend /health, …).
struct HealthEndpoint {
    QString name;
    QString url;
    friend bool operator==(const HealthEndpoint&, const HealthEndpoint&) = default;
};

/// The secrets a profile may need. They never live in the profile itself: the
/// profile only knows their key names, and SecretStore keeps the values in the
/// OS key store.
enum class SecretKind { DatabasePassword, RedisPassword, SshPassword, BackupPassword };

/// A platform profile: everything needed to reach one Terminal++ platform,
/// without a single secret. Stored in QSettings and exported as an INI file
/// (group [profile]); see stack/README.md for the file format.
struct Profile {
    Q_DECLARE_TR_FUNCTIONS(tpp::Profile)
public:
    QString name;
    bool production = false;

    QString kubeconfig; ///< empty: KUBECONFIG or ~/.kube/config, as kubectl does
    QString kubeContext;
    QStringList namespaces;

    QString dbHost;
    int dbPort = 5432;
    QString dbName;
    QString dbUser;
    QString dbSslMode = QStringLiteral("prefer");
    QString dbUri; ///< a libpq URI instead of the fields above; never with a password

    QString redisUrl;
    QString prometheusUrl;
    QString alertmanagerUrl;
    QList<HealthEndpoint> healthEndpoints;
    QStringList sshHosts;      ///< user@host[:port]
    QString backupDestination; ///< file:///path or sftp://user@host[:port]/path

    friend bool operator==(const Profile&, const Profile&) = default;

    /// Problems that make this profile unusable, each naming the field at fault.
    [[nodiscard]] QStringList validate() const;

    /// Key of a secret of this profile in the key store ("<name>/<kind>").
    [[nodiscard]] QString secretKey(SecretKind kind) const { return secretKey(name, kind); }
    [[nodiscard]] static QString secretKey(const QString& profileName, SecretKind kind);
    [[nodiscard]] static QString secretKindName(SecretKind kind);

    [[nodiscard]] bool hasCluster() const { return !kubeContext.isEmpty(); }
    [[nodiscard]] bool hasDatabase() const { return !dbUri.isEmpty() || !dbHost.isEmpty(); }

    /// Writes the fields into the settings' current group.
    void writeTo(QSettings& settings) const;
    /// Reads the fields from the settings' current group.
    [[nodiscard]] static Profile readFrom(const QSettings& settings);
};

} // namespace tpp
