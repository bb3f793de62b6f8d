#include "db/AuditEntry.h"

namespace tpp::db {

QJsonObject AuditEntry::toJson() const {
    return QJsonObject{
        {QStringLiteral("idempotencyKey"), idempotencyKey},
        {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("osUser"), osUser},
        {QStringLiteral("profile"), profile},
        {QStringLiteral("clusterUser"), clusterUser},
        {QStringLiteral("action"), action},
        {QStringLiteral("target"), target},
        {QStringLiteral("parameters"), parameters},
        {QStringLiteral("dryRunResult"), dryRunResult},
        {QStringLiteral("outcome"), outcome},
        {QStringLiteral("detail"), detail},
    };
}

AuditEntry AuditEntry::fromJson(const QJsonObject& json) {
    AuditEntry e;
    e.idempotencyKey = json.value(QLatin1String("idempotencyKey")).toString();
    e.at = QDateTime::fromString(json.value(QLatin1String("at")).toString(), Qt::ISODateWithMs)
               .toUTC();
    e.osUser = json.value(QLatin1String("osUser")).toString();
    e.profile = json.value(QLatin1String("profile")).toString();
    e.clusterUser = json.value(QLatin1String("clusterUser")).toString();
    e.action = json.value(QLatin1String("action")).toString();
    e.target = json.value(QLatin1String("target")).toString();
    e.parameters = json.value(QLatin1String("parameters")).toObject();
    e.dryRunResult = json.value(QLatin1String("dryRunResult")).toString();
    e.outcome = json.value(QLatin1String("outcome")).toString();
    e.detail = json.value(QLatin1String("detail")).toString();
    return e;
}

} // namespace tpp::db
