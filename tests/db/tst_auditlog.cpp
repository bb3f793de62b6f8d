// AuditLog against the stack/ PostgreSQL: journal first, delivered exactly
// once, across a database restart, a restart of the AuditLog, and a crash
// between the insert and the journal delete.
#include "../common/StackEnv.h"
#include "db/AuditJournal.h"
#include "db/AuditLog.h"
#include "db/PlatformDb.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <functional>

using namespace tpp::db;

namespace {

bool waitFor(const std::function<bool()>& done, int ms) {
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > ms)
            return false;
        QTest::qWait(10);
    }
    return true;
}

AuditEntry entry(const QString& key) {
    AuditEntry e;
    e.idempotencyKey = key;
    e.osUser = QStringLiteral("tester");
    e.profile = QStringLiteral("local-stack");
    e.clusterUser = QStringLiteral("admin");
    e.action = QStringLiteral("deployment.scale");
    e.target = QStringLiteral("terminal-plus-plus/deployment/backend");
    e.parameters = QJsonObject{{QStringLiteral("replicas"), 5}};
    e.dryRunResult = QStringLiteral("ok");
    e.outcome = QStringLiteral("succeeded");
    return e;
}

} // namespace

class TstAuditLog : public QObject {
    Q_OBJECT
    tpp::db::test::StackEnv m_stack;
    QTemporaryDir m_dir;
    QString m_run = QUuid::createUuid().toString(QUuid::Id128).left(12);

    bool connectDb(PlatformDb& db) {
        db.open(m_stack.console());
        return waitFor([&] { return db.state() == PlatformDb::State::Connected; }, 20000);
    }
    // idempotency key -> rows in admin_audit, for this run's keys.
    QMap<QString, int> rowsByKey(PlatformDb& db) {
        QMap<QString, int> out;
        bool got = false;
        const quint64 id = db.query(QStringLiteral("SELECT idempotency_key, count(*) FROM "
                                                   "admin_audit WHERE idempotency_key LIKE ? "
                                                   "GROUP BY 1"),
                                    {QStringLiteral("tst-%1-%").arg(m_run)});
        auto c = connect(&db, &PlatformDb::queryFinished, this, [&](const QueryResult& r) {
            if (r.requestId != id)
                return;
            for (const QVariantList& row : r.rows)
                out.insert(row.at(0).toString(), row.at(1).toInt());
            got = true;
        });
        waitFor([&] { return got; }, 20000);
        disconnect(c);
        return out;
    }
    QString key(int n) const { return QStringLiteral("tst-%1-%2").arg(m_run).arg(n); }

private Q_SLOTS:
    void initTestCase() {
        if (!m_stack.load())
            QSKIP("TPP_STACK_DIR with a stack.env is needed");
        QVERIFY(m_dir.isValid());
    }

    void journalSurvivesARestartAndFlushes() {
        const QString path = m_dir.filePath(QStringLiteral("a/journal.sqlite"));
        {
            PlatformDb offline(nullptr); // never opened: nothing can be delivered
            AuditLog log(&offline, path);
            QSignalSpy recorded(&log, &AuditLog::recorded);
            for (int i = 0; i < 3; ++i)
                log.record(entry(key(i)));
            QVERIFY(waitFor([&] { return recorded.size() == 3; }, 10000));
            QCOMPARE(log.pendingCount(), 3);
        }
        PlatformDb db(nullptr);
        QVERIFY(connectDb(db));
        AuditLog log(&db, path);
        QSignalSpy delivered(&log, &AuditLog::delivered);
        QVERIFY(waitFor([&] { return delivered.size() == 3; }, 20000));
        QCOMPARE(log.pendingCount(), 0);
        const auto rows = rowsByKey(db);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(rows.value(key(i)), 1);
    }

    void crashBetweenInsertAndJournalDeleteStaysOnce() {
        const QString path = m_dir.filePath(QStringLiteral("b/journal.sqlite"));
        PlatformDb db(nullptr);
        QVERIFY(connectDb(db));
        {
            AuditLog log(&db, path);
            QSignalSpy delivered(&log, &AuditLog::delivered);
            log.record(entry(key(10)));
            QVERIFY(waitFor([&] { return delivered.size() == 1; }, 20000));
        }
        // As if the process died after the INSERT, before the journal delete.
        {
            AuditJournal j;
            j.open(path);
            j.add(entry(key(10)));
        }
        AuditLog log(&db, path);
        QSignalSpy delivered(&log, &AuditLog::delivered);
        QVERIFY2(waitFor([&] { return delivered.size() == 1; }, 20000),
                 qPrintable(QString::number(log.pendingCount())));
        QCOMPARE(rowsByKey(db).value(key(10)), 1);
    }

    void databaseStopsWhileWriting() {
        const QString path = m_dir.filePath(QStringLiteral("c/journal.sqlite"));
        PlatformDb db(nullptr);
        QVERIFY(connectDb(db));
        AuditLog log(&db, path);
        for (int i = 100; i < 105; ++i)
            log.record(entry(key(i)));
        QVERIFY(m_stack.ctl({QStringLiteral("stop"), QStringLiteral("postgres")}));
        for (int i = 105; i < 115; ++i) {
            log.record(entry(key(i)));
            QTest::qWait(20);
        }
        QVERIFY(waitFor([&] { return db.state() != PlatformDb::State::Connected; }, 20000));
        QVERIFY(log.pendingCount() > 0);
        QVERIFY(m_stack.ctl({QStringLiteral("start"), QStringLiteral("postgres")}));
        QVERIFY(waitFor([&] { return db.state() == PlatformDb::State::Connected; }, 40000));
        QVERIFY2(waitFor([&] { return log.pendingCount() == 0; }, 30000),
                 qPrintable(QString::number(log.pendingCount())));
        const auto rows = rowsByKey(db);
        for (int i = 100; i < 115; ++i)
            QCOMPARE(rows.value(key(i)), 1);
    }
};

QTEST_GUILESS_MAIN(TstAuditLog)
#include "tst_auditlog.moc"
