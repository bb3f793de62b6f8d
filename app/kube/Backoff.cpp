#include "kube/Backoff.h"

#include <algorithm>

namespace tpp::kube {

Backoff::Backoff(Policy policy, quint32 seed)
    : m_policy(policy)
    , m_random(seed)
    , m_base(policy.initial) {}

Backoff::Ms Backoff::next(Clock::time_point now) {
    if (m_failed && now - m_lastFailure >= m_policy.resetAfter)
        m_base = m_policy.initial;
    const Ms base = m_base;
    const double spread = m_policy.jitter * (2.0 * m_random.generateDouble() - 1.0);
    const auto delay = Ms(static_cast<Ms::rep>(static_cast<double>(base.count()) * (1.0 + spread)));
    const auto grown = static_cast<double>(base.count()) * m_policy.factor;
    m_base = std::min(m_policy.cap, Ms(static_cast<Ms::rep>(grown)));
    m_lastFailure = now;
    m_failed = true;
    return std::max(Ms(0), delay);
}

void Backoff::reset() {
    m_base = m_policy.initial;
    m_failed = false;
}

} // namespace tpp::kube
