#pragma once

#include "kube/KubeconfigResolution.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <chrono>

namespace tpp::kube {

class ExecApprovals;

/// Runs kubeconfig exec credential plugins (client.authentication.k8s.io
/// ExecCredential) without blocking the thread: as an argument list, never
/// through a shell; only when ExecApprovals approved the command for its
/// kubeconfig file; with KUBERNETES_EXEC_INFO set as kubectl sets it. The
/// credential is cached until its expirationTimestamp (for the process's
/// lifetime when it has none, as kubectl does; invalidate() after a 401).
class ExecCredentialPlugin : public QObject {
    Q_OBJECT
public:
    explicit ExecCredentialPlugin(const ExecApprovals& approvals, QObject* parent = nullptr);
    ~ExecCredentialPlugin() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Completes a resolution whose status is ExecPending (anything else is
    /// handed back as it is). finished() always comes later, from the event
    /// loop, with the returned id. Requests for the same plugin share one run.
    quint64 fetch(const KubeconfigResolution& pending);

    /// Forgets cached credentials, e.g. after the server answered 401.
    void invalidate();

Q_SIGNALS:
    void finished(quint64 requestId, const tpp::kube::KubeconfigResolution& result);

private:
    struct Cached {
        QString token;
        QByteArray clientCertPem;
        QByteArray clientKeyPem;
        QDateTime expiry; ///< null: no expiry
    };
    struct Run;

    void start(const QString& key, const KubeconfigResolution& pending);
    void complete(const QString& key, const Cached* credential, const QString& error);
    [[nodiscard]] static QString cacheKey(const KubeconfigResolution& pending);

    const ExecApprovals& m_approvals;
    std::chrono::milliseconds m_timeout{30000};
    quint64 m_nextId = 1;
    QHash<QString, Cached> m_cache;
    QHash<QString, Run*> m_running;
};

} // namespace tpp::kube
