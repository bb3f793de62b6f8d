#pragma once

#include "kube/ApiStatus.h"
#include "kube/ListDecoder.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkReply;

namespace tpp::kube {

/// One event of a watch stream: ADDED, MODIFIED, DELETED, BOOKMARK or ERROR
/// (whose object is a `Status`).
struct WatchEvent {
    QString type;
    QJsonObject object;
};

/// One request made through KubeClient. It deletes itself after finished();
/// read status(), json() or list() inside the slot. cancel() drops the request
/// without emitting anything (an informer stopping).
class KubeClientReply : public QObject {
    Q_OBJECT
public:
    enum class Kind { Plain, List, Watch };

    KubeClientReply(QNetworkReply* reply, Kind kind, QUrl server, QObject* parent = nullptr);
    ~KubeClientReply() override;

    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] const ApiStatus& status() const { return m_status; }
    [[nodiscard]] bool ok() const { return m_status.ok(); }
    [[nodiscard]] QByteArray body() const { return m_body; }
    [[nodiscard]] QJsonObject json() const;
    /// Kind::List: the decoded page (decoded off the GUI thread).
    [[nodiscard]] const KubeList& list() const { return m_list; }
    /// Kind::Watch: events received so far, and how long the stream was open.
    [[nodiscard]] int eventCount() const { return m_eventCount; }
    [[nodiscard]] qint64 elapsedMs() const { return m_clock.elapsed(); }

    /// Stops the request silently and deletes this object later.
    void cancel();

Q_SIGNALS:
    /// Kind::Watch: the events of one network read, in order.
    void watchEvents(const QList<tpp::kube::WatchEvent>& events);
    void finished();

private:
    void onReadyRead();
    void onFinished();
    void parseLines(bool flush);
    void complete();

    QPointer<QNetworkReply> m_reply;
    Kind m_kind;
    QUrl m_server;
    QByteArray m_body;
    QString m_tlsError;
    ApiStatus m_status;
    KubeList m_list;
    QElapsedTimer m_clock;
    int m_eventCount = 0;
    bool m_streaming = false;
};

} // namespace tpp::kube

Q_DECLARE_METATYPE(tpp::kube::WatchEvent)
