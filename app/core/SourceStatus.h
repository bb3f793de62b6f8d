#pragma once

#include <QDateTime>
#include <QObject>
#include <QString>

#include <array>

namespace tpp {

/// The outside systems whose freshness the status bar shows. Later parts of the
/// core (informers, PlatformDb, the metrics clients) report into one
/// SourceStatus; the UI only reads it, so "looks live after the connection is
/// gone" cannot happen by accident.
enum class Source { Cluster, Database, Prometheus, Alertmanager };
inline constexpr std::array kAllSources{Source::Cluster, Source::Database, Source::Prometheus,
                                        Source::Alertmanager};

enum class SourceState {
    NotConfigured, ///< the active profile does not name this source
    Disconnected,  ///< configured, no connection attempted or it was closed
    Connecting,    ///< first attempt or reconnecting with backoff
    Connected,     ///< data is live
    Degraded,      ///< answering, but with errors or partial data
    Down           ///< unreachable; whatever is shown is stale since lastSuccess
};

struct SourceSnapshot {
    SourceState state = SourceState::NotConfigured;
    QString detail;        ///< human text: what failed, where
    QDateTime lastSuccess; ///< when data last arrived (UTC); null if never
};

class SourceStatus : public QObject {
    Q_OBJECT
public:
    explicit SourceStatus(QObject* parent = nullptr);

    [[nodiscard]] SourceSnapshot snapshot(Source source) const;

    /// Records a state change; Connected also stamps lastSuccess.
    void setState(Source source, SourceState state, const QString& detail = {});
    /// Records that fresh data arrived without a state change (keeps the age honest).
    void markFresh(Source source);
    /// Back to NotConfigured/Disconnected for every source (a new profile).
    void resetAll(bool configured);

    [[nodiscard]] static QString sourceName(Source source);
    [[nodiscard]] static QString stateName(SourceState state);

Q_SIGNALS:
    void changed(tpp::Source source);

private:
    std::array<SourceSnapshot, kAllSources.size()> m_sources;
};

} // namespace tpp
