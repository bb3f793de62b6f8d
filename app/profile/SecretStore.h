#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace tpp {

/// The one place secrets go: the OS key store through QtKeychain (on Linux the
/// Secret Service over D-Bus). Every call is an asynchronous job; answers come
/// back as signals carrying the key.
///
/// There is deliberately no plaintext fallback (QtKeychain's insecureFallback
/// stays off). When no key store exists, callers ask the user and hand the value
/// to rememberForSession(): it lives in this object's memory for this run only
/// and is never written anywhere.
class SecretStore : public QObject {
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove };
    enum class Failure {
        NotFound,  ///< no secret under this key
        NoBackend, ///< no Secret Service / key store is running
        Denied,    ///< the user or the key store refused access
        Other
    };
    Q_ENUM(Failure)

    /// @param service the key store's service name; tests pass their own so they
    ///        never touch a user's real entries.
    explicit SecretStore(QString service, QObject* parent = nullptr);

    void read(const QString& key);
    void write(const QString& key, const QString& value);
    void remove(const QString& key);

    /// Keeps a secret in memory for this run only (no key store available, or
    /// the user chose not to save it). read() answers from here first.
    void rememberForSession(const QString& key, const QString& value);
    void forgetSession();

    /// Human text for a failure, telling the user what to do about it.
    [[nodiscard]] static QString describe(Failure failure, const QString& detail);

    [[nodiscard]] QString service() const { return m_service; }

Q_SIGNALS:
    void readFinished(const QString& key, const QString& value);
    void writeFinished(const QString& key);
    void removeFinished(const QString& key);
    void failed(const QString& key, tpp::SecretStore::Operation operation,
                tpp::SecretStore::Failure failure, const QString& message);

private:
    QString m_service;
    QHash<QString, QString> m_session;
};

} // namespace tpp
