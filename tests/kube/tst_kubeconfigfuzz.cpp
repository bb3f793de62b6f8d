#include "kube/Kubeconfig.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using tpp::kube::Kubeconfig;
using Status = tpp::kube::KubeconfigResolution::Status;

/// Truncated and garbled variants of a valid kubeconfig must never crash the
/// loader, and every failure must say something. (No libFuzzer: a fixed seed
/// keeps it a reproducible unit test.)
class tst_KubeconfigFuzz : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_file;
    int m_failures = 0;

    const QByteArray m_valid =
        "apiVersion: v1\nkind: Config\ncurrent-context: admin\n"
        "clusters:\n"
        "- name: tpp\n"
        "  cluster:\n"
        "    server: https://127.0.0.1:6443\n"
        "    certificate-authority-data: aGVsbG8=\n"
        "    tls-server-name: api\n"
        "- name: loose\n"
        "  cluster: {server: 'https://h', insecure-skip-tls-verify: true}\n"
        "users:\n"
        "- name: admin\n"
        "  user:\n"
        "    token: abc\n"
        "    tokenFile: token\n"
        "- name: cert\n"
        "  user: {client-certificate-data: aGVsbG8=, client-key-data: aGVsbG8=}\n"
        "- name: exec\n"
        "  user:\n"
        "    exec:\n"
        "      apiVersion: client.authentication.k8s.io/v1\n"
        "      command: ./plugin\n"
        "      args: [a, 'b c']\n"
        "      env: [{name: X, value: y}]\n"
        "      interactiveMode: Never\n"
        "contexts:\n"
        "- name: admin\n"
        "  context: {cluster: tpp, user: admin, namespace: ns}\n"
        "- name: cert\n"
        "  context: {cluster: tpp, user: cert}\n"
        "- name: exec\n"
        "  context: {cluster: loose, user: exec}\n";

    void check(const QByteArray& text) {
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
        f.close();
        const Kubeconfig k = Kubeconfig::load(m_file);
        for (const QString& e : k.errors())
            QVERIFY(e.startsWith(m_file + QStringLiteral(": ")));
        QStringList names = k.contextNames();
        names << QString() << QStringLiteral("nope");
        for (const QString& name : std::as_const(names)) {
            const auto r = k.resolve(name);
            if (r.status == Status::Failed) {
                ++m_failures;
                QVERIFY(!r.error.isEmpty());
            }
        }
    }

private Q_SLOTS:
    void initTestCase() { m_file = m_dir.filePath(QStringLiteral("config")); }
    void truncated() {
        for (qsizetype n = 0; n <= m_valid.size(); ++n)
            check(m_valid.left(n));
        QVERIFY(m_failures > 0);
    }
    void garbled() {
        QRandomGenerator random(20261203);
        const QByteArray alphabet = ":-[]{}\"'  \n\t#&*!|>%@`,?\\0aZ9\x01\xff";
        for (int round = 0; round < 3000; ++round) {
            QByteArray text = m_valid;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const auto at = qsizetype(random.bounded(int(text.size())));
                switch (random.bounded(3)) {
                case 0:
                    text[at] = alphabet[random.bounded(int(alphabet.size()))];
                    break;
                case 1:
                    text.remove(at, 1 + qsizetype(random.bounded(8)));
                    break;
                default:
                    text.insert(at, alphabet[random.bounded(int(alphabet.size()))]);
                }
            }
            check(text);
            if (QTest::currentTestFailed())
                qFatal("failed on variant %d:\n%s", round, text.constData());
        }
    }
};

QTEST_GUILESS_MAIN(tst_KubeconfigFuzz)
#include "tst_kubeconfigfuzz.moc"
