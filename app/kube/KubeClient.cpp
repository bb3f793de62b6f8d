#include "kube/KubeClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslKey>

namespace tpp::kube {

namespace {
constexpr int kRequestTimeoutMs = 60000;

QSslKey readKey(const QByteArray& pem) {
    // kubeconfigs carry RSA or EC keys; QSslKey needs to be told which.
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}
} // namespace

KubeClient::KubeClient(KubeCredentials credentials, QObject* parent)
    : QObject(parent)
    , m_credentials(std::move(credentials))
    , m_ssl(QSslConfiguration::defaultConfiguration())
    , m_nam(new QNetworkAccessManager(this)) {
    if (!m_credentials.caPem.isEmpty())
        // The kubeconfig's CA is the only one trusted: a cluster certificate that
        // a public CA signed is not the cluster the user configured.
        m_ssl.setCaCertificates(QSslCertificate::fromData(m_credentials.caPem, QSsl::Pem));
    if (!m_credentials.clientCertPem.isEmpty() && !m_credentials.clientKeyPem.isEmpty()) {
        const auto certs = QSslCertificate::fromData(m_credentials.clientCertPem, QSsl::Pem);
        if (!certs.isEmpty())
            m_ssl.setLocalCertificateChain(certs);
        m_ssl.setPrivateKey(readKey(m_credentials.clientKeyPem));
    }
    if (m_credentials.insecureSkipTlsVerify)
        m_ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
}

KubeClient::~KubeClient() = default;

QString KubeClient::resourcePath(const QString& apiVersion, const QString& resource,
                                 const QString& ns, const QString& name) {
    QString path = apiVersion.contains(QLatin1Char('/')) ? QStringLiteral("/apis/") + apiVersion
                                                         : QStringLiteral("/api/") + apiVersion;
    if (!ns.isEmpty())
        path += QStringLiteral("/namespaces/") + ns;
    path += QLatin1Char('/') + resource;
    if (!name.isEmpty())
        path += QLatin1Char('/') + name;
    return path;
}

QNetworkRequest KubeClient::request(const QString& path, const QUrlQuery& query) const {
    QUrl url = m_credentials.server;
    QString base = url.path(); // a server URL may carry a path prefix (a proxy)
    if (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    url.setPath(base + path);
    url.setQuery(query);
    QNetworkRequest req(url);
    req.setSslConfiguration(m_ssl);
    if (!m_credentials.tlsServerName.isEmpty())
        req.setPeerVerifyName(m_credentials.tlsServerName);
    if (!m_credentials.bearerToken.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + m_credentials.bearerToken.toUtf8());
    req.setRawHeader("Accept", "application/json");
    req.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("terminalpp-console"));
    // The simulator and most API servers speak HTTP/1.1 to us; one stream per
    // watch keeps a dropped watch from taking others with it.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setTransferTimeout(kRequestTimeoutMs);
    return req;
}

KubeClientReply* KubeClient::wrap(QNetworkReply* reply, KubeClientReply::Kind kind) {
    return new KubeClientReply(reply, kind, m_credentials.server, this);
}

KubeClientReply* KubeClient::get(const QString& path, const QUrlQuery& query) {
    return wrap(m_nam->get(request(path, query)), KubeClientReply::Kind::Plain);
}

KubeClientReply* KubeClient::list(const QString& path, const QUrlQuery& query) {
    return wrap(m_nam->get(request(path, query)), KubeClientReply::Kind::List);
}

KubeClientReply* KubeClient::watch(const QString& path, const QUrlQuery& query) {
    QUrlQuery q = query;
    q.removeAllQueryItems(QStringLiteral("watch"));
    q.addQueryItem(QStringLiteral("watch"), QStringLiteral("1"));
    QNetworkRequest req = request(path, q);
    req.setTransferTimeout(0); // the server ends it (timeoutSeconds)
    return wrap(m_nam->get(req), KubeClientReply::Kind::Watch);
}

KubeClientReply* KubeClient::post(const QString& path, const QByteArray& body,
                                  const QUrlQuery& query) {
    QNetworkRequest req = request(path, query);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return wrap(m_nam->post(req, body), KubeClientReply::Kind::Plain);
}

KubeClientReply* KubeClient::patch(const QString& path, const QByteArray& body,
                                   const QByteArray& contentType, const QUrlQuery& query) {
    QNetworkRequest req = request(path, query);
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    return wrap(m_nam->sendCustomRequest(req, QByteArrayLiteral("PATCH"), body),
                KubeClientReply::Kind::Plain);
}

KubeClientReply* KubeClient::deleteResource(const QString& path, const QUrlQuery& query) {
    return wrap(m_nam->deleteResource(request(path, query)), KubeClientReply::Kind::Plain);
}

} // namespace tpp::kube
