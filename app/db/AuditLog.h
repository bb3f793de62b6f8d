#pragma once

#include "db/AuditEntry.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>

class QThread;

namespace tpp::db {

class AuditJournal;
class PlatformDb;

/// The only writer of the audit trail. Every entry is first made durable in a
/// local journal (SQLite through QSQLITE, in the app's data folder), then
/// inserted into admin_audit (INSERT … ON CONFLICT (idempotency_key) DO
/// NOTHING) and removed from the journal once the database confirmed it.
/// While the database is unreachable entries wait in the journal and are
/// flushed on reconnect: none lost, none duplicated. On connect it creates
/// admin_audit when missing and the role may; the console never updates or
/// deletes audit rows.
class AuditLog : public QObject {
    Q_OBJECT
public:
    AuditLog(PlatformDb* db, const QString& journalPath, QObject* parent = nullptr);
    ~AuditLog() override;

    /// Records an entry (fills idempotencyKey and `at` when empty). Returns the key.
    QString record(AuditEntry entry);
    /// Entries in the journal not yet confirmed by the database.
    [[nodiscard]] int pendingCount() const;

Q_SIGNALS:
    void recorded(const QString& idempotencyKey);  ///< durable in the journal
    void delivered(const QString& idempotencyKey); ///< confirmed in admin_audit
    void pendingChanged(int pending);
    void problem(const QString& message); ///< e.g. journal unwritable, table not creatable

private:
    void flush();
    void send(const AuditEntry& entry);

    PlatformDb* m_db;
    QThread* m_thread;
    AuditJournal* m_journal;
    QMap<QString, AuditEntry> m_pending; ///< key -> entry not yet confirmed by the database
    QSet<QString> m_journaled;           ///< keys durable in the journal (may be sent)
    QSet<QString> m_sending;             ///< keys with an INSERT in flight
    QHash<quint64, QString> m_requests;  ///< PlatformDb request id -> key
};

} // namespace tpp::db
