#pragma once

#include "kube/KubeClientReply.h"
#include "kube/KubeCredentials.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>
#include <QSslConfiguration>
#include <QString>
#include <QUrlQuery>

class QNetworkAccessManager;

namespace tpp::kube {

/// REST access to one cluster as one user (GUI-thread façade, asynchronous).
/// TLS and authentication come from KubeCredentials; every call returns a
/// KubeClientReply that reports once through finished() (watches stream
/// watchEvents() first) and then deletes itself.
class KubeClient : public QObject {
    Q_OBJECT
public:
    explicit KubeClient(KubeCredentials credentials, QObject* parent = nullptr);
    ~KubeClient() override;

    [[nodiscard]] const KubeCredentials& credentials() const { return m_credentials; }

    KubeClientReply* get(const QString& path, const QUrlQuery& query = {});
    /// A list page, decoded off the GUI thread (reply->list()).
    KubeClientReply* list(const QString& path, const QUrlQuery& query = {});
    /// A watch stream (`watch=1` is added); no client-side transfer timeout.
    KubeClientReply* watch(const QString& path, const QUrlQuery& query = {});
    KubeClientReply* post(const QString& path, const QByteArray& body, const QUrlQuery& query = {});
    KubeClientReply* patch(const QString& path, const QByteArray& body,
                           const QByteArray& contentType = "application/merge-patch+json",
                           const QUrlQuery& query = {});
    KubeClientReply* deleteResource(const QString& path, const QUrlQuery& query = {});

    /// "/api/v1" for "v1", "/apis/apps/v1" for "apps/v1"; with a namespace and
    /// an optional name: …/namespaces/NS/RESOURCE[/NAME].
    [[nodiscard]] static QString resourcePath(const QString& apiVersion, const QString& resource,
                                              const QString& ns = {}, const QString& name = {});

private:
    [[nodiscard]] QNetworkRequest request(const QString& path, const QUrlQuery& query) const;
    KubeClientReply* wrap(QNetworkReply* reply, KubeClientReply::Kind kind);

    KubeCredentials m_credentials;
    QSslConfiguration m_ssl;
    QNetworkAccessManager* m_nam;
};

} // namespace tpp::kube
