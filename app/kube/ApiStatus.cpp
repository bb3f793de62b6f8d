#include "kube/ApiStatus.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tpp::kube {

namespace {
QString tr(const char* text) {
    return QCoreApplication::translate("tpp::kube::ApiStatus", text);
}

QString serverName(const QUrl& server) {
    return server.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
}
} // namespace

ApiStatus ApiStatus::fromStatusObject(const QJsonObject& status) {
    ApiStatus s;
    s.httpStatus = status.value(QLatin1String("code")).toInt();
    s.reason = status.value(QLatin1String("reason")).toString();
    s.serverText = status.value(QLatin1String("message")).toString();
    s.message = describeHttp(s.httpStatus, s.serverText);
    const QJsonObject details = status.value(QLatin1String("details")).toObject();
    s.retryAfterSeconds = details.value(QLatin1String("retryAfterSeconds")).toInt();
    return s;
}

QString ApiStatus::describeHttp(int httpStatus, const QString& serverText) {
    switch (httpStatus) {
    case 401:
        // The API server says only "Unauthorized"; say which part was refused.
        return tr("the cluster refused the credentials (401 Unauthorized)");
    case 429:
        return tr("the cluster is throttling requests (429 Too Many Requests)");
    default:
        break;
    }
    if (!serverText.isEmpty())
        return serverText;
    if (httpStatus == 403)
        return tr("the cluster denied the request (403 Forbidden)");
    if (httpStatus == 404)
        return tr("not found on the cluster (404)");
    return tr("the cluster answered HTTP %1").arg(httpStatus);
}

ApiStatus ApiStatus::fromReply(QNetworkReply* reply, const QByteArray& body, const QUrl& server,
                               const QString& tlsError) {
    ApiStatus s;
    s.networkError = reply->error();
    s.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->hasRawHeader("Retry-After"))
        s.retryAfterSeconds = reply->rawHeader("Retry-After").trimmed().toInt();

    if (s.httpStatus != 0) {
        // An HTTP answer: the Status body is the most precise explanation.
        const QJsonObject obj = QJsonDocument::fromJson(body).object();
        if (obj.value(QLatin1String("kind")).toString() == QLatin1String("Status")) {
            s.reason = obj.value(QLatin1String("reason")).toString();
            s.serverText = obj.value(QLatin1String("message")).toString();
            const int retry = obj.value(QLatin1String("details"))
                                  .toObject()
                                  .value(QLatin1String("retryAfterSeconds"))
                                  .toInt();
            if (s.retryAfterSeconds == 0)
                s.retryAfterSeconds = retry;
        }
        if (s.httpStatus >= 200 && s.httpStatus < 300) {
            // Qt reports a body cut short after a 200 (a dropped watch) as an error.
            if (s.networkError != QNetworkReply::NoError)
                s.message = tr("the connection to the cluster at %1 was interrupted (%2)")
                                .arg(serverName(server), reply->errorString());
            return s;
        }
        s.message = describeHttp(s.httpStatus, s.serverText);
        return s;
    }

    if (!tlsError.isEmpty()) {
        s.tlsFailure = true;
        s.message = tr("the cluster's certificate is not signed by the CA in the kubeconfig (%1)")
                        .arg(tlsError);
        return s;
    }
    switch (s.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        s.message =
            tr("cannot connect to the cluster at %1 (connection refused)").arg(serverName(server));
        break;
    case QNetworkReply::HostNotFoundError:
        s.message = tr("cannot find the cluster's host %1").arg(server.host());
        break;
    case QNetworkReply::TimeoutError:
        s.message = tr("the cluster at %1 did not answer in time").arg(serverName(server));
        break;
    case QNetworkReply::OperationCanceledError:
        s.message = tr("the request to the cluster was cancelled");
        break;
    case QNetworkReply::SslHandshakeFailedError:
        s.tlsFailure = true;
        s.message = tr("the TLS handshake with the cluster at %1 failed (%2)")
                        .arg(serverName(server), reply->errorString());
        break;
    default:
        s.message =
            tr("cannot reach the cluster at %1 (%2)").arg(serverName(server), reply->errorString());
        break;
    }
    return s;
}

} // namespace tpp::kube
