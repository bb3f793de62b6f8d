#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QString>
#include <QUrl>

namespace tpp::kube {

/// What a failed (or successful) API call means, in words people understand:
/// the API server's `Status` body when there is one, otherwise the transport
/// error, with the server named so "which cluster?" never needs asking.
struct ApiStatus {
    int httpStatus = 0;        ///< 0: no HTTP answer (transport or TLS failure)
    QString reason;            ///< Status.reason: NotFound, Forbidden, Expired, …
    QString serverText;        ///< Status.message as the API server wrote it
    QString message;           ///< the human sentence for the UI
    int retryAfterSeconds = 0; ///< 429/503 Retry-After (0: none)
    bool tlsFailure = false;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;

    [[nodiscard]] bool ok() const {
        return networkError == QNetworkReply::NoError && httpStatus >= 200 && httpStatus < 300;
    }
    [[nodiscard]] bool isGone() const {
        return httpStatus == 410 || reason == QLatin1String("Expired") ||
               reason == QLatin1String("Gone");
    }

    /// Decodes a `Status` object (a body, or the object of a watch ERROR event).
    [[nodiscard]] static ApiStatus fromStatusObject(const QJsonObject& status);
    /// Builds the status of a finished reply: HTTP code, body, transport error.
    /// `tlsError` is the first SSL error seen on the reply (empty if none).
    [[nodiscard]] static ApiStatus fromReply(QNetworkReply* reply, const QByteArray& body,
                                             const QUrl& server, const QString& tlsError);
    /// The sentence for an HTTP error with an optional Status message.
    [[nodiscard]] static QString describeHttp(int httpStatus, const QString& serverText);
};

} // namespace tpp::kube
