// AuditJournal: the SQLite journal keeps entries across reopening, once per key.
#include "db/AuditJournal.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp::db;

class TstAuditJournal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void entryRoundTripsThroughJson() {
        AuditEntry e;
        e.idempotencyKey = QStringLiteral("k1");
        e.at = QDateTime(QDate(2026, 11, 14), QTime(9, 0, 0, 123), Qt::UTC);
        e.action = QStringLiteral("deployment.scale");
        e.parameters = QJsonObject{{QStringLiteral("replicas"), 5}};
        e.outcome = QStringLiteral("succeeded");
        const AuditEntry back = AuditEntry::fromJson(e.toJson());
        QCOMPARE(back.idempotencyKey, e.idempotencyKey);
        QCOMPARE(back.at, e.at);
        QCOMPARE(back.parameters, e.parameters);
        QCOMPARE(back.outcome, e.outcome);
    }

    void survivesReopenAndRemoves() {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE")))
            QSKIP("QSQLITE driver missing (libqt6sql6-sqlite)");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sub/journal.sqlite"));
        {
            AuditJournal j;
            QSignalSpy opened(&j, &AuditJournal::opened);
            QSignalSpy added(&j, &AuditJournal::added);
            j.open(path);
            QCOMPARE(opened.size(), 1);
            QCOMPARE(opened.at(0).at(1).toString(), QString());
            for (const char* k : {"a", "b", "c", "a"}) {
                AuditEntry e;
                e.idempotencyKey = QLatin1String(k);
                e.action = QStringLiteral("x");
                j.add(e);
            }
            QCOMPARE(added.size(), 4);
            QCOMPARE(added.at(3).at(1).toString(), QString()); // same key: ignored, not an error
            j.remove(QStringLiteral("b"));
        }
        AuditJournal j;
        QSignalSpy opened(&j, &AuditJournal::opened);
        j.open(path);
        const auto pending = opened.at(0).at(0).value<QList<AuditEntry>>();
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending.at(0).idempotencyKey, QStringLiteral("a"));
        QCOMPARE(pending.at(1).idempotencyKey, QStringLiteral("c"));
    }
};

QTEST_GUILESS_MAIN(TstAuditJournal)
#include "tst_auditjournal.moc"
