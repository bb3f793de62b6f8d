#include "db/AuditLog.h"

#include "db/AuditJournal.h"
#include "db/PlatformDb.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace tpp::db {

namespace {

// "tpp_console.admin_audit" -> "tpp_console"."admin_audit" (names from pg_class).
QString quotedTable(const QString& qualified) {
    QStringList parts = qualified.split(QLatin1Char('.'));
    for (QString& p : parts)
        p = QLatin1Char('"') + QString(p).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
            QLatin1Char('"');
    return parts.join(QLatin1Char('.'));
}

} // namespace

AuditLog::AuditLog(PlatformDb* db, const QString& journalPath, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_thread(new QThread(this))
    , m_journal(new AuditJournal) {
    qRegisterMetaType<tpp::db::AuditEntry>();
    qRegisterMetaType<QList<tpp::db::AuditEntry>>();
    m_thread->setObjectName(QStringLiteral("tpp-audit-journal"));
    m_journal->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_journal, &QObject::deleteLater);

    connect(m_journal, &AuditJournal::opened, this,
            [this](const QList<AuditEntry>& pending, const QString& error) {
                if (!error.isEmpty())
                    Q_EMIT problem(error);
                for (const AuditEntry& e : pending) {
                    m_pending.insert(e.idempotencyKey, e);
                    m_journaled.insert(e.idempotencyKey);
                }
                if (!pending.isEmpty())
                    Q_EMIT pendingChanged(pendingCount());
                flush();
            });
    connect(m_journal, &AuditJournal::added, this,
            [this](const QString& key, const QString& error) {
                // Without a journal the entry still goes to the database, but it
                // is only as durable as this process: say so.
                if (!error.isEmpty())
                    Q_EMIT problem(error);
                else
                    Q_EMIT recorded(key);
                m_journaled.insert(key);
                if (m_pending.contains(key))
                    send(m_pending.value(key));
            });
    connect(m_journal, &AuditJournal::removed, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty())
            Q_EMIT problem(error);
    });
    if (m_db) {
        // The schema check runs on every (re)connect and says whether
        // admin_audit is usable: the moment to flush what waited.
        connect(m_db, &PlatformDb::schemaChecked, this, [this](const SchemaReport& report) {
            if (!report.auditProblem.isEmpty() && !m_pending.isEmpty())
                Q_EMIT problem(report.auditProblem);
            flush();
        });
        connect(m_db, &PlatformDb::stateChanged, this, [this](PlatformDb::State state) {
            if (state == PlatformDb::State::Connected)
                flush();
        });
        connect(m_db, &PlatformDb::queryFinished, this, [this](const QueryResult& r) {
            const auto it = m_requests.find(r.requestId);
            if (it == m_requests.end())
                return;
            const QString key = it.value();
            m_requests.erase(it);
            m_sending.remove(key);
            if (!r.error.isEmpty()) {
                // Lost connection: it waits for the reconnect's flush.
                if (!r.connectionLost)
                    Q_EMIT problem(QCoreApplication::translate("tpp::db::AuditLog",
                                                               "audit entry %1 not yet stored: %2")
                                       .arg(key, r.error));
                return;
            }
            // Confirmed (inserted now or by an earlier attempt): forget it locally.
            m_pending.remove(key);
            m_journaled.remove(key);
            AuditJournal* journal = m_journal;
            QMetaObject::invokeMethod(
                m_journal, [journal, key] { journal->remove(key); }, Qt::QueuedConnection);
            Q_EMIT delivered(key);
            Q_EMIT pendingChanged(pendingCount());
        });
    }
    m_thread->start();
    AuditJournal* journal = m_journal;
    QMetaObject::invokeMethod(
        m_journal, [journal, journalPath] { journal->open(journalPath); }, Qt::QueuedConnection);
}

AuditLog::~AuditLog() {
    // Blocking: every add/remove queued before it is done before the thread ends.
    AuditJournal* journal = m_journal;
    QMetaObject::invokeMethod(
        m_journal, [journal] { journal->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

QString AuditLog::record(AuditEntry entry) {
    if (entry.idempotencyKey.isEmpty())
        entry.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!entry.at.isValid())
        entry.at = QDateTime::currentDateTimeUtc();
    m_pending.insert(entry.idempotencyKey, entry);
    Q_EMIT pendingChanged(pendingCount());
    AuditJournal* journal = m_journal;
    QMetaObject::invokeMethod(
        m_journal, [journal, entry] { journal->add(entry); }, Qt::QueuedConnection);
    return entry.idempotencyKey;
}

int AuditLog::pendingCount() const {
    return static_cast<int>(m_pending.size());
}

void AuditLog::flush() {
    if (!m_db || m_db->state() != PlatformDb::State::Connected ||
        m_db->schema().auditTable.isEmpty())
        return;
    for (const AuditEntry& e : std::as_const(m_pending))
        if (m_journaled.contains(e.idempotencyKey))
            send(e);
}

void AuditLog::send(const AuditEntry& e) {
    if (!m_db || m_sending.contains(e.idempotencyKey) || m_db->schema().auditTable.isEmpty())
        return;
    // ON CONFLICT DO NOTHING: a retry after a crash between the insert and the
    // journal delete finds the row and changes nothing: exactly once.
    const QString sql =
        QLatin1String("INSERT INTO ") + quotedTable(m_db->schema().auditTable) +
        QLatin1String(" (idempotency_key, at, os_user, profile, cluster_user, action, target,"
                      " parameters, dry_run_result, outcome, detail)"
                      " VALUES (?, COALESCE(?, now()), ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                      " ON CONFLICT (idempotency_key) DO NOTHING");
    const QVariantList params{
        e.idempotencyKey,
        // An entry from an older journal may lack its time: the server's then.
        e.at.isValid() ? QVariant(e.at.toUTC().toString(Qt::ISODateWithMs))
                       : QVariant(QMetaType::fromType<QString>()),
        e.osUser, e.profile, e.clusterUser, e.action, e.target,
        QString::fromUtf8(QJsonDocument(e.parameters).toJson(QJsonDocument::Compact)),
        e.dryRunResult, e.outcome, e.detail};
    m_sending.insert(e.idempotencyKey);
    m_requests.insert(m_db->query(sql, params), e.idempotencyKey);
}

} // namespace tpp::db
