#include "kube/ExecApprovals.h"
#include "kube/ExecCredentialPlugin.h"
#include "kube/Kubeconfig.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using tpp::kube::ExecApprovals;
using tpp::kube::ExecCredentialPlugin;
using tpp::kube::Kubeconfig;
using tpp::kube::KubeconfigResolution;
using Status = tpp::kube::KubeconfigResolution::Status;

class tst_ExecCredentialPlugin : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::optional<QSettings> m_settings;
    std::optional<ExecApprovals> m_approvals;

    QString write(const QString& name, const QByteArray& text, bool executable = false) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        f.close();
        if (executable)
            f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }
    QString log(const QString& name) const { return m_dir.filePath(name + QStringLiteral(".log")); }
    static QByteArray readAll(const QString& path) {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static int runs(const QString& logPath) { return int(readAll(logPath).count("run|")); }

    /// A kubeconfig whose user runs `script` with `args`; env LOG names the log.
    QString kubeconfig(const QString& name, const QString& script, const QByteArray& args,
                       const QByteArray& extraEnv = {}) {
        return write(name + QStringLiteral(".kubeconfig"),
                     "current-context: ctx\n"
                     "clusters:\n- name: c\n  cluster: {server: 'https://h:6443'}\n"
                     "contexts:\n- name: ctx\n  context: {cluster: c, user: u, namespace: n}\n"
                     "users:\n- name: u\n  user:\n    exec:\n"
                     "      apiVersion: client.authentication.k8s.io/v1\n"
                     "      interactiveMode: Never\n"
                     "      command: " +
                         script.toUtf8() + "\n      args: " + args +
                         "\n      env:\n      - {name: LOG, value: '" + log(name).toUtf8() +
                         "'}\n" + extraEnv);
    }
    KubeconfigResolution resolveApproved(const QString& file) {
        const Kubeconfig k = Kubeconfig::load(file);
        const auto first = k.resolve({}, &*m_approvals);
        if (first.exec)
            m_approvals->approve(first.exec->kubeconfigPath, first.exec->command, first.exec->args,
                                 first.exec->env);
        return k.resolve({}, &*m_approvals);
    }
    static KubeconfigResolution fetch(ExecCredentialPlugin& plugin,
                                      const KubeconfigResolution& pending) {
        std::optional<KubeconfigResolution> result;
        quint64 wanted = 0;
        const auto connection = QObject::connect(&plugin, &ExecCredentialPlugin::finished,
                                                 [&](quint64 id, const KubeconfigResolution& r) {
                                                     if (id == wanted)
                                                         result = r;
                                                 });
        wanted = plugin.fetch(pending);
        const bool arrived = QTest::qWaitFor([&] { return result.has_value(); }, 15000);
        Q_UNUSED(arrived) // reported below as a failed resolution
        QObject::disconnect(connection);
        if (!result) {
            KubeconfigResolution timedOut;
            timedOut.error = QStringLiteral("the test saw no finished()");
            return timedOut;
        }
        return *result;
    }

    /// Prints an ExecCredential with a token valid TTL seconds and logs its args and env.
    QString tokenScript() {
        return write(
            QStringLiteral("bin/token-plugin"),
            "#!/bin/sh\n"
            "{ printf 'run|'; printf '%s|' \"$@\"; printf 'A=%s|' \"$A\"; "
            "  if read -r line; then printf 'stdin=%s|' \"$line\"; fi; echo; } >> \"$LOG\"\n"
            "printf '%s' \"$KUBERNETES_EXEC_INFO\" > \"$LOG.info\"\n"
            "n=$(grep -c 'run|' \"$LOG\")\n"
            "exp=$(date -u -d \"@$(( $(date +%s) + ${TTL:-3} ))\" +%Y-%m-%dT%H:%M:%SZ)\n"
            "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":"
            "\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"tok-%s\","
            "\"expirationTimestamp\":\"%s\"}}\\n' \"$n\" \"$exp\"\n",
            true);
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_settings.emplace(m_dir.filePath(QStringLiteral("approvals.ini")), QSettings::IniFormat);
        m_approvals.emplace(*m_settings);
    }

    void runsWithArgsAndEnvAndCachesUntilExpiry() {
        const QString file = kubeconfig(QStringLiteral("cache"), tokenScript(),
                                        "[--cluster, 'two words', '$(touch pwned);x']",
                                        "      - {name: A, value: 'from kubeconfig'}\n"
                                        "      - {name: TTL, value: '3'}\n");
        const auto pending = resolveApproved(file);
        QCOMPARE(pending.status, Status::ExecPending);
        ExecCredentialPlugin plugin(*m_approvals);
        const auto first = fetch(plugin, pending);
        QVERIFY2(first.isReady(), qPrintable(first.error));
        QCOMPARE(first.credentials.bearerToken, QStringLiteral("tok-1"));
        QCOMPARE(first.credentials.server, QUrl(QStringLiteral("https://h:6443")));
        QCOMPARE(first.credentials.defaultNamespace, QStringLiteral("n"));
        QVERIFY(first.credentials.tokenExpiry.isValid());
        QVERIFY(first.credentials.tokenExpiry > QDateTime::currentDateTimeUtc());
        // Each word arrives as one argument, nothing is interpreted by a shell, the
        // kubeconfig's env is added, and stdin is closed (read gets nothing).
        QCOMPARE(readAll(log(QStringLiteral("cache"))),
                 QByteArray("run|--cluster|two words|$(touch pwned);x|A=from kubeconfig|\n"));
        QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
        const QJsonObject info =
            QJsonDocument::fromJson(readAll(log(QStringLiteral("cache")) + QStringLiteral(".info")))
                .object();
        QCOMPARE(info.value(QLatin1String("kind")).toString(), QStringLiteral("ExecCredential"));
        QCOMPARE(info.value(QLatin1String("apiVersion")).toString(),
                 QStringLiteral("client.authentication.k8s.io/v1"));
        QCOMPARE(info.value(QLatin1String("spec")).toObject().value(QLatin1String("interactive")),
                 QJsonValue(false));

        // Before the expiry: the cached credential, no second run.
        const auto cached = fetch(plugin, pending);
        QVERIFY(cached.isReady());
        QCOMPARE(cached.credentials.bearerToken, QStringLiteral("tok-1"));
        QCOMPARE(runs(log(QStringLiteral("cache"))), 1);

        // After it: run again.
        QVERIFY(QTest::qWaitFor(
            [&] { return QDateTime::currentDateTimeUtc() > first.credentials.tokenExpiry; },
            10000));
        const auto renewed = fetch(plugin, pending);
        QVERIFY2(renewed.isReady(), qPrintable(renewed.error));
        QCOMPARE(renewed.credentials.bearerToken, QStringLiteral("tok-2"));
        QCOMPARE(runs(log(QStringLiteral("cache"))), 2);

        // invalidate() (after a 401) forces a run too.
        plugin.invalidate();
        QCOMPARE(fetch(plugin, pending).credentials.bearerToken, QStringLiteral("tok-3"));
    }
    void concurrentRequestsShareOneRun() {
        const QString file = kubeconfig(QStringLiteral("shared"), tokenScript(), "[]");
        const auto pending = resolveApproved(file);
        ExecCredentialPlugin plugin(*m_approvals);
        QList<KubeconfigResolution> results;
        connect(&plugin, &ExecCredentialPlugin::finished,
                [&](quint64, const KubeconfigResolution& r) { results << r; });
        plugin.fetch(pending);
        plugin.fetch(pending);
        QVERIFY(results.isEmpty()); // never synchronous
        QTRY_COMPARE_WITH_TIMEOUT(results.size(), 2, 15000);
        QCOMPARE(results[0].credentials.bearerToken, QStringLiteral("tok-1"));
        QCOMPARE(results[1].credentials.bearerToken, QStringLiteral("tok-1"));
        QCOMPARE(runs(log(QStringLiteral("shared"))), 1);
    }
    void notRunBeforeApproval() {
        const QString file = kubeconfig(QStringLiteral("unapproved"), tokenScript(), "[--x]");
        const Kubeconfig k = Kubeconfig::load(file);
        const auto needs = k.resolve({}, &*m_approvals);
        QCOMPARE(needs.status, Status::ApprovalNeeded);
        QCOMPARE(needs.exec->commandLine(), tokenScript() + QStringLiteral(" --x"));
        ExecCredentialPlugin plugin(*m_approvals);
        QCOMPARE(fetch(plugin, needs).status, Status::ApprovalNeeded);

        // Approved, resolved, then revoked before the fetch: still nothing runs.
        m_approvals->approve(file, needs.exec->command, needs.exec->args, needs.exec->env);
        const auto pending = k.resolve({}, &*m_approvals);
        QCOMPARE(pending.status, Status::ExecPending);
        m_approvals->revoke(file, needs.exec->command, needs.exec->args, needs.exec->env);
        const auto refused = fetch(plugin, pending);
        QCOMPARE(refused.status, Status::ApprovalNeeded);
        QVERIFY(refused.error.contains(needs.exec->commandLine()));
        QVERIFY(!QFile::exists(log(QStringLiteral("unapproved"))));
    }
    void clientCertificateCredential() {
        const QString script = write(
            QStringLiteral("bin/cert-plugin"),
            "#!/bin/sh\necho 'run|' >> \"$LOG\"\n"
            "printf '{\"kind\":\"ExecCredential\",\"apiVersion\":\"client.authentication.k8s.io/"
            "v1\",\"status\":{\"clientCertificateData\":\"CERT\\\\n\",\"clientKeyData\":\"KEY\"}}'"
            "\n",
            true);
        ExecCredentialPlugin plugin(*m_approvals);
        const auto pending = resolveApproved(kubeconfig(QStringLiteral("cert"), script, "[]"));
        const auto r = fetch(plugin, pending);
        QVERIFY2(r.isReady(), qPrintable(r.error));
        QCOMPARE(r.credentials.clientCertPem, QByteArray("CERT\n"));
        QCOMPARE(r.credentials.clientKeyPem, QByteArray("KEY"));
        QVERIFY(r.credentials.tokenExpiry.isNull());
        // No expirationTimestamp: cached for the process's lifetime, as kubectl does.
        QVERIFY(fetch(plugin, pending).isReady());
        QCOMPARE(runs(log(QStringLiteral("cert"))), 1);
    }
    void failuresNameTheCommand_data() {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("expected");
        QTest::newRow("non-zero exit")
            << QByteArray("echo 'token expired, run login' >&2\nexit 3\n")
            << QStringLiteral("exited with code 3: token expired, run login");
        QTest::newRow("garbage") << QByteArray("echo hello\n")
                                 << QStringLiteral("did not print an ExecCredential JSON object");
        QTest::newRow("wrong kind") << QByteArray("echo '{\"kind\":\"Pod\"}'\n")
                                    << QStringLiteral("kind is not ExecCredential");
        QTest::newRow("wrong apiVersion")
            << QByteArray(
                   "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                   "\"client.authentication.k8s.io/v1beta1\",\"status\":{\"token\":\"t\"}}'\n")
            << QStringLiteral("answered with apiVersion \"client.authentication.k8s.io/v1beta1\"");
        QTest::newRow("no token") << QByteArray(
                                         "echo '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                                         "\"client.authentication.k8s.io/v1\",\"status\":{}}'\n")
                                  << QStringLiteral(
                                         "gave neither a token nor a client certificate");
        QTest::newRow("bad expiry")
            << QByteArray("echo '{\"kind\":\"ExecCredential\",\"apiVersion\":"
                          "\"client.authentication.k8s.io/v1\",\"status\":{\"token\":\"t\","
                          "\"expirationTimestamp\":\"soon\"}}'\n")
            << QStringLiteral("expirationTimestamp that is not an RFC 3339 time");
        QTest::newRow("timeout") << QByteArray("exec sleep 20\n")
                                 << QStringLiteral("did not answer within 0.5 s");
    }
    void failuresNameTheCommand() {
        QFETCH(QByteArray, body);
        QFETCH(QString, expected);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString script = write(QStringLiteral("bin/fail-") + tag, "#!/bin/sh\n" + body, true);
        const QString file = kubeconfig(QStringLiteral("fail-") + tag, script, "[--flag]");
        ExecCredentialPlugin plugin(*m_approvals);
        plugin.setTimeout(std::chrono::milliseconds(500));
        const auto r = fetch(plugin, resolveApproved(file));
        QCOMPARE(r.status, Status::Failed);
        QVERIFY2(r.error.startsWith(file +
                                    QStringLiteral(": users[0].user.exec: credential "
                                                   "plugin \"") +
                                    script + QStringLiteral(" --flag\": ")),
                 qPrintable(r.error));
        QVERIFY2(r.error.contains(expected), qPrintable(r.error));
        QVERIFY(r.credentials.bearerToken.isEmpty());
    }
    void missingCommandShowsInstallHint() {
        const QString file = write(QStringLiteral("missing.kubeconfig"),
                                   "current-context: ctx\n"
                                   "clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                                   "contexts:\n- name: ctx\n  context: {cluster: c, user: u}\n"
                                   "users:\n- name: u\n  user:\n    exec:\n"
                                   "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                   "      command: tpp-no-such-plugin\n"
                                   "      installHint: 'apt install tpp-login'\n");
        ExecCredentialPlugin plugin(*m_approvals);
        const auto r = fetch(plugin, resolveApproved(file));
        QCOMPARE(r.status, Status::Failed);
        QVERIFY2(r.error.contains(QStringLiteral("\"tpp-no-such-plugin\": cannot be started")),
                 qPrintable(r.error));
        QVERIFY(r.error.endsWith(QStringLiteral("apt install tpp-login")));
    }
    void readyResolutionsPassThrough() {
        const QString file = write(QStringLiteral("plain.kubeconfig"),
                                   "current-context: ctx\n"
                                   "clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                                   "contexts:\n- name: ctx\n  context: {cluster: c, user: u}\n"
                                   "users:\n- name: u\n  user: {token: t}\n");
        ExecCredentialPlugin plugin(*m_approvals);
        const auto r = fetch(plugin, Kubeconfig::load(file).resolve());
        QVERIFY(r.isReady());
        QCOMPARE(r.credentials.bearerToken, QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(tst_ExecCredentialPlugin)
#include "tst_execcredentialplugin.moc"
