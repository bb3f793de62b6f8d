#include "db/DatasetCatalog.h"

#include <QCoreApplication>

// The datasets' definitions. The SQL built from them is in DatasetQueries.cpp.

namespace tpp::db {

namespace {

using Op = Filter::Op;
const QList<Op> kText{Op::Equals, Op::Prefix};
const QList<Op> kId{Op::Equals};
const QList<Op> kRange{Op::Equals, Op::AtLeast, Op::Before};
const QList<Op> kBool{Op::IsTrue, Op::IsFalse};
const QList<Op> kNone{};

// Columns are declared with a small builder so the table below stays readable.
struct Col {
    DatasetColumn c;
    Col(const char* name, QString title, const char* expr, const char* table) {
        c.name = QLatin1String(name);
        c.title = std::move(title);
        c.sqlExpr = QLatin1String(expr);
        c.table = QLatin1String(table);
    }
    Col& sort() {
        c.sortable = true;
        return *this;
    }
    Col& nullable() {
        c.nullable = true;
        return *this;
    }
    Col& via(const char* sql) {
        c.equalsVia = QLatin1String(sql);
        return *this;
    }
    Col& filter(const QList<Op>& ops) {
        c.ops = ops;
        c.filterable = !ops.isEmpty();
        return *this;
    }
    operator DatasetColumn() const { return c; } // NOLINT: builder
};

Dataset users() {
    Dataset d;
    d.id = QStringLiteral("users");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "Users");
    d.fromClause = QStringLiteral("users u");
    d.idExpr = QStringLiteral("u.id");
    d.defaultSort = QStringLiteral("created_at");
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("email")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "u.id", "users")
            .filter(kId),
        Col("email", QCoreApplication::translate("tpp::db::DatasetCatalog", "E-mail"), "u.email",
            "users")
            .sort()
            .filter(kText),
        Col("name", QCoreApplication::translate("tpp::db::DatasetCatalog", "Name"), "u.name",
            "users")
            .filter(kText),
        Col("plan", QCoreApplication::translate("tpp::db::DatasetCatalog", "Plan"), "u.plan",
            "users")
            .filter(kText),
        Col("is_active", QCoreApplication::translate("tpp::db::DatasetCatalog", "Active"),
            "u.is_active", "users")
            .filter(kBool),
        Col("created_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Created"),
            "u.created_at", "users")
            .sort()
            .filter(kRange),
        Col("last_login_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Last login"),
            "u.last_login_at", "users")
            .filter(kRange),
    };
    return d;
}

Dataset sandboxes() {
    Dataset d;
    d.id = QStringLiteral("sandboxes");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "Sandboxes");
    d.fromClause = QStringLiteral("sandboxes b LEFT JOIN users u ON u.id = b.user_id");
    d.idExpr = QStringLiteral("b.id");
    d.defaultSort = QStringLiteral("last_accessed");
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("user_id")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "b.id", "sandboxes")
            .filter(kId),
        Col("user_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "User ID"),
            "b.user_id", "sandboxes")
            .filter(kId),
        Col("user_email", QCoreApplication::translate("tpp::db::DatasetCatalog", "User"), "u.email",
            "users")
            .filter(kText),
        Col("status", QCoreApplication::translate("tpp::db::DatasetCatalog", "Status"), "b.status",
            "sandboxes")
            .filter(kText),
        Col("image", QCoreApplication::translate("tpp::db::DatasetCatalog", "Image"), "b.image",
            "sandboxes")
            .filter(kText),
        Col("node_name", QCoreApplication::translate("tpp::db::DatasetCatalog", "Node"),
            "b.node_name", "sandboxes")
            .filter(kText),
        Col("cpu_limit_millicores",
            QCoreApplication::translate("tpp::db::DatasetCatalog", "CPU limit (m)"),
            "b.cpu_limit_millicores", "sandboxes")
            .filter(kNone),
        Col("memory_limit_mb",
            QCoreApplication::translate("tpp::db::DatasetCatalog", "Memory limit (MB)"),
            "b.memory_limit_mb", "sandboxes")
            .filter(kNone),
        Col("created_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Created"),
            "b.created_at", "sandboxes")
            .sort()
            .filter(kRange),
        Col("last_accessed",
            QCoreApplication::translate("tpp::db::DatasetCatalog", "Last accessed"),
            "b.last_accessed", "sandboxes")
            .sort()
            .nullable()
            .filter(kRange),
    };
    return d;
}

Dataset sessions() {
    Dataset d;
    d.id = QStringLiteral("sessions");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "Sessions");
    d.fromClause = QStringLiteral("sessions s LEFT JOIN users u ON u.id = s.user_id");
    d.idExpr = QStringLiteral("s.id");
    d.defaultSort = QStringLiteral("created_at");
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("user_id"),
                           QStringLiteral("sandbox_id")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "s.id", "sessions")
            .filter(kId),
        Col("user_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "User ID"),
            "s.user_id", "sessions")
            .filter(kId),
        Col("user_email", QCoreApplication::translate("tpp::db::DatasetCatalog", "User"), "u.email",
            "users")
            .filter(kText),
        Col("sandbox_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "Sandbox ID"),
            "s.sandbox_id", "sessions")
            .filter(kId),
        Col("created_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Started"),
            "s.created_at", "sessions")
            .sort()
            .filter(kRange),
        Col("expires_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Expires"),
            "s.expires_at", "sessions")
            .filter(kRange),
        // Derived: a session is active until it expires (stack/README.md).
        Col("active", QCoreApplication::translate("tpp::db::DatasetCatalog", "Active"),
            "(s.expires_at > now())", "sessions")
            .filter(kBool),
        Col("last_activity",
            QCoreApplication::translate("tpp::db::DatasetCatalog", "Last activity"),
            "s.last_activity", "sessions")
            .filter(kRange),
        Col("ip_address", QCoreApplication::translate("tpp::db::DatasetCatalog", "IP address"),
            "host(s.ip_address)", "sessions")
            .filter(kNone),
        Col("user_agent", QCoreApplication::translate("tpp::db::DatasetCatalog", "User agent"),
            "s.user_agent", "sessions")
            .filter(kNone),
    };
    return d;
}

Dataset commandHistory() {
    Dataset d;
    d.id = QStringLiteral("command_history");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "Command history");
    d.fromClause = QStringLiteral("command_history h");
    d.idExpr = QStringLiteral("h.id");
    d.defaultSort = QStringLiteral("executed_at");
    // user_id and sandbox_id have no index on command_history; through the
    // (indexed) sessions of that user or sandbox they are cheap all the same.
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("session_id"),
                           QStringLiteral("sandbox_id"), QStringLiteral("user_id")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "h.id",
            "command_history")
            .filter(kId),
        Col("session_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "Session ID"),
            "h.session_id", "command_history")
            .filter(kId),
        Col("sandbox_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "Sandbox ID"),
            "h.sandbox_id", "command_history")
            .filter(kId)
            .via("h.session_id IN (SELECT s.id FROM sessions s WHERE s.sandbox_id = ?)"),
        Col("user_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "User ID"),
            "h.user_id", "command_history")
            .filter(kId)
            .via("h.session_id IN (SELECT s.id FROM sessions s WHERE s.user_id = ?)"),
        Col("command", QCoreApplication::translate("tpp::db::DatasetCatalog", "Command"),
            "h.command", "command_history")
            .filter(kText),
        Col("exit_code", QCoreApplication::translate("tpp::db::DatasetCatalog", "Exit code"),
            "h.exit_code", "command_history")
            .filter(kId),
        Col("duration_ms", QCoreApplication::translate("tpp::db::DatasetCatalog", "Duration (ms)"),
            "h.duration_ms", "command_history")
            .filter(kNone),
        Col("executed_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Executed"),
            "h.executed_at", "command_history")
            .sort()
            .filter(kRange),
    };
    return d;
}

Dataset fileVersions() {
    Dataset d;
    d.id = QStringLiteral("file_versions");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "File versions");
    d.fromClause = QStringLiteral("file_versions f");
    d.idExpr = QStringLiteral("f.id");
    d.defaultSort = QStringLiteral("created_at");
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("sandbox_id")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "f.id",
            "file_versions")
            .filter(kId),
        Col("sandbox_id", QCoreApplication::translate("tpp::db::DatasetCatalog", "Sandbox ID"),
            "f.sandbox_id", "file_versions")
            .filter(kId),
        Col("file_path", QCoreApplication::translate("tpp::db::DatasetCatalog", "Path"),
            "f.file_path", "file_versions")
            .filter(kText),
        Col("version", QCoreApplication::translate("tpp::db::DatasetCatalog", "Version"),
            "f.version", "file_versions")
            .filter(kId),
        Col("size_bytes", QCoreApplication::translate("tpp::db::DatasetCatalog", "Size (bytes)"),
            "f.size_bytes", "file_versions")
            .filter(kNone),
        Col("content_hash", QCoreApplication::translate("tpp::db::DatasetCatalog", "Content hash"),
            "f.content_hash", "file_versions")
            .filter(kId),
        Col("created_at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Created"),
            "f.created_at", "file_versions")
            .sort()
            .filter(kRange),
    };
    return d;
}

Dataset adminAudit() {
    Dataset d;
    d.id = QStringLiteral("admin_audit");
    d.title = QCoreApplication::translate("tpp::db::DatasetCatalog", "Audit");
    // Unqualified: found through the search_path ("$user" schema first), where
    // the console creates it.
    d.fromClause = QStringLiteral("admin_audit a");
    d.idExpr = QStringLiteral("a.id");
    d.defaultSort = QStringLiteral("at");
    d.exactCountColumns = {QStringLiteral("id"), QStringLiteral("idempotency_key")};
    d.columns = {
        Col("id", QCoreApplication::translate("tpp::db::DatasetCatalog", "ID"), "a.id",
            "admin_audit")
            .filter(kId),
        Col("at", QCoreApplication::translate("tpp::db::DatasetCatalog", "Time"), "a.at",
            "admin_audit")
            .sort()
            .filter(kRange),
        Col("os_user", QCoreApplication::translate("tpp::db::DatasetCatalog", "OS user"),
            "a.os_user", "admin_audit")
            .filter(kText),
        Col("profile", QCoreApplication::translate("tpp::db::DatasetCatalog", "Profile"),
            "a.profile", "admin_audit")
            .filter(kText),
        Col("cluster_user", QCoreApplication::translate("tpp::db::DatasetCatalog", "Cluster user"),
            "a.cluster_user", "admin_audit")
            .filter(kText),
        Col("action", QCoreApplication::translate("tpp::db::DatasetCatalog", "Action"), "a.action",
            "admin_audit")
            .filter(kText),
        Col("target", QCoreApplication::translate("tpp::db::DatasetCatalog", "Target"), "a.target",
            "admin_audit")
            .filter(kText),
        Col("parameters", QCoreApplication::translate("tpp::db::DatasetCatalog", "Parameters"),
            "a.parameters::text", "admin_audit")
            .filter(kNone),
        Col("dry_run_result", QCoreApplication::translate("tpp::db::DatasetCatalog", "Dry run"),
            "a.dry_run_result", "admin_audit")
            .filter(kNone),
        Col("outcome", QCoreApplication::translate("tpp::db::DatasetCatalog", "Outcome"),
            "a.outcome", "admin_audit")
            .filter(kText),
        Col("detail", QCoreApplication::translate("tpp::db::DatasetCatalog", "Detail"), "a.detail",
            "admin_audit")
            .filter(kNone),
        Col("idempotency_key",
            QCoreApplication::translate("tpp::db::DatasetCatalog", "Idempotency key"),
            "a.idempotency_key", "admin_audit")
            .filter(kId),
    };
    return d;
}

} // namespace

const DatasetColumn* Dataset::column(const QString& name) const {
    const int i = columnIndex(name);
    return i < 0 ? nullptr : &columns[i];
}

int Dataset::columnIndex(const QString& name) const {
    for (int i = 0; i < columns.size(); ++i)
        if (columns[i].name == name)
            return i;
    return -1;
}

DatasetCatalog::DatasetCatalog()
    : m_datasets{users(), sessions(), sandboxes(), commandHistory(), fileVersions(), adminAudit()} {
}

const Dataset* DatasetCatalog::find(const QString& id) const {
    for (const Dataset& d : m_datasets)
        if (d.id == id)
            return &d;
    return nullptr;
}

} // namespace tpp::db
