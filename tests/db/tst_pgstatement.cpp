// PgStatement: placeholders, and the text form of values both ways (no server).
#include "db/PgStatement.h"

#include <QJsonObject>
#include <QTest>
#include <QUuid>

using namespace tpp::db;

class TstPgStatement : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void placeholdersOutsideQuotesAreNumbered() {
        int n = 0;
        QCOMPARE(
            PgStatement::numberPlaceholders(
                QStringLiteral("SELECT '?', \"a?\" FROM t WHERE a = ? AND (b, c) < (?, ?)"), &n),
            QStringLiteral("SELECT '?', \"a?\" FROM t WHERE a = $1 AND (b, c) < ($2, $3)"));
        QCOMPARE(n, 3);
    }
    void valuesAsText() {
        bool isNull = false;
        QCOMPARE(PgStatement::toText(true, &isNull), QByteArray("true"));
        QVERIFY(!isNull);
        QCOMPARE(PgStatement::toText(QVariant(), &isNull), QByteArray());
        QVERIFY(isNull);
        QCOMPARE(PgStatement::toText(QVariant(QMetaType::fromType<QString>()), &isNull),
                 QByteArray());
        QVERIFY(isNull);
        QCOMPARE(PgStatement::toText(QString(), &isNull), QByteArray());
        QVERIFY(!isNull); // an empty string is a value, not NULL
        const QDateTime t(QDate(2026, 11, 14), QTime(9, 0, 0, 123), Qt::UTC);
        QCOMPARE(PgStatement::toText(t, &isNull), QByteArray("2026-11-14T09:00:00.123Z"));
        const QUuid u = QUuid::createUuid();
        QCOMPARE(PgStatement::toText(u, &isNull), u.toByteArray(QUuid::WithoutBraces));
        QCOMPARE(PgStatement::toText(QJsonObject{{QStringLiteral("r"), 5}}, &isNull),
                 QByteArray("{\"r\":5}"));
        QCOMPARE(PgStatement::toText(qlonglong(1) << 40, &isNull), QByteArray("1099511627776"));
    }
    void textAsValues() {
        const auto v = [](const char* s, unsigned oid) {
            return PgStatement::fromText(s, int(qstrlen(s)), oid, false);
        };
        QCOMPARE(v("t", 16), QVariant(true));
        QCOMPARE(v("42", 23), QVariant(42));
        QCOMPARE(v("1099511627776", 20), QVariant(qlonglong(1099511627776)));
        QCOMPARE(v("x@y", 25), QVariant(QStringLiteral("x@y")));
        const QDateTime t = v("2026-11-14 09:00:00.123456+00", 1184).toDateTime();
        QCOMPARE(t.toUTC(), QDateTime(QDate(2026, 11, 14), QTime(9, 0, 0, 123), Qt::UTC));
        QCOMPARE(v("2026-11-14 09:00:00+05:30", 1184).toDateTime().toUTC().time(), QTime(3, 30));
        const QVariant null = PgStatement::fromText(nullptr, 0, 1184, true);
        QVERIFY(null.isNull());
        QCOMPARE(null.metaType(), QMetaType::fromType<QDateTime>());
    }
};

QTEST_GUILESS_MAIN(TstPgStatement)
#include "tst_pgstatement.moc"
