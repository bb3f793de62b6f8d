#include "kube/KubeClientReply.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSslError>

namespace tpp::kube {

KubeClientReply::KubeClientReply(QNetworkReply* reply, Kind kind, QUrl server, QObject* parent)
    : QObject(parent)
    , m_reply(reply)
    , m_kind(kind)
    , m_server(std::move(server)) {
    m_clock.start();
    connect(reply, &QNetworkReply::readyRead, this, &KubeClientReply::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &KubeClientReply::onFinished);
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (!errors.isEmpty() && m_tlsError.isEmpty())
            m_tlsError = errors.first().errorString();
    });
}

KubeClientReply::~KubeClientReply() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QJsonObject KubeClientReply::json() const {
    return QJsonDocument::fromJson(m_body).object();
}

void KubeClientReply::cancel() {
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    disconnect(this, nullptr, nullptr, nullptr);
    deleteLater();
}

void KubeClientReply::onReadyRead() {
    if (!m_reply)
        return;
    m_body += m_reply->readAll();
    if (m_kind != Kind::Watch)
        return;
    // Only a 200 stream carries events; any other status carries a Status body.
    if (!m_streaming)
        m_streaming = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    if (m_streaming)
        parseLines(false);
}

void KubeClientReply::parseLines(bool flush) {
    QList<WatchEvent> events;
    qsizetype start = 0;
    for (;;) {
        qsizetype nl = m_body.indexOf('\n', start);
        if (nl < 0 && flush && start < m_body.size())
            nl = m_body.size();
        if (nl < 0)
            break;
        const QByteArray line = m_body.mid(start, nl - start).trimmed();
        start = nl + 1;
        if (line.isEmpty())
            continue;
        const QJsonObject obj = QJsonDocument::fromJson(line).object();
        if (obj.isEmpty())
            continue; // a torn line cannot happen with '\n' framing; skip garbage
        events.append({obj.value(QLatin1String("type")).toString(),
                       obj.value(QLatin1String("object")).toObject()});
    }
    m_body.remove(0, qMin(start, m_body.size()));
    if (!events.isEmpty()) {
        m_eventCount += static_cast<int>(events.size());
        Q_EMIT watchEvents(events);
    }
}

void KubeClientReply::onFinished() {
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    // Detach first: a watch consumer may cancel() us while the last events are
    // delivered below.
    m_reply = nullptr;
    reply->deleteLater();
    m_body += reply->readAll();
    m_status = ApiStatus::fromReply(reply, m_body, m_server, m_tlsError);
    if (m_kind == Kind::Watch && m_streaming)
        parseLines(true);
    if (m_kind == Kind::List && m_status.ok()) {
        QByteArray payload = std::move(m_body);
        m_body.clear();
        ListDecoder::decodeAsync(std::move(payload), this, [this](const KubeList& list) {
            m_list = list;
            complete();
        });
        return;
    }
    complete();
}

void KubeClientReply::complete() {
    Q_EMIT finished();
    deleteLater();
}

} // namespace tpp::kube
