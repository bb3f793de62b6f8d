#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace tpp::db {

/// One row of admin_audit: who did what to which target, with what dry-run
/// result and outcome. `idempotencyKey` (a UUID) makes delivery exactly-once:
/// the journal may retry, the table keeps one row per key.
struct AuditEntry {
    QString idempotencyKey;
    QDateTime at; ///< UTC
    QString osUser;
    QString profile;
    QString clusterUser;
    QString action;         ///< e.g. "deployment.scale"
    QString target;         ///< e.g. "terminal-plus-plus/deployment/backend"
    QJsonObject parameters; ///< e.g. {"replicas": 5}
    QString dryRunResult;
    QString outcome; ///< "succeeded", "failed", "cancelled", "refused"
    QString detail;

    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static AuditEntry fromJson(const QJsonObject& json);
};

} // namespace tpp::db
