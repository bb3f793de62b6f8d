// KubeClient against the stack's simulated API server: TLS from the CA PEM,
// bearer tokens, and API errors decoded into sentences people understand.
#include "../common/StackEnv.h"
#include "kube/KubeClient.h"

#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp::kube;

namespace {
const QString kSandboxNs = QStringLiteral("terminal-plus-plus-sandboxes");
}

class TestKubeClient : public QObject {
    Q_OBJECT
private:
    tpp::db::test::StackEnv m_env;

    KubeCredentials credentials(const char* tokenKey) const {
        KubeCredentials c;
        c.contextName = QStringLiteral("test");
        c.server = QUrl(m_env.value("TPP_KUBE_URL"));
        QFile ca(m_env.value("TPP_KUBE_CA"));
        if (ca.open(QIODevice::ReadOnly))
            c.caPem = ca.readAll();
        c.bearerToken = m_env.value(tokenKey);
        c.defaultNamespace = QStringLiteral("default");
        return c;
    }

    /// Waits for the reply and returns its status (the reply deletes itself).
    static ApiStatus wait(KubeClientReply* reply, QJsonObject* json = nullptr,
                          KubeList* list = nullptr) {
        ApiStatus status;
        bool done = false;
        QObject::connect(reply, &KubeClientReply::finished, reply, [&] {
            status = reply->status();
            if (json)
                *json = reply->json();
            if (list)
                *list = reply->list();
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            qWarning("request did not finish");
        return status;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!m_env.load())
            QSKIP("no stack (TPP_STACK_DIR)");
    }

    void listsPodsAsAdmin() {
        KubeClient client(credentials("TPP_KUBE_TOKEN_ADMIN"));
        KubeList list;
        const ApiStatus st = wait(client.list(KubeClient::resourcePath(
                                      QStringLiteral("v1"), QStringLiteral("pods"), kSandboxNs)),
                                  nullptr, &list);
        QVERIFY2(st.ok(), qPrintable(st.message));
        QVERIFY(list.error.isEmpty());
        QVERIFY(!list.items.isEmpty());
        QVERIFY(!list.resourceVersion.isEmpty());
        QCOMPARE(list.items.first().value(QLatin1String("kind")).toString(), QStringLiteral("Pod"));

        // Paging: limit + continue give the same pods as one list.
        QSet<QString> paged;
        QString cont;
        do {
            QUrlQuery q;
            q.addQueryItem(QStringLiteral("limit"), QStringLiteral("50"));
            if (!cont.isEmpty())
                q.addQueryItem(QStringLiteral("continue"), cont);
            KubeList page;
            QVERIFY(wait(client.list(KubeClient::resourcePath(QStringLiteral("v1"),
                                                              QStringLiteral("pods"), kSandboxNs),
                                     q),
                         nullptr, &page)
                        .ok());
            QVERIFY(page.items.size() <= 50);
            for (const auto& pod : std::as_const(page.items))
                paged.insert(pod.value(QLatin1String("metadata"))
                                 .toObject()
                                 .value(QLatin1String("uid"))
                                 .toString());
            cont = page.continueToken;
        } while (!cont.isEmpty());
        QVERIFY(std::abs(paged.size() - list.items.size()) <= 5); // churn may run
    }

    void viewerWriteIsForbidden() {
        KubeClient client(credentials("TPP_KUBE_TOKEN_VIEWER"));
        const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap",)"
                                R"("metadata":{"name":"tst-kubeclient"},"data":{"a":"b"}})";
        const ApiStatus st = wait(
            client.post(KubeClient::resourcePath(QStringLiteral("v1"), QStringLiteral("configmaps"),
                                                 QStringLiteral("terminal-plus-plus")),
                        body));
        QCOMPARE(st.httpStatus, 403);
        QCOMPARE(st.reason, QStringLiteral("Forbidden"));
        // The server's own RBAC sentence, which names the user, verb and resource.
        QCOMPARE(st.message, st.serverText);
        QVERIFY2(st.message.contains(QLatin1String("cannot create resource \"configmaps\"")),
                 qPrintable(st.message));
    }

    void badTokenIsUnauthorized() {
        KubeCredentials c = credentials("TPP_KUBE_TOKEN_ADMIN");
        c.bearerToken = QStringLiteral("not-a-token");
        KubeClient client(c);
        const ApiStatus st = wait(client.get(
            KubeClient::resourcePath(QStringLiteral("v1"), QStringLiteral("pods"), kSandboxNs)));
        QCOMPARE(st.httpStatus, 401);
        QCOMPARE(st.message,
                 QStringLiteral("the cluster refused the credentials (401 Unauthorized)"));
    }

    void wrongCaIsRefused() {
        QTemporaryDir dir;
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                       QStringLiteral("/CN=other-ca"), QStringLiteral("-keyout"),
                       dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
                       dir.filePath(QStringLiteral("ca.crt"))});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile ca(dir.filePath(QStringLiteral("ca.crt")));
        QVERIFY(ca.open(QIODevice::ReadOnly));
        KubeCredentials c = credentials("TPP_KUBE_TOKEN_ADMIN");
        c.caPem = ca.readAll();
        KubeClient client(c);
        const ApiStatus st = wait(client.get(QStringLiteral("/api/v1/namespaces")));
        QCOMPARE(st.httpStatus, 0);
        QVERIFY(st.tlsFailure);
        QVERIFY2(st.message.startsWith(QLatin1String(
                     "the cluster's certificate is not signed by the CA in the kubeconfig (")),
                 qPrintable(st.message));
    }

    void missingPodIsNotFound() {
        KubeClient client(credentials("TPP_KUBE_TOKEN_ADMIN"));
        const ApiStatus st =
            wait(client.get(KubeClient::resourcePath(QStringLiteral("v1"), QStringLiteral("pods"),
                                                     kSandboxNs, QStringLiteral("no-such-pod"))));
        QCOMPARE(st.httpStatus, 404);
        QCOMPARE(st.reason, QStringLiteral("NotFound"));
        QVERIFY2(st.message.contains(QLatin1String("pods \"no-such-pod\" not found")),
                 qPrintable(st.message));
    }

    void refusedConnectionNamesTheServer() {
        KubeCredentials c = credentials("TPP_KUBE_TOKEN_ADMIN");
        c.server = QUrl(QStringLiteral("https://127.0.0.1:1"));
        KubeClient client(c);
        const ApiStatus st = wait(client.get(QStringLiteral("/api/v1/namespaces")));
        QCOMPARE(st.httpStatus, 0);
        QVERIFY2(st.message.contains(QLatin1String("https://127.0.0.1:1")), qPrintable(st.message));
        QVERIFY2(st.message.contains(QLatin1String("connection refused")), qPrintable(st.message));
    }

    void adminCanWriteAndDelete() {
        KubeClient client(credentials("TPP_KUBE_TOKEN_ADMIN"));
        const QString cms =
            KubeClient::resourcePath(QStringLiteral("v1"), QStringLiteral("configmaps"),
                                     QStringLiteral("terminal-plus-plus"));
        const QByteArray body = R"({"apiVersion":"v1","kind":"ConfigMap",)"
                                R"("metadata":{"name":"tst-kubeclient-admin"},"data":{"a":"b"}})";
        QJsonObject created;
        ApiStatus st = wait(client.post(cms, body), &created);
        QVERIFY2(st.ok(), qPrintable(st.message));
        QJsonObject patched;
        st = wait(
            client.patch(cms + QStringLiteral("/tst-kubeclient-admin"), R"({"data":{"a":"c"}})"),
            &patched);
        QVERIFY2(st.ok(), qPrintable(st.message));
        QCOMPARE(
            patched.value(QLatin1String("data")).toObject().value(QLatin1String("a")).toString(),
            QStringLiteral("c"));
        st = wait(client.deleteResource(cms + QStringLiteral("/tst-kubeclient-admin")));
        QVERIFY2(st.ok(), qPrintable(st.message));
        st = wait(client.get(cms + QStringLiteral("/tst-kubeclient-admin")));
        QCOMPARE(st.httpStatus, 404);
    }
};

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
