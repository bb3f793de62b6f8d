#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace tpp::kube {

/// One page of a Kubernetes list (`…List` kind): its items and paging metadata.
struct KubeList {
    QList<QJsonObject> items;
    QString resourceVersion;
    QString continueToken;
    QString error; ///< the body was not a list (parse error text)
};

/// Decodes list bodies on QThreadPool: a 30,000-pod list is tens of megabytes of
/// JSON, and parsing it on the GUI thread would freeze the console for seconds.
class ListDecoder : public QObject {
    Q_OBJECT
public:
    /// Parses a list body (any thread).
    [[nodiscard]] static KubeList decode(const QByteArray& body);
    /// Parses on the global thread pool and calls `done` in `context`'s thread;
    /// nothing is called if `context` is gone by then.
    static void decodeAsync(QByteArray body, QObject* context,
                            std::function<void(const KubeList&)> done);

Q_SIGNALS:
    void decoded(const tpp::kube::KubeList& list);

private:
    ListDecoder() = default;
};

} // namespace tpp::kube

Q_DECLARE_METATYPE(tpp::kube::KubeList)
