#include "kube/ExecApprovals.h"
#include "kube/Kubeconfig.h"

#include <QDir>
#include <QSettings>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

using tpp::kube::ExecApprovals;
using tpp::kube::Kubeconfig;
using tpp::kube::KubeconfigExec;
using tpp::kube::KubeconfigResolution;
using Status = tpp::kube::KubeconfigResolution::Status;

namespace {

// A self-signed EC certificate and its key, made once with openssl for these tests.
const QByteArray certPem = "-----BEGIN CERTIFICATE-----\n"
                           "MIIBfTCCASOgAwIBAgIUQoHrIEmFrKmbAPgpKo6y+MCr0ZAwCgYIKoZIzj0EAwIw\n"
                           "EzERMA8GA1UEAwwIdHBwLXRlc3QwIBcNMjYxMjAzMTcwNjI2WhgPMjEyNjExMDkx\n"
                           "NzA2MjZaMBMxETAPBgNVBAMMCHRwcC10ZXN0MFkwEwYHKoZIzj0CAQYIKoZIzj0D\n"
                           "AQcDQgAEUby8dITPkVhvFZPRwh/5GqL3XzX62D1OIHjVVcFD9yM61gm7ya+dmc8y\n"
                           "YqLHeSimH/3lPqszTbUQCXRTR49xxKNTMFEwHQYDVR0OBBYEFHGBuDTAAtBycStY\n"
                           "7Y5rrjFM6E1JMB8GA1UdIwQYMBaAFHGBuDTAAtBycStY7Y5rrjFM6E1JMA8GA1Ud\n"
                           "EwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSAAwRQIhANd1YCAMBh4T1isv+RFNa46B\n"
                           "EC/wU3RbGtRQI3Bjq1idAiBp7ywZiZrDe3c3SJub4x34g/j5o5+610QIKeWXe8m4\n"
                           "rA==\n"
                           "-----END CERTIFICATE-----\n";
const QByteArray keyPem = "-----BEGIN PRIVATE KEY-----\n"
                          "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgD2lLiXDXhrlR3eRx\n"
                          "08s6yWU/uVLf/qCYTI+UmFBAPhqhRANCAARRvLx0hM+RWG8Vk9HCH/kaovdfNfrY\n"
                          "PU4geNVVwUP3IzrWCbvJr52ZzzJiosd5KKYf/eU+qzNNtRAJdFNHj3HE\n"
                          "-----END PRIVATE KEY-----\n";

QByteArray b64(const QByteArray& data) {
    return data.toBase64();
}

} // namespace

class tst_Kubeconfig : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text) {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            qFatal("cannot write %s", qPrintable(path));
        f.write(text);
        return f.fileName();
    }
    /// One file with one context "ctx" over cluster "c" and user "u".
    QString single(const QString& name, const QByteArray& cluster, const QByteArray& user,
                   const QByteArray& contextExtra = {}) {
        return write(name, "apiVersion: v1\nkind: Config\ncurrent-context: ctx\n"
                           "clusters:\n- name: c\n  cluster:\n" +
                               cluster + "users:\n- name: u\n  user:\n" + user +
                               "contexts:\n- name: ctx\n  context:\n    cluster: c\n    user: u\n" +
                               contextExtra);
    }
    static QString failure(const KubeconfigResolution& r) {
        return QStringLiteral("status %1: %2").arg(int(r.status)).arg(r.error);
    }

private Q_SLOTS:
    void cleanup() { qunsetenv("KUBECONFIG"); }

    // --- merge -----------------------------------------------------------
    void mergeFirstFileWinsAcrossThree() {
        const QString a = write(QStringLiteral("m/a"),
                                "clusters:\n- name: shared\n  cluster: {server: 'https://a:1'}\n"
                                "contexts:\n- name: one\n  context: {cluster: shared, user: ua}\n"
                                "users:\n- name: ua\n  user: {token: from-a}\n");
        const QString b = write(QStringLiteral("m/b"),
                                "current-context: two\n"
                                "clusters:\n- name: shared\n  cluster: {server: 'https://b:2'}\n"
                                "- name: only-b\n  cluster: {server: 'https://onlyb:3'}\n"
                                "users:\n- name: ua\n  user: {token: from-b}\n"
                                "contexts:\n- name: two\n  context: {cluster: only-b, user: ua}\n"
                                "- name: one\n  context: {cluster: only-b, user: ua}\n");
        const QString c = write(QStringLiteral("m/c"),
                                "current-context: three\n"
                                "contexts:\n- name: three\n  context: {cluster: shared}\n");
        const QString missing = m_dir.filePath(QStringLiteral("m/missing"));
        qputenv("KUBECONFIG", (a + u':' + missing + u':' + b + u':' + c).toLocal8Bit());
        const Kubeconfig k = Kubeconfig::load();
        QVERIFY2(k.errors().isEmpty(), qPrintable(k.errors().join(u'\n')));
        QCOMPARE(k.files(), (QStringList{a, b, c})); // the missing file is skipped
        // a sets no current-context: the first file that sets it is b.
        QCOMPARE(k.currentContext(), QStringLiteral("two"));
        QCOMPARE(k.contextNames(), (QStringList{QStringLiteral("one"), QStringLiteral("two"),
                                                QStringLiteral("three")}));
        const auto one = k.resolve(QStringLiteral("one"));
        QVERIFY2(one.isReady(), qPrintable(failure(one)));
        QCOMPARE(one.credentials.server, QUrl(QStringLiteral("https://a:1")));
        QCOMPARE(one.credentials.bearerToken, QStringLiteral("from-a"));
        const auto current = k.resolve();
        QVERIFY2(current.isReady(), qPrintable(failure(current)));
        QCOMPARE(current.credentials.contextName, QStringLiteral("two"));
        QCOMPARE(current.credentials.server, QUrl(QStringLiteral("https://onlyb:3")));
        QCOMPARE(current.credentials.bearerToken, QStringLiteral("from-a"));
        const auto three = k.resolve(QStringLiteral("three"));
        QVERIFY2(three.isReady(), qPrintable(failure(three)));
        QCOMPARE(three.credentials.server, QUrl(QStringLiteral("https://a:1")));
        QVERIFY(three.credentials.bearerToken.isEmpty());
        QVERIFY(three.credentials.userName.isEmpty());
    }
    void currentContextFromFirstFileThatSetsIt() {
        const QString a = write(QStringLiteral("cc/a"), "current-context: first\n");
        const QString b = write(QStringLiteral("cc/b"), "current-context: second\n");
        QCOMPARE(Kubeconfig::loadFiles({a, b}).currentContext(), QStringLiteral("first"));
        QCOMPARE(Kubeconfig::loadFiles({b, a}).currentContext(), QStringLiteral("second"));
    }
    void explicitPathWinsOverEnvironmentAndMustExist() {
        const QString a =
            single(QStringLiteral("e/a"), "    server: https://a\n", "    token: t\n");
        qputenv("KUBECONFIG", m_dir.filePath(QStringLiteral("e/none")).toLocal8Bit());
        QCOMPARE(Kubeconfig::load(a).files(), QStringList{a});
        QVERIFY(Kubeconfig::load().errors().isEmpty()); // a missing KUBECONFIG entry is skipped
        const Kubeconfig missing = Kubeconfig::load(m_dir.filePath(QStringLiteral("e/none")));
        QCOMPARE(missing.errors().size(), 1);
        QVERIFY(missing.errors().constFirst().contains(QStringLiteral("e/none")));
        QVERIFY(missing.errors().constFirst().contains(QStringLiteral("not found")));
    }
    void defaultsToHomeKubeConfig() {
        qunsetenv("KUBECONFIG");
        QCOMPARE(Kubeconfig::defaultFiles(),
                 QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
    }

    // --- auth kinds --------------------------------------------------------
    void tokenAndNamespace() {
        const auto r =
            Kubeconfig::load(single(QStringLiteral("tok"), "    server: https://h:6443\n",
                                    "    token: abc.def\n", "    namespace: sandboxes\n"))
                .resolve();
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QCOMPARE(r.credentials.bearerToken, QStringLiteral("abc.def"));
        QCOMPARE(r.credentials.defaultNamespace, QStringLiteral("sandboxes"));
        QCOMPARE(r.credentials.userName, QStringLiteral("u"));
        QCOMPARE(r.credentials.contextName, QStringLiteral("ctx"));
        QVERIFY(r.credentials.caPem.isEmpty());
        QVERIFY(r.warnings.isEmpty());
    }
    void namespaceDefaultsToDefault() {
        const auto r = Kubeconfig::load(single(QStringLiteral("ns"), "    server: https://h\n",
                                               "    token: t\n"))
                           .resolve();
        QCOMPARE(r.credentials.defaultNamespace, QStringLiteral("default"));
    }
    void tokenFileRelativeToKubeconfigWinsOverToken() {
        write(QStringLiteral("tf/secrets/token"), "  file-token\n");
        const QString file = single(QStringLiteral("tf/config"), "    server: https://h\n",
                                    "    token: inline\n    tokenFile: secrets/token\n");
        const auto r = Kubeconfig::load(file).resolve();
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QCOMPARE(r.credentials.bearerToken, QStringLiteral("file-token"));
    }
    void clientCertificateFilesAndCaFileRelativeToTheirKubeconfig() {
        write(QStringLiteral("files/pki/ca.crt"), certPem);
        write(QStringLiteral("files/pki/client.crt"), certPem);
        write(QStringLiteral("files/pki/client.key"), keyPem);
        const QString file = single(QStringLiteral("files/config"),
                                    "    server: https://h\n    certificate-authority: pki/ca.crt\n"
                                    "    tls-server-name: api.internal\n",
                                    "    client-certificate: pki/client.crt\n"
                                    "    client-key: pki/client.key\n");
        // Loaded from another working directory: paths follow the file, not the cwd.
        const QString cwd = QDir::currentPath();
        QDir::setCurrent(QDir::tempPath());
        const auto r = Kubeconfig::load(file).resolve();
        QDir::setCurrent(cwd);
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QCOMPARE(r.credentials.caPem, certPem);
        QCOMPARE(r.credentials.clientCertPem, certPem);
        QCOMPARE(r.credentials.clientKeyPem, keyPem);
        QCOMPARE(r.credentials.tlsServerName, QStringLiteral("api.internal"));
        QVERIFY(r.credentials.bearerToken.isEmpty());
    }
    void pathsFollowTheFileThatDefinedTheEntry() {
        write(QStringLiteral("two/users/client.crt"), certPem);
        write(QStringLiteral("two/users/client.key"), keyPem);
        const QString clusters =
            write(QStringLiteral("two/clusters/config"),
                  "clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                  "contexts:\n- name: ctx\n  context: {cluster: c, user: u}\n");
        const QString users =
            write(QStringLiteral("two/users/config"), "users:\n- name: u\n  user:\n"
                                                      "    client-certificate: client.crt\n"
                                                      "    client-key: client.key\n");
        const auto r = Kubeconfig::loadFiles({clusters, users}).resolve(QStringLiteral("ctx"));
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QCOMPARE(r.credentials.clientKeyPem, keyPem);
    }
    void inlineData() {
        const auto r =
            Kubeconfig::load(single(QStringLiteral("data"),
                                    "    server: https://h\n    certificate-authority-data: " +
                                        b64(certPem) + "\n",
                                    "    client-certificate-data: " + b64(certPem) +
                                        "\n    client-key-data: " + b64(keyPem) + "\n"))
                .resolve();
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QCOMPARE(r.credentials.caPem, certPem);
        QCOMPARE(r.credentials.clientCertPem, certPem);
        QCOMPARE(r.credentials.clientKeyPem, keyPem);
        QCOMPARE(QSslCertificate::fromData(r.credentials.caPem).size(), 1);
    }
    void insecureSkipTlsVerifyWarns() {
        const QString file =
            single(QStringLiteral("insecure"),
                   "    server: https://h\n    insecure-skip-tls-verify: true\n", "    token: t\n");
        const auto r = Kubeconfig::load(file).resolve();
        QVERIFY2(r.isReady(), qPrintable(failure(r)));
        QVERIFY(r.credentials.insecureSkipTlsVerify);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings.constFirst().startsWith(file + QStringLiteral(": ")));
        QVERIFY(r.warnings.constFirst().contains(
            QStringLiteral("clusters[0].cluster.insecure-skip-tls-verify")));
    }
    void insecureWithCaIsRefused() {
        const auto r = Kubeconfig::load(single(QStringLiteral("insecure-ca"),
                                               "    server: https://h\n"
                                               "    insecure-skip-tls-verify: true\n"
                                               "    certificate-authority-data: " +
                                                   b64(certPem) + "\n",
                                               "    token: t\n"))
                           .resolve();
        QCOMPARE(r.status, Status::Failed);
        QVERIFY(r.error.contains(QStringLiteral("clusters[0].cluster.insecure-skip-tls-verify")));
    }
    void worldReadableFileWarns() {
        const QString file =
            single(QStringLiteral("perm"), "    server: https://h\n", "    token: t\n");
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                        QFileDevice::ReadOther);
        QCOMPARE(Kubeconfig::load(file).warnings().size(), 1);
        QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QVERIFY(Kubeconfig::load(file).warnings().isEmpty());
    }

    // --- exec (parsing and approval; running is tst_execcredentialplugin) ----
    void execNeedsApprovalAndNothingElse() {
        const QString file = single(QStringLiteral("exec/config"), "    server: https://h\n",
                                    "    exec:\n"
                                    "      apiVersion: client.authentication.k8s.io/v1\n"
                                    "      command: ./bin/get-token\n"
                                    "      args: [--cluster, \"prod one\"]\n"
                                    "      env: [{name: A, value: '1'}]\n"
                                    "      installHint: install get-token\n"
                                    "      interactiveMode: Never\n");
        const Kubeconfig k = Kubeconfig::load(file);
        const auto unapproved = k.resolve();
        QCOMPARE(unapproved.status, Status::ApprovalNeeded);
        QVERIFY(unapproved.exec.has_value());
        const KubeconfigExec& exec = *unapproved.exec;
        const QString command = m_dir.filePath(QStringLiteral("exec/bin/get-token"));
        QCOMPARE(exec.command, command); // relative to the kubeconfig's folder
        QCOMPARE(exec.args, (QStringList{QStringLiteral("--cluster"), QStringLiteral("prod one")}));
        QCOMPARE(exec.env.size(), 1);
        QCOMPARE(exec.interactiveMode, KubeconfigExec::InteractiveMode::Never);
        QCOMPARE(exec.installHint, QStringLiteral("install get-token"));
        QCOMPARE(exec.commandLine(), command + QStringLiteral(" --cluster 'prod one'"));
        QVERIFY(unapproved.error.contains(exec.commandLine()));

        QSettings settings(m_dir.filePath(QStringLiteral("approvals.ini")), QSettings::IniFormat);
        ExecApprovals approvals(settings);
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
        approvals.approve(file, command, {QStringLiteral("--cluster")}); // other args
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
        approvals.approve(m_dir.filePath(QStringLiteral("other")), command, exec.args);
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
        // Same command and args, but not the environment the kubeconfig sets.
        approvals.approve(file, command, exec.args);
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
        approvals.approve(file, command, exec.args,
                          {{exec.env.first().first, QStringLiteral("something-else")}});
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
        approvals.approve(file, command, exec.args, exec.env);
        QCOMPARE(k.resolve({}, &approvals).status, Status::ExecPending);
        settings.sync();
        QSettings reread(m_dir.filePath(QStringLiteral("approvals.ini")), QSettings::IniFormat);
        QVERIFY(ExecApprovals(reread).isApproved(file, command, exec.args, exec.env));
        approvals.revoke(file, command, exec.args, exec.env);
        QCOMPARE(k.resolve({}, &approvals).status, Status::ApprovalNeeded);
    }
    void execV1beta1DefaultsToIfAvailable() {
        const auto r =
            Kubeconfig::load(single(QStringLiteral("beta"), "    server: https://h\n",
                                    "    exec:\n"
                                    "      apiVersion: client.authentication.k8s.io/v1beta1\n"
                                    "      command: aws\n"))
                .resolve();
        QCOMPARE(r.status, Status::ApprovalNeeded);
        QCOMPARE(r.exec->interactiveMode, KubeconfigExec::InteractiveMode::IfAvailable);
        QCOMPARE(r.exec->command, QStringLiteral("aws")); // looked up in PATH, as kubectl does
    }

    // --- errors name the file and the key --------------------------------------
    void errors_data() {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("expected"); // after "<file>: "
        const QByteArray ok = "clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                              "users:\n- name: u\n  user: {token: t}\n";
        const QByteArray ctx = "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
        QTest::newRow("bad yaml") << QByteArray("clusters:\n- name: c\n  cluster: {server: [\n")
                                  << QString() << QStringLiteral("line 4, column 1: ");
        QTest::newRow("tab indentation") << QByteArray("users:\n- name: u\n  user:\n\ttoken: t\n")
                                         << QString() << QStringLiteral("line 4, column ");
        QTest::newRow("not a mapping") << QByteArray("- a\n- b\n") << QString()
                                       << QStringLiteral("line 1: the document is not a mapping");
        QTest::newRow("users not a list") << QByteArray("users: {u: {token: t}}\n") << QString()
                                          << QStringLiteral("users: must be a list");
        QTest::newRow("nameless context")
            << ok + "contexts:\n- context: {cluster: c}\n"
            << QString() << QStringLiteral("contexts[0].name: missing");
        QTest::newRow("duplicate in a file")
            << ok + ctx + "- name: x\n  context: {cluster: c}\n"
            << QString() << QStringLiteral("contexts[1].name: \"x\" is defined twice in this file");
        QTest::newRow("body not a mapping")
            << QByteArray("users:\n- name: u\n  user: [token]\n") << QString()
            << QStringLiteral("users[0].user: must be a mapping");
        QTest::newRow("token not a string")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                          "users:\n- name: v\n  user: {}\n- name: u\n  user: {token: {a: b}}\n") +
                   ctx
            << QStringLiteral("x") << QStringLiteral("users[1].user.token: must be a string");
        QTest::newRow("insecure not a bool")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h', "
                          "insecure-skip-tls-verify: maybe}\n") +
                   ctx + "users:\n- name: u\n  user: {}\n"
            << QStringLiteral("x")
            << QStringLiteral(
                   "clusters[0].cluster.insecure-skip-tls-verify: must be true or false");
        QTest::newRow("missing cluster")
            << ok + "contexts:\n- name: x\n  context: {cluster: nope, user: u}\n"
            << QStringLiteral("x")
            << QStringLiteral("contexts[0].context.cluster: cluster \"nope\" is not defined in any "
                              "kubeconfig file");
        QTest::newRow("context without cluster")
            << ok + "contexts:\n- name: x\n  context: {user: u}\n"
            << QStringLiteral("x") << QStringLiteral("contexts[0].context.cluster: missing");
        QTest::newRow("missing user")
            << ok + "contexts:\n- name: x\n  context: {cluster: c, user: nobody}\n"
            << QStringLiteral("x")
            << QStringLiteral("contexts[0].context.user: user \"nobody\" is not defined in any "
                              "kubeconfig file");
        QTest::newRow("bad base64")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                          "users:\n- name: v\n  user: {}\n- name: u\n  user:\n"
                          "    client-certificate-data: ") +
                   b64(certPem) + "\n    client-key-data: 'not*base64!'\n" + ctx
            << QStringLiteral("x")
            << QStringLiteral("users[1].user.client-key-data: not valid base64");
        QTest::newRow("ca data not a certificate")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h', "
                          "certificate-authority-data: ") +
                   b64("hello") + "}\nusers:\n- name: u\n  user: {}\n" + ctx
            << QStringLiteral("x")
            << QStringLiteral("clusters[0].cluster.certificate-authority-data: no PEM "
                              "certificate in it");
        QTest::newRow("ca file missing")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h', "
                          "certificate-authority: nowhere/ca.crt}\n"
                          "users:\n- name: u\n  user: {}\n") +
                   ctx
            << QStringLiteral("x")
            << QStringLiteral("clusters[0].cluster.certificate-authority: cannot read ");
        QTest::newRow("key without certificate")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'https://h'}\n"
                          "users:\n- name: u\n  user:\n    client-key-data: ") +
                   b64(keyPem) + "\n" + ctx
            << QStringLiteral("x") << QStringLiteral("users[0].user.client-certificate: missing");
        QTest::newRow("no server")
            << QByteArray("clusters:\n- name: c\n  cluster: {}\n"
                          "users:\n- name: u\n  user: {}\n") +
                   ctx
            << QStringLiteral("x") << QStringLiteral("clusters[0].cluster.server: missing");
        QTest::newRow("server not a URL")
            << QByteArray("clusters:\n- name: c\n  cluster: {server: 'h:6443'}\n"
                          "users:\n- name: u\n  user: {}\n") +
                   ctx
            << QStringLiteral("x")
            << QStringLiteral("clusters[0].cluster.server: \"h:6443\" is not an https:// URL");
        QTest::newRow("exec v1 without interactiveMode")
            << ok.left(ok.indexOf("users:")) +
                   "users:\n- name: u\n  user:\n    exec:\n"
                   "      apiVersion: client.authentication.k8s.io/v1\n      command: x\n" +
                   ctx
            << QStringLiteral("x") << QStringLiteral("users[0].user.exec.interactiveMode: missing");
        QTest::newRow("exec old apiVersion")
            << ok.left(ok.indexOf("users:")) +
                   "users:\n- name: u\n  user:\n    exec:\n"
                   "      apiVersion: client.authentication.k8s.io/v1alpha1\n      command: x\n" +
                   ctx
            << QStringLiteral("x") << QStringLiteral("users[0].user.exec.apiVersion: \"");
        QTest::newRow("exec args not strings")
            << ok.left(ok.indexOf("users:")) +
                   "users:\n- name: u\n  user:\n    exec:\n"
                   "      apiVersion: client.authentication.k8s.io/v1beta1\n      command: x\n"
                   "      args: [a, [b]]\n" +
                   ctx
            << QStringLiteral("x")
            << QStringLiteral("users[0].user.exec.args[1]: must be a string");
        QTest::newRow("auth-provider")
            << ok.left(ok.indexOf("users:")) +
                   "users:\n- name: u\n  user:\n    auth-provider: {name: gcp}\n" + ctx
            << QStringLiteral("x")
            << QStringLiteral("users[0].user.auth-provider: auth-provider plugins are not "
                              "supported");
    }
    void errors() {
        QFETCH(QByteArray, text);
        QFETCH(QString, context);
        QFETCH(QString, expected);
        const QString file =
            write(QStringLiteral("errors/") + QString::fromLatin1(QTest::currentDataTag()), text);
        const Kubeconfig k = Kubeconfig::load(file);
        const auto r = k.resolve(context);
        QCOMPARE(r.status, Status::Failed);
        QVERIFY2(r.error.startsWith(file + QStringLiteral(": ") + expected), qPrintable(r.error));
        QVERIFY(r.credentials.bearerToken.isEmpty());
    }
    void unknownContextNamesTheFiles() {
        const QString a =
            single(QStringLiteral("unknown/a"), "    server: https://h\n", "    token: t\n");
        const QString b = write(QStringLiteral("unknown/b"), "kind: Config\n");
        const auto r = Kubeconfig::loadFiles({a, b}).resolve(QStringLiteral("prod"));
        QCOMPARE(r.status, Status::Failed);
        QCOMPARE(r.error, QStringLiteral("context \"prod\" is not defined in %1, %2").arg(a, b));
    }
    void noCurrentContext() {
        const QString a = write(QStringLiteral("nocurrent"), "kind: Config\n");
        const auto r = Kubeconfig::load(a).resolve();
        QCOMPARE(r.status, Status::Failed);
        QVERIFY(r.error.contains(QStringLiteral("no current-context")));
        QVERIFY(r.error.contains(a));
    }
    void aBrokenFileStopsResolution() {
        // The broken file might have defined the context first: nothing resolves.
        const QString good =
            single(QStringLiteral("broken/good"), "    server: https://h\n", "    token: t\n");
        const QString bad = write(QStringLiteral("broken/bad"), "contexts: [\n");
        const auto r = Kubeconfig::loadFiles({bad, good}).resolve(QStringLiteral("ctx"));
        QCOMPARE(r.status, Status::Failed);
        QVERIFY2(r.error.startsWith(bad + QStringLiteral(": line ")), qPrintable(r.error));
    }
    void anEmptyFileIsAnEmptyConfig() {
        const QString empty = write(QStringLiteral("empty"), "");
        const QString good =
            single(QStringLiteral("empty-good"), "    server: https://h\n", "    token: t\n");
        const Kubeconfig k = Kubeconfig::loadFiles({empty, good});
        QVERIFY(k.errors().isEmpty());
        QVERIFY(k.resolve().isReady());
    }
};

QTEST_GUILESS_MAIN(tst_Kubeconfig)
#include "tst_kubeconfig.moc"
