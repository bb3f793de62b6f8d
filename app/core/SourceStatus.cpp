#include "core/SourceStatus.h"

#include <QCoreApplication>

namespace tpp {

namespace {
std::size_t indexOf(Source source) {
    return static_cast<std::size_t>(source);
}
} // namespace

SourceStatus::SourceStatus(QObject* parent)
    : QObject(parent) {}

SourceSnapshot SourceStatus::snapshot(Source source) const {
    return m_sources[indexOf(source)];
}

void SourceStatus::setState(Source source, SourceState state, const QString& detail) {
    auto& s = m_sources[indexOf(source)];
    s.state = state;
    s.detail = detail;
    if (state == SourceState::Connected)
        s.lastSuccess = QDateTime::currentDateTimeUtc();
    Q_EMIT changed(source);
}

void SourceStatus::markFresh(Source source) {
    m_sources[indexOf(source)].lastSuccess = QDateTime::currentDateTimeUtc();
    Q_EMIT changed(source);
}

void SourceStatus::resetAll(bool configured) {
    for (Source source : kAllSources) {
        m_sources[indexOf(source)] = SourceSnapshot{
            configured ? SourceState::Disconnected : SourceState::NotConfigured, {}, {}};
        Q_EMIT changed(source);
    }
}

QString SourceStatus::sourceName(Source source) {
    switch (source) {
    case Source::Cluster:
        return QCoreApplication::translate("tpp::SourceStatus", "Cluster");
    case Source::Database:
        return QCoreApplication::translate("tpp::SourceStatus", "Database");
    case Source::Prometheus:
        return QCoreApplication::translate("tpp::SourceStatus", "Prometheus");
    case Source::Alertmanager:
        return QCoreApplication::translate("tpp::SourceStatus", "Alertmanager");
    }
    return {};
}

QString SourceStatus::stateName(SourceState state) {
    switch (state) {
    case SourceState::NotConfigured:
        return QCoreApplication::translate("tpp::SourceStatus", "not configured");
    case SourceState::Disconnected:
        return QCoreApplication::translate("tpp::SourceStatus", "not connected");
    case SourceState::Connecting:
        return QCoreApplication::translate("tpp::SourceStatus", "connecting");
    case SourceState::Connected:
        return QCoreApplication::translate("tpp::SourceStatus", "connected");
    case SourceState::Degraded:
        return QCoreApplication::translate("tpp::SourceStatus", "degraded");
    case SourceState::Down:
        return QCoreApplication::translate("tpp::SourceStatus", "down");
    }
    return {};
}

} // namespace tpp
