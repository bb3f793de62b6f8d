#include "db/SchemaCheck.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace tpp::db {

namespace {

const QString kAudit = QStringLiteral("admin_audit");

// Columns of admin_audit the AuditLog writes and the audit page reads.
const QStringList& auditColumns() {
    static const QStringList cols{QStringLiteral("id"),
                                  QStringLiteral("at"),
                                  QStringLiteral("os_user"),
                                  QStringLiteral("profile"),
                                  QStringLiteral("cluster_user"),
                                  QStringLiteral("action"),
                                  QStringLiteral("target"),
                                  QStringLiteral("parameters"),
                                  QStringLiteral("dry_run_result"),
                                  QStringLiteral("outcome"),
                                  QStringLiteral("detail"),
                                  QStringLiteral("idempotency_key")};
    return cols;
}

QString errorText(const QSqlQuery& q) {
    return q.lastError().databaseText().simplified();
}

// table -> columns present, for the tables named, in the schemas on the search path.
QMap<QString, QSet<QString>> presentColumns(QSqlDatabase& db, const QStringList& tables,
                                            QString* error) {
    QMap<QString, QSet<QString>> present;
    QStringList quoted;
    for (const QString& t : tables) // catalog constants, not user input
        quoted << QLatin1Char('\'') + t + QLatin1Char('\'');
    QSqlQuery q(db);
    q.setForwardOnly(true);
    const QString sql = QLatin1String("SELECT table_name::text, column_name::text FROM "
                                      "information_schema.columns WHERE table_schema = ANY "
                                      "(current_schemas(false)) AND table_name IN (") +
                        quoted.join(QLatin1Char(',')) + QLatin1Char(')');
    if (!q.exec(sql)) {
        *error = errorText(q);
        return present;
    }
    while (q.next())
        present[q.value(0).toString()].insert(q.value(1).toString());
    return present;
}

void checkAudit(QSqlDatabase& db, SchemaReport& report) {
    QSqlQuery q(db);
    const auto locate = [&] {
        const QString sql =
            QStringLiteral(
                "SELECT n.nspname || '.' || c.relname, has_table_privilege(c.oid, 'INSERT'),"
                " has_table_privilege(c.oid, 'SELECT') FROM pg_class c"
                " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = to_regclass('%1')")
                .arg(kAudit);
        return q.exec(sql) && q.next();
    };
    if (!locate()) {
        if (!q.exec(QStringLiteral("SELECT current_schema(), current_user, COALESCE("
                                   "has_schema_privilege(current_schema(), 'CREATE'), false)")) ||
            !q.next()) {
            report.auditProblem = QCoreApplication::translate("tpp::db::SchemaCheck",
                                                              "cannot look for admin_audit: %1")
                                      .arg(errorText(q));
            return;
        }
        const QString schema = q.value(0).toString();
        const QString user = q.value(1).toString();
        if (schema.isEmpty() || !q.value(2).toBool()) {
            report.auditProblem =
                QCoreApplication::translate(
                    "tpp::db::SchemaCheck",
                    "table admin_audit is missing and role %1 may not create it%2; "
                    "audit entries stay in the local journal")
                    .arg(user,
                         schema.isEmpty()
                             ? QCoreApplication::translate("tpp::db::SchemaCheck",
                                                           " (no schema on the search path)")
                             : QCoreApplication::translate("tpp::db::SchemaCheck", " in schema %1")
                                   .arg(schema));
            return;
        }
        for (const QString& ddl : SchemaCheck::auditDdl()) {
            if (!q.exec(ddl)) {
                report.auditProblem = QCoreApplication::translate("tpp::db::SchemaCheck",
                                                                  "cannot create admin_audit: %1")
                                          .arg(errorText(q));
                return;
            }
        }
        if (!locate()) {
            report.auditProblem = QCoreApplication::translate(
                "tpp::db::SchemaCheck", "admin_audit was created but is not visible");
            return;
        }
    }
    const QString table = q.value(0).toString();
    if (!q.value(1).toBool()) {
        report.auditProblem =
            QCoreApplication::translate(
                "tpp::db::SchemaCheck",
                "the console's role may not insert into %1; audit entries stay in "
                "the local journal")
                .arg(table);
        return;
    }
    QString error;
    const auto present = presentColumns(db, {kAudit}, &error);
    QStringList missing;
    for (const QString& c : auditColumns())
        if (!present.value(kAudit).contains(c))
            missing << c;
    if (!missing.isEmpty()) {
        report.missingColumns[kAudit] = missing;
        report.auditProblem =
            QCoreApplication::translate("tpp::db::SchemaCheck", "%1 lacks the columns %2")
                .arg(table, missing.join(QLatin1String(", ")));
        return;
    }
    report.auditTable = table;
}

} // namespace

QStringList SchemaCheck::auditDdl() {
    // Unqualified: lands in the first schema of the search path ("$user").
    // Append-only by use: the console never updates or deletes a row.
    return {QStringLiteral("CREATE TABLE IF NOT EXISTS admin_audit ("
                           " id bigserial PRIMARY KEY,"
                           " at timestamptz NOT NULL DEFAULT now(),"
                           " os_user text, profile text, cluster_user text,"
                           " action text NOT NULL, target text,"
                           " parameters jsonb NOT NULL DEFAULT '{}'::jsonb,"
                           " dry_run_result text, outcome text, detail text,"
                           " idempotency_key text NOT NULL UNIQUE)"),
            QStringLiteral("CREATE INDEX IF NOT EXISTS admin_audit_at_id ON admin_audit (at, id)")};
}

QMap<QString, QStringList> SchemaCheck::requiredColumns(const Dataset& d) {
    // alias -> table from "sessions s LEFT JOIN users u ON …"
    QMap<QString, QString> aliases;
    static const QRegularExpression fromRe(
        QStringLiteral("(?:^|JOIN\\s+)([a-z_]+)\\s+([a-z]+)\\b"));
    for (auto it = fromRe.globalMatch(d.fromClause); it.hasNext();) {
        const auto m = it.next();
        aliases[m.captured(2)] = m.captured(1);
    }
    QMap<QString, QStringList> out;
    static const QRegularExpression colRe(QStringLiteral("\\b([a-z]+)\\.([a-z_]+)\\b"));
    QStringList exprs{d.fromClause, d.idExpr};
    for (const DatasetColumn& c : d.columns)
        exprs << c.sqlExpr;
    for (const QString& e : exprs) {
        for (auto it = colRe.globalMatch(e); it.hasNext();) {
            const auto m = it.next();
            const QString table = aliases.value(m.captured(1));
            if (!table.isEmpty() && !out[table].contains(m.captured(2)))
                out[table] << m.captured(2);
        }
    }
    return out;
}

SchemaReport SchemaCheck::run(QSqlDatabase& db, const DatasetCatalog& catalog) {
    SchemaReport report;
    QMap<QString, QStringList> required;
    for (const Dataset& d : catalog.datasets()) {
        if (d.id == kAudit)
            continue;
        const auto cols = requiredColumns(d);
        for (auto it = cols.cbegin(); it != cols.cend(); ++it)
            for (const QString& c : it.value())
                if (!required[it.key()].contains(c))
                    required[it.key()] << c;
    }
    QString error;
    const auto present = presentColumns(db, required.keys(), &error);
    if (!error.isEmpty()) {
        report.disabledFeatures << QCoreApplication::translate("tpp::db::SchemaCheck",
                                                               "Schema check failed: %1")
                                       .arg(error);
        return report;
    }
    report.checked = true;
    for (auto it = required.cbegin(); it != required.cend(); ++it) {
        if (!present.contains(it.key())) {
            report.missingTables << it.key();
            continue;
        }
        QStringList missing;
        for (const QString& c : it.value())
            if (!present.value(it.key()).contains(c))
                missing << c;
        if (!missing.isEmpty())
            report.missingColumns[it.key()] = missing;
    }
    for (const Dataset& d : catalog.datasets()) {
        if (d.id == kAudit)
            continue;
        const auto cols = requiredColumns(d);
        QStringList why;
        for (auto it = cols.cbegin(); it != cols.cend(); ++it) {
            if (report.missingTables.contains(it.key())) {
                why << QCoreApplication::translate("tpp::db::SchemaCheck", "table %1 is missing")
                           .arg(it.key());
                continue;
            }
            for (const QString& c : it.value())
                if (report.missingColumns.value(it.key()).contains(c))
                    why << QCoreApplication::translate("tpp::db::SchemaCheck",
                                                       "column %1.%2 is missing")
                               .arg(it.key(), c);
        }
        if (!why.isEmpty())
            report.disabledFeatures
                << QCoreApplication::translate("tpp::db::SchemaCheck", "%1 (%2)")
                       .arg(d.title, why.join(QLatin1String(", ")));
    }
    checkAudit(db, report);
    if (!report.auditProblem.isEmpty())
        report.disabledFeatures << QCoreApplication::translate("tpp::db::SchemaCheck", "Audit (%1)")
                                       .arg(report.auditProblem);
    return report;
}

} // namespace tpp::db
