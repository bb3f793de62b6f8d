#pragma once

#include <QRandomGenerator>

#include <chrono>

namespace tpp::kube {

/// The reflector's retry delay (client-go: 800 ms doubling to a 30 s cap with
/// jitter, reset after 2 minutes without a failure). Jitter keeps many consoles
/// from reconnecting to a recovering API server in lock step.
class Backoff {
public:
    using Ms = std::chrono::milliseconds;
    using Clock = std::chrono::steady_clock;

    struct Policy {
        Ms initial{800};
        Ms cap{30000};
        double factor = 2.0;
        double jitter = 0.2; ///< each delay is base × [1 − jitter, 1 + jitter]
        Ms resetAfter{120000};
    };

    Backoff() = default;
    explicit Backoff(Policy policy, quint32 seed = QRandomGenerator::global()->generate());

    /// The delay before the next attempt after a failure at `now`. A failure more
    /// than resetAfter after the previous one starts the sequence again.
    [[nodiscard]] Ms next(Clock::time_point now = Clock::now());
    /// The un-jittered base the next failure would use (for tests and the UI).
    [[nodiscard]] Ms currentBase() const { return m_base; }
    /// Forget every failure (a new connection).
    void reset();
    [[nodiscard]] const Policy& policy() const { return m_policy; }

private:
    Policy m_policy;
    QRandomGenerator m_random{QRandomGenerator::global()->generate()};
    Ms m_base = m_policy.initial;
    Clock::time_point m_lastFailure{};
    bool m_failed = false;
};

} // namespace tpp::kube
