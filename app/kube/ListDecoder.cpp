#include "kube/ListDecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QThreadPool>

#include <memory>

namespace tpp::kube {

KubeList ListDecoder::decode(const QByteArray& body) {
    KubeList list;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject()) {
        list.error = QCoreApplication::translate("tpp::kube::ListDecoder",
                                                 "the cluster sent a list that is not JSON (%1)")
                         .arg(err.errorString());
        return list;
    }
    const QJsonObject root = doc.object();
    const QJsonObject meta = root.value(QLatin1String("metadata")).toObject();
    list.resourceVersion = meta.value(QLatin1String("resourceVersion")).toString();
    list.continueToken = meta.value(QLatin1String("continue")).toString();
    const QJsonArray items = root.value(QLatin1String("items")).toArray();
    list.items.reserve(items.size());
    for (const QJsonValue& v : items)
        list.items.append(v.toObject());
    return list;
}

void ListDecoder::decodeAsync(QByteArray body, QObject* context,
                              std::function<void(const KubeList&)> done) {
    // The decoder object lives in the caller's thread and is shared with the
    // worker; the last owner schedules its deletion, so the queued signal never
    // outlives its sender's connection bookkeeping.
    std::shared_ptr<ListDecoder> channel(new ListDecoder, [](ListDecoder* d) { d->deleteLater(); });
    QObject::connect(channel.get(), &ListDecoder::decoded, context, std::move(done),
                     Qt::QueuedConnection);
    QThreadPool::globalInstance()->start(
        [channel, payload = std::move(body)]() { Q_EMIT channel->decoded(decode(payload)); });
}

} // namespace tpp::kube
