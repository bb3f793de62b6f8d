#include "kube/InformerHealth.h"

#include "core/SourceStatus.h"

#include <QCoreApplication>

namespace tpp::kube {

InformerHealth::InformerHealth(SourceStatus* status, QObject* parent)
    : QObject(parent)
    , m_status(status) {}

void InformerHealth::addInformer(Informer* informer) {
    m_informers.append(informer);
    connect(informer, &Informer::stateChanged, this, &InformerHealth::recompute);
    connect(informer, &Informer::fresh, this, [this] {
        if (m_status->snapshot(Source::Cluster).state == SourceState::Connected)
            m_status->markFresh(Source::Cluster);
    });
    connect(informer, &QObject::destroyed, this, &InformerHealth::recompute);
    recompute();
}

void InformerHealth::removeInformer(Informer* informer) {
    m_informers.removeAll(informer);
    disconnect(informer, nullptr, this, nullptr);
    recompute();
}

void InformerHealth::recompute() {
    m_informers.removeAll(nullptr);
    int running = 0;
    int backingOff = 0;
    int synced = 0;
    QString reason;
    for (const auto& informer : std::as_const(m_informers)) {
        if (informer->state() == Informer::State::Stopped)
            continue;
        ++running;
        if (informer->hasSynced())
            ++synced;
        if (informer->state() == Informer::State::Backoff) {
            ++backingOff;
            if (reason.isEmpty())
                reason = QCoreApplication::translate("tpp::kube::InformerHealth", "%1: %2")
                             .arg(informer->resource(), informer->stateReason());
        }
    }
    SourceState state = SourceState::Disconnected;
    if (running == 0)
        state = SourceState::Disconnected;
    else if (backingOff == running && synced == 0)
        state = SourceState::Down;
    else if (backingOff > 0)
        state = SourceState::Degraded;
    else if (synced < running)
        state = SourceState::Connecting;
    else
        state = SourceState::Connected; // a relist after 410 is routine, not degraded
    const SourceSnapshot now = m_status->snapshot(Source::Cluster);
    if (now.state != state || now.detail != reason)
        m_status->setState(Source::Cluster, state, reason);
}

} // namespace tpp::kube
