#include "kube/Informer.h"

#include "kube/KubeClient.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSet>
#include <QUrlQuery>

#include <algorithm>

namespace tpp::kube {

namespace {
constexpr int kPageSize = 500;         // client-go tools/pager
constexpr int kShortWatchMs = 1000;    // a watch ending sooner, with no events, failed
constexpr int kMinWatchTimeoutS = 300; // client-go: a random 5–10 min
constexpr int kMaxWatchTimeoutS = 600;
constexpr int kMaxRetryAfterS = 60;

QString uidOf(const QJsonObject& obj) {
    const QJsonObject meta = obj.value(QLatin1String("metadata")).toObject();
    const QString uid = meta.value(QLatin1String("uid")).toString();
    if (!uid.isEmpty())
        return uid;
    return meta.value(QLatin1String("namespace")).toString() + QLatin1Char('/') +
           meta.value(QLatin1String("name")).toString();
}

QString rvOf(const QJsonObject& obj) {
    return obj.value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString();
}
} // namespace

Informer::Informer(KubeClient* client, QString apiVersion, QString resource, QString ns,
                   QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_apiVersion(std::move(apiVersion))
    , m_resource(std::move(resource))
    , m_ns(std::move(ns)) {
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] {
        auto action = std::move(m_retryAction);
        m_retryAction = nullptr;
        if (action)
            action();
    });
}

Informer::~Informer() {
    dropReply();
}

QString Informer::path() const {
    return KubeClient::resourcePath(m_apiVersion, m_resource, m_ns);
}

void Informer::start() {
    if (m_state != State::Stopped)
        return;
    m_backoff.reset();
    beginList(QString());
}

void Informer::stop() {
    m_retryTimer.stop();
    m_retryAction = nullptr;
    dropReply();
    setState(State::Stopped);
}

void Informer::dropReply() {
    if (m_reply) {
        m_reply->cancel();
        m_reply = nullptr;
    }
}

void Informer::setState(State state, const QString& reason) {
    if (state == m_state && reason == m_reason)
        return;
    m_state = state;
    m_reason = reason;
    Q_EMIT stateChanged(state, reason);
}

// --- LIST ----------------------------------------------------------------------

void Informer::beginList(const QString& fromRv) {
    dropReply();
    m_listFromRv = fromRv;
    m_continue.clear();
    m_listItems.clear();
    setState(State::Listing, m_reason);
    requestPage();
}

void Informer::requestPage() {
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("limit"), QString::number(kPageSize));
    if (!m_continue.isEmpty()) {
        q.addQueryItem(QStringLiteral("continue"), m_continue);
    } else if (!m_listFromRv.isEmpty()) {
        // Relist no older than what we have seen: the server may answer from its
        // cache instead of a quorum read.
        q.addQueryItem(QStringLiteral("resourceVersion"), m_listFromRv);
        q.addQueryItem(QStringLiteral("resourceVersionMatch"), QStringLiteral("NotOlderThan"));
    }
    KubeClientReply* reply = m_client->list(path(), q);
    m_reply = reply;
    connect(reply, &KubeClientReply::finished, this, [this, reply] { onListPage(reply); });
}

void Informer::onListPage(KubeClientReply* reply) {
    m_reply = nullptr;
    const ApiStatus& st = reply->status();
    if (st.ok() && reply->list().error.isEmpty()) {
        ++m_stats.pages;
        m_listItems.append(reply->list().items);
        m_continue = reply->list().continueToken;
        if (!m_continue.isEmpty()) {
            requestPage();
            return;
        }
        finishList(reply->list().resourceVersion);
        return;
    }
    if (st.isGone()) {
        // The version we asked for (or the continue token) has left the
        // server's history: start again from the current state.
        ++m_stats.gone;
        beginList(QString());
        return;
    }
    if (st.httpStatus == 429) {
        ++m_stats.throttled;
        retryAfter(st.retryAfterSeconds * 1000, st.message, [this] { requestPage(); });
        return;
    }
    const QString why = st.ok() ? reply->list().error : st.message;
    failAndRetry(why, [this] { beginList(m_lastRv); });
}

void Informer::finishList(const QString& rv) {
    // Replace the store and report only the difference, so models keep their rows.
    QHash<QString, QJsonObject> next;
    next.reserve(m_listItems.size());
    QList<QJsonObject> added;
    QList<QJsonObject> updated;
    QList<QJsonObject> removed;
    for (const QJsonObject& obj : std::as_const(m_listItems)) {
        const QString uid = uidOf(obj);
        const auto old = m_store.constFind(uid);
        if (old == m_store.constEnd())
            added.append(obj);
        else if (rvOf(*old) != rvOf(obj))
            updated.append(obj);
        next.insert(uid, obj);
    }
    for (auto it = m_store.constBegin(); it != m_store.constEnd(); ++it)
        if (!next.contains(it.key()))
            removed.append(it.value());
    m_store = std::move(next);
    m_listItems.clear();
    m_lastRv = rv;
    ++m_stats.lists;
    m_synced = true;
    if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty())
        Q_EMIT delta(added, updated, removed);
    Q_EMIT fresh();
    Q_EMIT synced();
    beginWatch();
}

// --- WATCH ---------------------------------------------------------------------

void Informer::beginWatch() {
    dropReply();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("resourceVersion"), m_lastRv);
    q.addQueryItem(QStringLiteral("allowWatchBookmarks"), QStringLiteral("true"));
    const int timeout = static_cast<int>(
        QRandomGenerator::global()->bounded(kMinWatchTimeoutS, kMaxWatchTimeoutS + 1));
    q.addQueryItem(QStringLiteral("timeoutSeconds"), QString::number(timeout));
    KubeClientReply* reply = m_client->watch(path(), q);
    m_reply = reply;
    m_watchErrorHandled = false;
    ++m_stats.watches;
    connect(reply, &KubeClientReply::watchEvents, this, &Informer::onWatchEvents);
    connect(reply, &KubeClientReply::finished, this, [this, reply] { onWatchFinished(reply); });
    setState(State::Watching);
}

void Informer::onWatchEvents(const QList<WatchEvent>& events) {
    QList<QJsonObject> added;
    QList<QJsonObject> updated;
    QList<QJsonObject> removed;
    for (const WatchEvent& ev : events) {
        if (ev.type == QLatin1String("ERROR")) {
            const ApiStatus st = ApiStatus::fromStatusObject(ev.object);
            m_watchErrorHandled = true;
            dropReply();
            if (st.isGone()) {
                ++m_stats.gone;
                // client-go: relist at the last version seen; a second 410
                // (on the list) falls back to a fresh list.
                beginList(m_lastRv);
            } else {
                failAndRetry(st.message, [this] { beginList(m_lastRv); });
            }
            break;
        }
        const QString rv = rvOf(ev.object);
        if (ev.type == QLatin1String("BOOKMARK")) {
            m_lastRv = rv;
            continue;
        }
        const QString uid = uidOf(ev.object);
        if (ev.type == QLatin1String("DELETED")) {
            if (m_store.remove(uid) > 0)
                removed.append(ev.object);
        } else if (ev.type == QLatin1String("ADDED") || ev.type == QLatin1String("MODIFIED")) {
            auto it = m_store.find(uid);
            if (it == m_store.end()) {
                m_store.insert(uid, ev.object);
                added.append(ev.object);
            } else {
                *it = ev.object;
                updated.append(ev.object);
            }
        } else {
            continue;
        }
        if (!rv.isEmpty())
            m_lastRv = rv;
    }
    if (!added.isEmpty() || !updated.isEmpty() || !removed.isEmpty())
        Q_EMIT delta(added, updated, removed);
    Q_EMIT fresh();
}

void Informer::onWatchFinished(KubeClientReply* reply) {
    if (m_reply == reply)
        m_reply = nullptr;
    if (m_watchErrorHandled)
        return;
    const ApiStatus& st = reply->status();
    if (st.httpStatus == 200) {
        if (reply->eventCount() == 0 && reply->elapsedMs() < kShortWatchMs) {
            failAndRetry(tr("the watch of %1 ended after %2 ms without events")
                             .arg(m_resource)
                             .arg(reply->elapsedMs()),
                         [this] { beginList(m_lastRv); });
            return;
        }
        // A normal end (timeoutSeconds, a restarting server): resume from the
        // last version seen, no relist needed.
        beginWatch();
        return;
    }
    if (st.isGone()) {
        ++m_stats.gone;
        beginList(m_lastRv);
        return;
    }
    if (st.httpStatus == 429) {
        ++m_stats.throttled;
        retryAfter(st.retryAfterSeconds * 1000, st.message, [this] { beginWatch(); });
        return;
    }
    if (st.networkError == QNetworkReply::ConnectionRefusedError) {
        // The server is restarting: our store is still right, just re-watch.
        failAndRetry(st.message, [this] { beginWatch(); });
        return;
    }
    failAndRetry(st.message, [this] { beginList(m_lastRv); });
}

// --- retries -------------------------------------------------------------------

void Informer::failAndRetry(const QString& reason, std::function<void()> next) {
    ++m_stats.failures;
    const auto delay = m_backoff.next();
    retryAfter(static_cast<int>(delay.count()), reason, std::move(next));
}

void Informer::retryAfter(int ms, const QString& reason, std::function<void()> next) {
    dropReply();
    // 429 without Retry-After: wait a second, like client-go's default.
    const int wait = std::clamp(ms, 0, kMaxRetryAfterS * 1000);
    m_retryAction = std::move(next);
    setState(State::Backoff, reason);
    m_retryTimer.start(ms <= 0 ? 1000 : wait);
}

} // namespace tpp::kube
