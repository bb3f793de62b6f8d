#include "db/AuditJournal.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace tpp::db {

namespace {
std::atomic<int> g_journalCounter{0};
}

AuditJournal::AuditJournal(QObject* parent)
    : QObject(parent) {}

AuditJournal::~AuditJournal() {
    close();
}

void AuditJournal::open(const QString& path) {
    close();
    QList<AuditEntry> pending;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_connName = QStringLiteral("tpp-audit-journal-%1").arg(++g_journalCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connName);
    db.setDatabaseName(path);
    if (!db.isValid() || !db.open()) {
        Q_EMIT opened({}, QCoreApplication::translate("tpp::db::AuditJournal",
                                                      "cannot open the audit journal %1: %2")
                              .arg(path, db.lastError().text()));
        return;
    }
    QSqlQuery q(db);
    // WAL + FULL: an entry reported durable survives a crash or power loss.
    const QStringList setup{
        QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS pending (idempotency_key TEXT PRIMARY KEY,"
                       " entry TEXT NOT NULL, created_at TEXT NOT NULL)")};
    for (const QString& sql : setup) {
        if (!q.exec(sql)) {
            Q_EMIT opened({}, QCoreApplication::translate("tpp::db::AuditJournal",
                                                          "cannot prepare the audit journal %1: %2")
                                  .arg(path, q.lastError().text()));
            return;
        }
    }
    if (!q.exec(QStringLiteral("SELECT entry FROM pending ORDER BY created_at, rowid"))) {
        Q_EMIT opened({}, QCoreApplication::translate("tpp::db::AuditJournal",
                                                      "cannot read the audit journal %1: %2")
                              .arg(path, q.lastError().text()));
        return;
    }
    while (q.next())
        pending << AuditEntry::fromJson(
            QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
    m_ok = true;
    Q_EMIT opened(pending, {});
}

void AuditJournal::add(const AuditEntry& entry) {
    if (!m_ok) {
        Q_EMIT added(
            entry.idempotencyKey,
            QCoreApplication::translate("tpp::db::AuditJournal", "the audit journal is not open"));
        return;
    }
    QSqlQuery q(QSqlDatabase::database(m_connName, false));
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO pending (idempotency_key, entry, created_at)"
                             " VALUES (?, ?, ?)"));
    q.addBindValue(entry.idempotencyKey);
    q.addBindValue(QString::fromUtf8(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    Q_EMIT added(entry.idempotencyKey,
                 q.exec() ? QString()
                          : QCoreApplication::translate("tpp::db::AuditJournal",
                                                        "cannot write the audit journal: %1")
                                .arg(q.lastError().text()));
}

void AuditJournal::remove(const QString& idempotencyKey) {
    if (!m_ok)
        return;
    QSqlQuery q(QSqlDatabase::database(m_connName, false));
    q.prepare(QStringLiteral("DELETE FROM pending WHERE idempotency_key = ?"));
    q.addBindValue(idempotencyKey);
    Q_EMIT removed(idempotencyKey,
                   q.exec() ? QString()
                            : QCoreApplication::translate("tpp::db::AuditJournal",
                                                          "cannot update the audit journal: %1")
                                  .arg(q.lastError().text()));
}

void AuditJournal::close() {
    m_ok = false;
    if (m_connName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connName);
    m_connName.clear();
}

} // namespace tpp::db
