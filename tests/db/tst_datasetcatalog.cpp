// DatasetCatalog: the SQL of keyset pages and counts (no database needed).
#include "db/DatasetCatalog.h"

#include <QTest>

using namespace tpp::db;

class TstDatasetCatalog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyDatasetHasItsSortKeysAndId() {
        DatasetCatalog c;
        const QStringList ids{QStringLiteral("users"),         QStringLiteral("sessions"),
                              QStringLiteral("sandboxes"),     QStringLiteral("command_history"),
                              QStringLiteral("file_versions"), QStringLiteral("admin_audit")};
        for (const QString& id : ids) {
            const Dataset* d = c.find(id);
            QVERIFY2(d, qPrintable(id));
            QVERIFY(d->column(QStringLiteral("id")));
            QVERIFY(d->column(d->defaultSort) && d->column(d->defaultSort)->sortable);
        }
        QVERIFY(c.find(QStringLiteral("sessions"))->column(QStringLiteral("user_email")));
        QVERIFY(c.find(QStringLiteral("sandboxes"))->column(QStringLiteral("user_email")));
        QVERIFY(!c.find(QStringLiteral("users"))->column(QStringLiteral("name"))->sortable);
    }

    void firstPageDescending() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        q.limit = 50;
        const BuiltQuery b = c.pageQuery(q);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QVERIFY(b.sql.contains(QLatin1String("ORDER BY s.created_at DESC, s.id DESC LIMIT 50")));
        QVERIFY(!b.sql.contains(QLatin1String("OFFSET"), Qt::CaseInsensitive));
        QVERIFY(!b.sql.contains(QLatin1String(" WHERE ")));
        QVERIFY(b.params.isEmpty());
    }

    void nextPageBindsTheBoundary() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        q.after =
            QVariantList{QStringLiteral("2026-11-14 09:00:00.123456+00"), QStringLiteral("x")};
        BuiltQuery b = c.pageQuery(q);
        QVERIFY(b.sql.contains(QLatin1String("(s.created_at, s.id) < (?, ?)")));
        QVERIFY(b.sql.contains(QLatin1String("DESC")));
        QCOMPARE(b.params, *q.after);
        q.order = Qt::AscendingOrder;
        b = c.pageQuery(q);
        QVERIFY(b.sql.contains(QLatin1String("(s.created_at, s.id) > (?, ?)")));
        QVERIFY(b.sql.contains(QLatin1String("ORDER BY s.created_at ASC, s.id ASC")));
    }

    void rowTimestampsAreMadeExactById() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        const QDateTime t = QDateTime::currentDateTimeUtc();
        q.after = QVariantList{t, QStringLiteral("the-id")};
        const BuiltQuery b = c.pageQuery(q);
        QVERIFY2(b.sql.contains(QLatin1String("(s.created_at, s.id) < (COALESCE((SELECT "
                                              "s.created_at FROM sessions s LEFT JOIN users u ON "
                                              "u.id = s.user_id WHERE s.id = ?), ?), ?)")),
                 qPrintable(b.sql));
        QCOMPARE(b.params, (QVariantList{QStringLiteral("the-id"), t, QStringLiteral("the-id")}));
    }

    void backwardReversesTheFetch() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("users");
        q.after = QVariantList{1, 2};
        q.backward = true;
        const BuiltQuery b = c.pageQuery(q);
        // Display order is descending: the page before is fetched ascending.
        QVERIFY(b.sql.contains(QLatin1String("(u.created_at, u.id) > (?, ?)")));
        QVERIFY(b.sql.contains(QLatin1String("ORDER BY u.created_at ASC, u.id ASC")));
    }

    void seekStartsAtAValue() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("command_history");
        q.seek = QVariant(QStringLiteral("2026-11-14T09:00:00Z"));
        BuiltQuery b = c.pageQuery(q);
        QVERIFY(b.sql.contains(QLatin1String("h.executed_at <= ?")));
        QCOMPARE(b.params.size(), 1);
        q.order = Qt::AscendingOrder;
        b = c.pageQuery(q);
        QVERIFY(b.sql.contains(QLatin1String("h.executed_at >= ?")));
        // `after` wins over `seek`.
        q.after = QVariantList{1, 2};
        b = c.pageQuery(q);
        QVERIFY(!b.sql.contains(QLatin1String("h.executed_at >= ?")));
        QCOMPARE(b.params.size(), 2);
    }

    void refusesUnknownAndUnindexedColumns() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("users");
        q.sortColumn = QStringLiteral("name");
        BuiltQuery b = c.pageQuery(q);
        QVERIFY(b.sql.isEmpty());
        QVERIFY2(b.error.contains(QLatin1String("name")), qPrintable(b.error));
        q.sortColumn = QStringLiteral("password; DROP TABLE users");
        b = c.pageQuery(q);
        QVERIFY(b.error.contains(QLatin1String("password; DROP TABLE users")));
        q.sortColumn.clear();
        q.filters = {{QStringLiteral("nope"), Filter::Op::Equals, 1}};
        b = c.pageQuery(q);
        QVERIFY(b.error.contains(QLatin1String("nope")));
        q.dataset = QStringLiteral("nothing");
        QVERIFY(c.pageQuery(q).error.contains(QLatin1String("nothing")));
    }

    void refusesOperatorsTheColumnDoesNotAllow() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        q.filters = {{QStringLiteral("created_at"), Filter::Op::Prefix, QStringLiteral("2026")}};
        const BuiltQuery b = c.pageQuery(q);
        QVERIFY(b.sql.isEmpty());
        QVERIFY(b.error.contains(QLatin1String("created_at")));
        QVERIFY(b.error.contains(QLatin1String("Prefix")));
    }

    void filtersAreBoundNeverInlined() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        const QString evil = QStringLiteral("x' OR '1'='1");
        q.filters = {{QStringLiteral("user_email"), Filter::Op::Prefix, evil},
                     {QStringLiteral("active"), Filter::Op::IsTrue, {}},
                     {QStringLiteral("created_at"), Filter::Op::AtLeast, QStringLiteral("t0")},
                     {QStringLiteral("created_at"), Filter::Op::Before, QStringLiteral("t1")}};
        const BuiltQuery b = c.pageQuery(q);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QVERIFY(!b.sql.contains(evil));
        QVERIFY(b.sql.contains(QLatin1String("u.email ILIKE ?")));
        QVERIFY(b.sql.contains(QLatin1String("((s.expires_at > now())) IS TRUE")));
        QVERIFY(b.sql.contains(QLatin1String("s.created_at >= ?")));
        QVERIFY(b.sql.contains(QLatin1String("s.created_at < ?")));
        QCOMPARE(b.params.size(), 3);
        QCOMPARE(b.params.at(0).toString(), evil + QLatin1Char('%'));
        QCOMPARE(b.sql.count(QLatin1Char('?')), b.params.size());
    }

    void prefixEscapesWildcards() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("users");
        q.filters = {{QStringLiteral("email"), Filter::Op::Prefix, QStringLiteral("a_b%c\\d")}};
        const BuiltQuery b = c.pageQuery(q);
        QCOMPARE(b.params.at(0).toString(), QStringLiteral("a\\_b\\%c\\\\d%"));
    }

    void nullableSortKeyPagesBothRuns() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("sandboxes");
        q.sortColumn = QStringLiteral("last_accessed");
        BuiltQuery b = c.pageQuery(q);
        QVERIFY2(b.error.isEmpty(), qPrintable(b.error));
        QVERIFY(b.sql.contains(QLatin1String("b.last_accessed IS NOT NULL")));
        QVERIFY(b.sql.contains(QLatin1String("b.last_accessed IS NULL")));
        QVERIFY(b.sql.contains(QLatin1String("UNION ALL")));
        // Inside the NULL run, only the NULL run continues, by id.
        q.after = QVariantList{QVariant(), QStringLiteral("id")};
        b = c.pageQuery(q);
        QVERIFY(!b.sql.contains(QLatin1String("IS NOT NULL")));
        QVERIFY(b.sql.contains(QLatin1String("b.id < ?")));
        QCOMPARE(b.params.size(), 1);
        q.after = QVariantList{QStringLiteral("2026-01-01"), QStringLiteral("id")};
        b = c.pageQuery(q);
        QCOMPARE(b.params.size(), 2);
        QCOMPARE(b.sql.count(QLatin1Char('?')), 2);
    }

    void limitIsBounded() {
        DatasetCatalog c;
        PageQuery q;
        q.dataset = QStringLiteral("users");
        q.limit = 1000000;
        QVERIFY(c.pageQuery(q).sql.endsWith(QLatin1String("LIMIT 1000")));
    }

    void countIsEstimatedUnlessSelective() {
        DatasetCatalog c;
        bool estimated = false;
        BuiltQuery b = c.countQuery(QStringLiteral("command_history"), {}, &estimated);
        QVERIFY(estimated);
        QVERIFY(b.sql.contains(QLatin1String("reltuples")));
        QVERIFY(b.sql.contains(QLatin1String("pg_inherits")));
        b = c.countQuery(QStringLiteral("command_history"),
                         {{QStringLiteral("session_id"), Filter::Op::Equals, QStringLiteral("s")}},
                         &estimated);
        QVERIFY(!estimated);
        QVERIFY(b.sql.contains(QLatin1String("count(*)")));
        QCOMPARE(b.countCap, 0);
        // command_history.user_id has no index of its own: the filter also goes
        // through the user's (indexed) sessions, so an exact count is cheap.
        b = c.countQuery(QStringLiteral("command_history"),
                         {{QStringLiteral("user_id"), Filter::Op::Equals, QStringLiteral("u")}},
                         &estimated);
        QVERIFY(!estimated);
        QVERIFY(b.sql.contains(QLatin1String("s.user_id = ?")));
        QCOMPARE(b.params.count(QStringLiteral("u")), 2);
        // A filter with no index path at all is capped, not a 10M-row count.
        b = c.countQuery(QStringLiteral("command_history"),
                         {{QStringLiteral("command"), Filter::Op::Prefix, QStringLiteral("ls")}},
                         &estimated);
        QVERIFY(estimated);
        QVERIFY(b.countCap > 0);
        QVERIFY(b.sql.contains(QLatin1String("LIMIT")));
        b = c.countQuery(QStringLiteral("users"), {{QStringLiteral("nope"), Filter::Op::Equals, 1}},
                         &estimated);
        QVERIFY(b.error.contains(QLatin1String("nope")));
    }
};

QTEST_GUILESS_MAIN(TstDatasetCatalog)
#include "tst_datasetcatalog.moc"
