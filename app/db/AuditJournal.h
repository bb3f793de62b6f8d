#pragma once

#include "db/AuditEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>

namespace tpp::db {

/// The durable local journal of audit entries not yet confirmed by the
/// database: one SQLite file (QSQLITE, WAL, synchronous=FULL), table
/// pending(idempotency_key PRIMARY KEY, entry json, created_at). Lives on a
/// thread of its own (AuditLog's): file I/O with fsync never runs on the GUI
/// thread. Its members are called through queued invocations.
class AuditJournal : public QObject {
    Q_OBJECT
public:
    explicit AuditJournal(QObject* parent = nullptr);
    ~AuditJournal() override;

    void open(const QString& path);
    void add(const tpp::db::AuditEntry& entry);
    void remove(const QString& idempotencyKey);
    void close();

Q_SIGNALS:
    /// The entries already in the journal (oldest first); error non-empty when unusable.
    void opened(const QList<tpp::db::AuditEntry>& pending, const QString& error);
    void added(const QString& idempotencyKey, const QString& error);
    void removed(const QString& idempotencyKey, const QString& error);

private:
    QString m_connName;
    bool m_ok = false;
};

} // namespace tpp::db
