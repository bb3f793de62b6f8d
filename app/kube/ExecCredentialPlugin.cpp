#include "kube/ExecCredentialPlugin.h"

#include "kube/ExecApprovals.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <unistd.h>

namespace tpp::kube {

namespace {

QString pluginError(const KubeconfigExec& exec, const QString& problem) {
    return QCoreApplication::translate("tpp::kube::Kubeconfig",
                                       "%1: %2: credential plugin \"%3\": %4")
        .arg(exec.kubeconfigPath, exec.keyPath, exec.commandLine(), problem);
}

/// What kubectl puts in KUBERNETES_EXEC_INFO for the plugin.
QByteArray execInfo(const KubeconfigResolution& pending, bool interactive) {
    QJsonObject spec{{QStringLiteral("interactive"), interactive}};
    if (pending.exec->provideClusterInfo) {
        const KubeCredentials& c = pending.credentials;
        QJsonObject cluster{{QStringLiteral("server"), c.server.toString()}};
        if (!c.tlsServerName.isEmpty())
            cluster.insert(QStringLiteral("tls-server-name"), c.tlsServerName);
        if (c.insecureSkipTlsVerify)
            cluster.insert(QStringLiteral("insecure-skip-tls-verify"), true);
        if (!c.caPem.isEmpty())
            cluster.insert(QStringLiteral("certificate-authority-data"),
                           QString::fromLatin1(c.caPem.toBase64()));
        spec.insert(QStringLiteral("cluster"), cluster);
    }
    const QJsonObject info{{QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                           {QStringLiteral("apiVersion"), pending.exec->apiVersion},
                           {QStringLiteral("spec"), spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

/// The end of the plugin's stderr: plugins explain their failures there.
QString stderrTail(const QByteArray& err) {
    QString text = QString::fromUtf8(err).simplified();
    if (text.size() > 400)
        text = QStringLiteral("…") + text.right(400);
    return text;
}

} // namespace

struct ExecCredentialPlugin::Run {
    QProcess* process = nullptr;
    KubeconfigExec exec;
    QList<std::pair<quint64, KubeconfigResolution>> waiters;
    bool timedOut = false;
};

ExecCredentialPlugin::ExecCredentialPlugin(const ExecApprovals& approvals, QObject* parent)
    : QObject(parent)
    , m_approvals(approvals) {}

ExecCredentialPlugin::~ExecCredentialPlugin() {
    for (Run* run : std::as_const(m_running)) {
        QObject::disconnect(run->process, nullptr, this, nullptr);
        run->process->kill();
        run->process->waitForFinished(1000);
        delete run->process;
        delete run;
    }
}

void ExecCredentialPlugin::invalidate() {
    m_cache.clear();
}

QString ExecCredentialPlugin::cacheKey(const KubeconfigResolution& pending) {
    const KubeconfigExec& exec = *pending.exec;
    QJsonArray env;
    for (const auto& [name, value] : exec.env)
        env.append(QJsonArray{name, value});
    const QJsonArray key{exec.kubeconfigPath,
                         exec.apiVersion,
                         exec.command,
                         QJsonArray::fromStringList(exec.args),
                         env,
                         exec.provideClusterInfo ? pending.credentials.server.toString()
                                                 : QString()};
    return QString::fromUtf8(QJsonDocument(key).toJson(QJsonDocument::Compact));
}

quint64 ExecCredentialPlugin::fetch(const KubeconfigResolution& pending) {
    const quint64 id = m_nextId++;
    auto post = [this, id](const KubeconfigResolution& result) {
        QMetaObject::invokeMethod(
            this, [this, id, result] { Q_EMIT finished(id, result); }, Qt::QueuedConnection);
    };
    if (pending.status != KubeconfigResolution::Status::ExecPending || !pending.exec) {
        post(pending);
        return id;
    }
    // Checked again here: the approval may have been revoked since resolve().
    const KubeconfigExec& exec = *pending.exec;
    if (!m_approvals.isApproved(exec.kubeconfigPath, exec.command, exec.args, exec.env)) {
        KubeconfigResolution refused = pending;
        refused.status = KubeconfigResolution::Status::ApprovalNeeded;
        refused.error =
            pluginError(exec, QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                          "runs only after you approve it"));
        post(refused);
        return id;
    }
    const QString key = cacheKey(pending);
    if (const auto cached = m_cache.constFind(key); cached != m_cache.constEnd()) {
        if (cached->expiry.isNull() || QDateTime::currentDateTimeUtc() < cached->expiry) {
            KubeconfigResolution ready = pending;
            ready.status = KubeconfigResolution::Status::Ready;
            ready.error.clear();
            if (!cached->token.isEmpty())
                ready.credentials.bearerToken = cached->token;
            if (!cached->clientCertPem.isEmpty()) {
                ready.credentials.clientCertPem = cached->clientCertPem;
                ready.credentials.clientKeyPem = cached->clientKeyPem;
            }
            ready.credentials.tokenExpiry = cached->expiry;
            post(ready);
            return id;
        }
        m_cache.remove(key);
    }
    if (Run* running = m_running.value(key)) {
        running->waiters.append({id, pending});
        return id;
    }
    auto* run = new Run;
    run->exec = exec;
    run->waiters.append({id, pending});
    m_running.insert(key, run);
    start(key, pending);
    return id;
}

void ExecCredentialPlugin::start(const QString& key, const KubeconfigResolution& pending) {
    Run* run = m_running.value(key);
    const KubeconfigExec& exec = run->exec;
    // A console started from a desktop has no terminal to ask on; kubectl's rule.
    const bool haveTerminal = isatty(STDIN_FILENO) != 0;
    const bool interactive =
        exec.interactiveMode != KubeconfigExec::InteractiveMode::Never && haveTerminal;
    if (exec.interactiveMode == KubeconfigExec::InteractiveMode::Always && !haveTerminal) {
        complete(key, nullptr,
                 pluginError(exec, QCoreApplication::translate(
                                       "tpp::kube::Kubeconfig",
                                       "needs an interactive terminal (interactiveMode: Always), "
                                       "which the console does not have")));
        return;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const auto& [name, value] : exec.env)
        env.insert(name, value);
    env.insert(QStringLiteral("KUBERNETES_EXEC_INFO"),
               QString::fromUtf8(execInfo(pending, interactive)));

    auto* process = new QProcess(this);
    run->process = process;
    // An argument list, never a shell: the kubeconfig's words stay words.
    process->setProgram(exec.command);
    process->setArguments(exec.args);
    process->setProcessEnvironment(env);
    if (interactive)
        process->setInputChannelMode(QProcess::ForwardedInputChannel);
    else
        process->setStandardInputFile(QProcess::nullDevice());

    auto* timer = new QTimer(process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [this, key, run] {
        if (m_running.value(key) != run)
            return;
        run->timedOut = true;
        run->process->kill(); // finished() follows and reports it
    });
    connect(process, &QProcess::errorOccurred, this, [this, key, run](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart || m_running.value(key) != run)
            return;
        QString problem =
            QCoreApplication::translate("tpp::kube::Kubeconfig", "cannot be started: %1")
                .arg(run->process->errorString());
        if (!run->exec.installHint.isEmpty())
            problem += QLatin1Char('\n') + run->exec.installHint;
        complete(key, nullptr, pluginError(run->exec, problem));
    });
    connect(
        process, &QProcess::finished, this,
        [this, key, run](int exitCode, QProcess::ExitStatus status) {
            if (m_running.value(key) != run)
                return;
            const KubeconfigExec& ex = run->exec;
            const QString err = stderrTail(run->process->readAllStandardError());
            if (run->timedOut) {
                complete(key, nullptr,
                         pluginError(ex, QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                                     "did not answer within %1 s")
                                             .arg(m_timeout.count() / 1000.0)));
                return;
            }
            if (status != QProcess::NormalExit || exitCode != 0) {
                QString problem =
                    status != QProcess::NormalExit
                        ? QCoreApplication::translate("tpp::kube::Kubeconfig", "crashed")
                        : QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                      "exited with code %1")
                              .arg(exitCode);
                if (!err.isEmpty())
                    problem += QStringLiteral(": ") + err;
                complete(key, nullptr, pluginError(ex, problem));
                return;
            }
            QJsonParseError parseError{};
            const QJsonDocument doc =
                QJsonDocument::fromJson(run->process->readAllStandardOutput(), &parseError);
            auto bad = [&](const QString& problem) {
                complete(key, nullptr, pluginError(ex, problem));
            };
            if (parseError.error != QJsonParseError::NoError || !doc.isObject())
                return bad(
                    QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                "did not print an ExecCredential JSON object (%1)")
                        .arg(parseError.error != QJsonParseError::NoError
                                 ? parseError.errorString()
                                 : QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                               "not an object")));
            const QJsonObject obj = doc.object();
            if (obj.value(QLatin1String("kind")).toString() != QLatin1String("ExecCredential"))
                return bad(QCoreApplication::translate(
                    "tpp::kube::Kubeconfig",
                    "printed a JSON object whose kind is not ExecCredential"));
            const QString apiVersion = obj.value(QLatin1String("apiVersion")).toString();
            if (apiVersion != ex.apiVersion)
                return bad(QCoreApplication::translate(
                               "tpp::kube::Kubeconfig",
                               "answered with apiVersion \"%1\", the kubeconfig asked for %2")
                               .arg(apiVersion, ex.apiVersion));
            const QJsonValue statusValue = obj.value(QLatin1String("status"));
            if (!statusValue.isObject())
                return bad(QCoreApplication::translate(
                    "tpp::kube::Kubeconfig", "printed an ExecCredential without a status"));
            const QJsonObject st = statusValue.toObject();
            Cached credential;
            credential.token = st.value(QLatin1String("token")).toString();
            credential.clientCertPem =
                st.value(QLatin1String("clientCertificateData")).toString().toUtf8();
            credential.clientKeyPem = st.value(QLatin1String("clientKeyData")).toString().toUtf8();
            if (credential.clientCertPem.isEmpty() != credential.clientKeyPem.isEmpty())
                return bad(QCoreApplication::translate(
                    "tpp::kube::Kubeconfig", "gave a client certificate without its key, or a key "
                                             "without its certificate"));
            if (credential.token.isEmpty() && credential.clientCertPem.isEmpty())
                return bad(QCoreApplication::translate(
                    "tpp::kube::Kubeconfig", "gave neither a token nor a client certificate"));
            if (const QJsonValue exp = st.value(QLatin1String("expirationTimestamp"));
                !exp.isUndefined() && !exp.isNull()) {
                credential.expiry =
                    QDateTime::fromString(exp.toString(), Qt::ISODateWithMs).toUTC();
                if (!credential.expiry.isValid())
                    return bad(QCoreApplication::translate(
                                   "tpp::kube::Kubeconfig",
                                   "gave an expirationTimestamp that is not an RFC 3339 "
                                   "time: \"%1\"")
                                   .arg(exp.toString()));
            }
            complete(key, &credential, {});
        });
    timer->start(m_timeout);
    process->start();
}

void ExecCredentialPlugin::complete(const QString& key, const Cached* credential,
                                    const QString& error) {
    Run* run = m_running.take(key);
    if (!run)
        return;
    if (credential)
        m_cache.insert(key, *credential);
    for (auto& [id, result] : run->waiters) {
        if (credential) {
            result.status = KubeconfigResolution::Status::Ready;
            result.error.clear();
            if (!credential->token.isEmpty())
                result.credentials.bearerToken = credential->token;
            if (!credential->clientCertPem.isEmpty()) {
                result.credentials.clientCertPem = credential->clientCertPem;
                result.credentials.clientKeyPem = credential->clientKeyPem;
            }
            result.credentials.tokenExpiry = credential->expiry;
        } else {
            result.status = KubeconfigResolution::Status::Failed;
            result.error = error;
        }
        const quint64 requestId = id;
        const KubeconfigResolution done = result;
        QMetaObject::invokeMethod(
            this, [this, requestId, done] { Q_EMIT finished(requestId, done); },
            Qt::QueuedConnection);
    }
    if (run->process) {
        QObject::disconnect(run->process, nullptr, this, nullptr);
        run->process->deleteLater();
    }
    delete run;
}

} // namespace tpp::kube
