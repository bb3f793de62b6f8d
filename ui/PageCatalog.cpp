#include "PageCatalog.h"

#include <QCoreApplication>

namespace tpp {

PageCatalog::PageCatalog() {
    const QString monitor = tr("Monitor");
    const QString platform = tr("Platform");
    const QString operate = tr("Operate");
    m_pages = {
        {QStringLiteral("overview"), tr("Overview"), monitor, QStringLiteral("layout-dashboard"),
         tr("Request rate, latency, errors, active sandboxes and the health of every service."),
         Source::Prometheus, false},
        {QStringLiteral("alerts"), tr("Alerts"), monitor, QStringLiteral("bell-ring"),
         tr("Firing and pending alerts, silences, and the playbook for each."),
         Source::Alertmanager, false},
        // Database side for now; the cluster client will join each sandbox's live pod.
        {QStringLiteral("sandboxes"), tr("Sandboxes"), platform, QStringLiteral("box"),
         tr("Every user's sandbox: its status, owner, image, node and last access."),
         Source::Database, true},
        {QStringLiteral("sessions"), tr("Sessions"), platform, QStringLiteral("history"),
         tr("Active and expired sessions, newest first, with their command history."),
         Source::Database, true},
        {QStringLiteral("users"), tr("Users"), platform, QStringLiteral("users"),
         tr("Find a user by e-mail or name and see their sandboxes and sessions."),
         Source::Database, true},
        {QStringLiteral("workloads"), tr("Workloads"), platform, QStringLiteral("layers"),
         tr("Deployments, replica sets and autoscalers: scale, restart, roll back."),
         Source::Cluster, false},
        {QStringLiteral("terminals"), tr("Terminals"), operate, QStringLiteral("square-terminal"),
         tr("Shells in sandbox containers and on SSH hosts, with support sessions recorded."),
         Source::Cluster, false},
        {QStringLiteral("backups"), tr("Backups"), operate, QStringLiteral("archive"),
         tr("Database, Redis and sandbox backups with verification and restore drills."),
         Source::Database, true},
        {QStringLiteral("audit"), tr("Audit"), operate, QStringLiteral("file-clock"),
         tr("Who changed what on the platform, when, and with what outcome."), Source::Database,
         true},
    };
}

const PageSpec* PageCatalog::find(const QString& id) const {
    for (const PageSpec& spec : m_pages)
        if (spec.id == id)
            return &spec;
    return nullptr;
}

} // namespace tpp
