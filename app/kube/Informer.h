#pragma once

#include "kube/ApiStatus.h"
#include "kube/Backoff.h"
#include "kube/KubeClientReply.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

namespace tpp::kube {

class KubeClient;

/// Keeps a local copy of one resource in one namespace (or all) in step with the
/// cluster, following client-go's reflector: a paged LIST (limit 500, continue),
/// then a WATCH from the list's resourceVersion with bookmarks and a random
/// 5–10 min timeout; 410 Gone relists (at the last seen version, then from
/// scratch); failures back off (Backoff); 429 waits for Retry-After; a watch that
/// ends normally is resumed without relisting. The store is keyed by uid.
class Informer : public QObject {
    Q_OBJECT
public:
    enum class State { Stopped, Listing, Watching, Backoff };
    Q_ENUM(State)

    /// `apiVersion` "v1" / "apps/v1", `resource` "pods"; `ns` empty: all namespaces.
    Informer(KubeClient* client, QString apiVersion, QString resource, QString ns = {},
             QObject* parent = nullptr);
    ~Informer() override;

    void start();
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    /// Why the informer is in Backoff (or what it last recovered from).
    [[nodiscard]] QString stateReason() const { return m_reason; }
    [[nodiscard]] bool hasSynced() const { return m_synced; }
    [[nodiscard]] const QHash<QString, QJsonObject>& store() const { return m_store; }
    [[nodiscard]] QString lastResourceVersion() const { return m_lastRv; }
    [[nodiscard]] QString resource() const { return m_resource; }
    [[nodiscard]] QString ns() const { return m_ns; }

    /// Counters for diagnostics and tests.
    struct Stats {
        int lists = 0;     ///< complete LISTs (initial and relists)
        int pages = 0;     ///< LIST pages fetched
        int watches = 0;   ///< WATCH requests issued
        int failures = 0;  ///< failures that backed off
        int gone = 0;      ///< 410s seen (watch or list)
        int throttled = 0; ///< 429s seen
    };
    [[nodiscard]] const Stats& stats() const { return m_stats; }

    void setBackoffPolicy(const Backoff::Policy& policy) { m_backoff = Backoff(policy); }

Q_SIGNALS:
    /// One batch of changes to the store (a watch read, or a relist's difference).
    void delta(const QList<QJsonObject>& added, const QList<QJsonObject>& updated,
               const QList<QJsonObject>& removed);
    /// The store equals a complete list (after the initial list and each relist).
    void synced();
    void stateChanged(tpp::kube::Informer::State state, const QString& reason);
    /// Data arrived from the cluster (events or bookmarks): the view is fresh.
    void fresh();

private:
    [[nodiscard]] QString path() const;
    void setState(State state, const QString& reason = {});
    void beginList(const QString& fromRv);
    void requestPage();
    void onListPage(KubeClientReply* reply);
    void finishList(const QString& rv);
    void beginWatch();
    void onWatchEvents(const QList<WatchEvent>& events);
    void onWatchFinished(KubeClientReply* reply);
    /// Backs off (jittered, growing), then runs `next`.
    void failAndRetry(const QString& reason, std::function<void()> next);
    void retryAfter(int ms, const QString& reason, std::function<void()> next);
    void dropReply();

    KubeClient* m_client;
    QString m_apiVersion;
    QString m_resource;
    QString m_ns;
    State m_state = State::Stopped;
    QString m_reason;
    bool m_synced = false;
    QHash<QString, QJsonObject> m_store;
    QString m_lastRv;

    // Listing in progress.
    QString m_listFromRv;
    QString m_continue;
    QList<QJsonObject> m_listItems;

    QPointer<KubeClientReply> m_reply;
    bool m_watchErrorHandled = false;
    Backoff m_backoff;
    QTimer m_retryTimer;
    std::function<void()> m_retryAction;
    Stats m_stats;
};

} // namespace tpp::kube
