// PlatformDb against the stack/ PostgreSQL: connecting, clear errors, the
// statement timeout and cancel with a responsive GUI thread, keyset paging
// with ties and concurrent inserts, the schema check, and a server restart.
#include "../common/StackEnv.h"
#include "core/SourceStatus.h"
#include "db/PlatformDb.h"

#include <QElapsedTimer>
#include <QSet>
#include <QTcpServer>
#include <QTest>
#include <QTimer>
#include <QUuid>

#include <functional>

using namespace tpp;
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

// Counts ticks of a 20 ms timer on the GUI thread while the database works.
struct Heartbeat {
    QTimer timer;
    int ticks = 0;
    Heartbeat() {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] { ++ticks; });
        timer.start();
    }
};

PageQuery pageOf(const QString& dataset) {
    PageQuery q;
    q.dataset = dataset;
    return q;
}

QString uuid() {
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TstPlatformDb : public QObject {
    Q_OBJECT
    test::StackEnv m_stack;
    QString m_user; // a test user owning the rows the paging tests insert

    PageResult page(PlatformDb& db, const PageQuery& q) {
        PageResult out;
        bool got = false;
        const quint64 id = db.fetchPage(q);
        auto c = connect(&db, &PlatformDb::pageReady, this, [&](const PageResult& r) {
            if (r.requestId == id) {
                out = r;
                got = true;
            }
        });
        waitFor([&] { return got; }, 30000);
        disconnect(c);
        if (!got)
            out.error = QStringLiteral("no answer");
        return out;
    }
    QueryResult query(PlatformDb& db, const QString& sql) {
        QueryResult out;
        bool got = false;
        const quint64 id = db.query(sql);
        auto c = connect(&db, &PlatformDb::queryFinished, this, [&](const QueryResult& r) {
            if (r.requestId == id) {
                out = r;
                got = true;
            }
        });
        waitFor([&] { return got; }, 30000);
        disconnect(c);
        if (!got)
            out.error = QStringLiteral("no answer");
        return out;
    }
    static bool openAndWait(PlatformDb& db, const ConnectionSettings& s) {
        db.open(s);
        return waitFor([&] { return db.state() == PlatformDb::State::Connected; }, 20000);
    }
    // Every row of a filtered dataset, page by page; ids in display order.
    QStringList pageAll(PlatformDb& db, PageQuery q, int* pages = nullptr,
                        const std::function<void(int)>& betweenPages = {},
                        bool keysFromRows = false) {
        QStringList ids;
        int n = 0;
        for (;;) {
            const PageResult r = page(db, q);
            if (!r.error.isEmpty()) {
                qWarning("%s", qPrintable(r.error));
                return {};
            }
            const int idCol = r.columns.indexOf(QStringLiteral("id"));
            for (const QVariantList& row : r.rows)
                ids << row.at(idCol).toString();
            ++n;
            if (r.reachedEnd || r.rows.isEmpty())
                break;
            q.after = r.lastKey;
            if (keysFromRows) {
                // As a model holding only rows would: QDateTime (ms) and the id.
                const int sortCol = r.columns.indexOf(
                    q.sortColumn.isEmpty() ? QStringLiteral("created_at") : q.sortColumn);
                q.after = QVariantList{r.rows.last().at(sortCol), r.rows.last().at(idCol)};
            }
            if (betweenPages)
                betweenPages(n);
        }
        if (pages)
            *pages = n;
        return ids;
    }

private Q_SLOTS:
    void initTestCase() {
        if (!m_stack.load())
            QSKIP("TPP_STACK_DIR with a stack.env is needed");
        m_user = uuid();
        bool ok = false;
        m_stack.psql(QStringLiteral("INSERT INTO users (id, email, name, created_at) VALUES "
                                    "('%1', 'paging-%1@example.test', 'Paging Test', "
                                    "'2001-01-01')")
                         .arg(m_user),
                     {}, &ok);
        QVERIFY(ok);
    }
    void cleanupTestCase() {
        if (m_user.isEmpty())
            return;
        m_stack.psql(QStringLiteral("DELETE FROM sessions WHERE user_id = '%1'; DELETE FROM "
                                    "sandboxes WHERE user_id = '%1'; DELETE FROM users WHERE id "
                                    "= '%1'")
                         .arg(m_user));
    }

    void connectsAndReportsToSourceStatus() {
        SourceStatus status;
        PlatformDb db(&status);
        QList<PlatformDb::State> states;
        connect(&db, &PlatformDb::stateChanged, this,
                [&](PlatformDb::State s, const QString&) { states << s; });
        QVERIFY(openAndWait(db, m_stack.console()));
        QCOMPARE(states.first(), PlatformDb::State::Connecting);
        QCOMPARE(status.snapshot(Source::Database).state, SourceState::Connected);
        QVERIFY(db.schema().checked);
        QVERIFY2(db.schema().complete(), qPrintable(db.schema().disabledFeatures.join(u';')));
        QVERIFY2(!db.schema().auditTable.isEmpty(), qPrintable(db.schema().auditProblem));
        QVERIFY(db.schema().datasetAvailable(QStringLiteral("command_history")));
        const QueryResult r =
            query(db, QStringLiteral("SELECT current_setting('application_name')"));
        QCOMPARE(r.rows.value(0).value(0).toString(), QStringLiteral("tpp-console"));
        bool estimated = false;
        qint64 rows = -2;
        db.count(QStringLiteral("command_history"), {});
        auto c = connect(&db, &PlatformDb::countReady, this,
                         [&](quint64, qint64 n, bool e, const QString&) {
                             rows = n;
                             estimated = e;
                         });
        QVERIFY(waitFor([&] { return rows != -2; }, 10000));
        disconnect(c);
        QVERIFY(rows > 0);
        QVERIFY(estimated);
    }

    void connectsWithALibpqUri() {
        ConnectionSettings s;
        s.uri = m_stack.value("TPP_PG_DSN"); // carries the password and sslmode=disable
        QVERIFY(!s.uri.isEmpty());
        QVERIFY(!s.describe().contains(m_stack.value("TPP_PG_PASSWORD")));
        PlatformDb db(nullptr);
        QVERIFY2(openAndWait(db, s), qPrintable(db.lastError()));
        QCOMPARE(query(db, QStringLiteral("SELECT current_user")).rows.value(0).value(0).toString(),
                 m_stack.value("TPP_PG_USER"));
    }

    void wrongPasswordSaysSoWithoutThePassword() {
        SourceStatus status;
        PlatformDb db(&status);
        Heartbeat beat;
        ConnectionSettings s = m_stack.console();
        s.password = QStringLiteral("not-the-password-4711");
        db.open(s);
        QVERIFY(waitFor([&] { return db.state() == PlatformDb::State::Reconnecting; }, 10000));
        const QString e = db.lastError();
        qInfo("message: %s", qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("password authentication failed")), qPrintable(e));
        QVERIFY2(e.contains(s.describe()), qPrintable(e));
        QVERIFY(!e.contains(s.password));
        QCOMPARE(status.snapshot(Source::Database).state, SourceState::Down);
        QVERIFY(status.snapshot(Source::Database).detail.contains(QLatin1String("password")));
        QTest::qWait(100); // the answer may come within a tick; the timer must keep running
        QVERIFY(beat.ticks > 0);
        // Requests while down answer at once, marked for a retry.
        const PageResult r = page(db, pageOf(QStringLiteral("users")));
        QVERIFY(r.connectionLost);
        QVERIFY(!r.error.isEmpty());
    }

    void unreachableHostSaysSo() {
        QTcpServer probe; // a port that was free a moment ago: nothing listens there
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        PlatformDb db(nullptr);
        Heartbeat beat;
        ConnectionSettings s = m_stack.console();
        s.port = port;
        db.open(s);
        QVERIFY(waitFor([&] { return db.state() == PlatformDb::State::Reconnecting; }, 10000));
        const QString e = db.lastError();
        qInfo("message: %s", qPrintable(e));
        QVERIFY2(e.contains(QLatin1String("refused")), qPrintable(e));
        QVERIFY2(e.contains(QString::number(port)), qPrintable(e));
        QVERIFY(e.contains(QLatin1String("retrying")));
        QTest::qWait(100); // refused is instant; the timer must still run meanwhile
        QVERIFY(beat.ticks > 0);
    }

    void statementTimeoutIsClearAndTheGuiKeepsRunning() {
        PlatformDb db(nullptr);
        ConnectionSettings s = m_stack.console();
        s.statementTimeoutMs = 500;
        QVERIFY(openAndWait(db, s));
        Heartbeat beat;
        QElapsedTimer t;
        t.start();
        const QueryResult r = query(db, QStringLiteral("SELECT pg_sleep(5)"));
        qInfo("message: %s", qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("statement timeout")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QLatin1String("0.5 s")), qPrintable(r.error));
        QVERIFY(!r.connectionLost);
        QVERIFY(t.elapsed() < 4000);
        // 20 ms ticks over ≥ 500 ms: the GUI thread was never blocked.
        QVERIFY2(beat.ticks >= 15, qPrintable(QString::number(beat.ticks)));
        QCOMPARE(db.state(), PlatformDb::State::Connected);
        QCOMPARE(query(db, QStringLiteral("SELECT 1")).error, QString());
    }

    void cancelStopsRunningAndDropsQueued() {
        PlatformDb db(nullptr);
        ConnectionSettings s = m_stack.console();
        s.statementTimeoutMs = 30000;
        QVERIFY(openAndWait(db, s));
        QHash<quint64, QueryResult> answers;
        connect(&db, &PlatformDb::queryFinished, this,
                [&](const QueryResult& r) { answers.insert(r.requestId, r); });
        QElapsedTimer t;
        t.start();
        const quint64 running = db.query(QStringLiteral("SELECT pg_sleep(20)"));
        const quint64 queued = db.query(QStringLiteral("SELECT 42"));
        const quint64 after = db.query(QStringLiteral("SELECT 43"));
        QTest::qWait(300);
        db.cancel(queued);
        db.cancel(running);
        QVERIFY(waitFor([&] { return answers.size() == 3; }, 10000));
        QVERIFY(t.elapsed() < 5000);
        QVERIFY2(answers[running].error.contains(QLatin1String("cancelled")),
                 qPrintable(answers[running].error));
        QVERIFY(answers[queued].error.contains(QLatin1String("cancelled")));
        QCOMPARE(answers[after].rows.value(0).value(0).toInt(), 43);
    }

    void pagingWithTiesAndInsertsLosesNothing() {
        // 25 sessions at one instant, 10 at another (microseconds matter).
        bool ok = false;
        m_stack.psql(QStringLiteral("INSERT INTO sessions (id, user_id, created_at, expires_at) "
                                    "SELECT gen_random_uuid(), '%1', t, now() + interval '1 day' "
                                    "FROM (SELECT '2026-01-01 10:00:00.123456+00'::timestamptz "
                                    "FROM generate_series(1,25) UNION ALL SELECT "
                                    "'2026-01-01 09:00:00.654321+00' FROM generate_series(1,10)) "
                                    "AS x(t)")
                         .arg(m_user),
                     {}, &ok);
        QVERIFY(ok);
        const QStringList expected =
            m_stack
                .psql(QStringLiteral("SELECT id FROM sessions WHERE user_id = '%1' ORDER BY "
                                     "created_at DESC, id DESC")
                          .arg(m_user))
                .split(u'\n');
        QCOMPARE(expected.size(), 35);

        PlatformDb db(nullptr);
        QVERIFY(openAndWait(db, m_stack.console()));
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        q.filters = {{QStringLiteral("user_id"), Filter::Op::Equals, m_user}};
        q.limit = 4;
        int pages = 0;
        QCOMPARE(pageAll(db, q, &pages), expected);
        QCOMPARE(pages, 9);

        // Backward from the end gives the same rows, page by page.
        PageQuery back = q;
        back.backward = true;
        QStringList reversed;
        for (;;) {
            const PageResult r = page(db, back);
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            QStringList ids;
            for (const QVariantList& row : r.rows)
                ids << row.at(0).toString();
            reversed = ids + reversed;
            if (r.reachedEnd)
                break;
            back.after = r.firstKey;
        }
        QCOMPARE(reversed, expected);

        // Seek: the page starting at the earlier instant.
        PageQuery seek = q;
        seek.seek = QVariant(QStringLiteral("2026-01-01 09:00:00.654321+00"));
        seek.limit = 50;
        QCOMPARE(page(db, seek).rows.size(), 10);

        // Rows inserted while paging (newer, older, tied): every row that existed
        // at the start is seen exactly once, in order.
        const QStringList seen = pageAll(db, q, nullptr, [&](int n) {
            if (n == 2)
                m_stack.psql(
                    QStringLiteral("INSERT INTO sessions (id, user_id, created_at, expires_at) "
                                   "SELECT gen_random_uuid(), '%1', t, now() FROM (VALUES "
                                   "('2027-01-01'::timestamptz), ('2026-01-01 10:00:00.123456+00'),"
                                   " ('2026-01-01 09:00:00.654321+00'), ('2025-01-01')) AS x(t)")
                        .arg(m_user));
        });
        QStringList original;
        for (const QString& id : seen)
            if (expected.contains(id))
                original << id;
        QCOMPARE(original, expected);
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), seen.size());
        QVERIFY(seen.size() >= 36); // the older row (2025) lies ahead and appears

        // count with a selective filter is exact.
        qint64 rows = -2;
        bool estimated = true;
        auto c = connect(&db, &PlatformDb::countReady, this,
                         [&](quint64, qint64 n, bool e, const QString&) {
                             rows = n;
                             estimated = e;
                         });
        db.count(QStringLiteral("sessions"), q.filters);
        QVERIFY(waitFor([&] { return rows != -2; }, 10000));
        disconnect(c);
        QCOMPARE(rows, 39);
        QVERIFY(!estimated);
    }

    void nullableSortKeyPagesEveryRow() {
        // Sandboxes never accessed (NULL) and tied last_accessed values.
        bool ok = false;
        m_stack.psql(QStringLiteral(
                         "INSERT INTO sandboxes (id, user_id, status, image, created_at, "
                         "last_accessed) SELECT gen_random_uuid(), '%1', 'stopped', 'img', now(), "
                         "CASE WHEN i <= 7 THEN NULL WHEN i <= 12 THEN '2026-02-02 "
                         "02:02:02.020202+00'::timestamptz ELSE '2026-02-01'::timestamptz + i * "
                         "interval '1 us' END FROM generate_series(1, 16) AS i")
                         .arg(m_user),
                     {}, &ok);
        QVERIFY(ok);
        PlatformDb db(nullptr);
        QVERIFY(openAndWait(db, m_stack.console()));
        for (Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            const QString dir =
                order == Qt::DescendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
            const QStringList expected =
                m_stack
                    .psql(QStringLiteral("SELECT id FROM sandboxes WHERE user_id = '%1' ORDER "
                                         "BY last_accessed %2 NULLS LAST, id %2")
                              .arg(m_user, dir))
                    .split(u'\n');
            QCOMPARE(expected.size(), 16);
            PageQuery q;
            q.dataset = QStringLiteral("sandboxes");
            q.sortColumn = QStringLiteral("last_accessed");
            q.order = order;
            q.filters = {{QStringLiteral("user_id"), Filter::Op::Equals, m_user}};
            q.limit = 3;
            QCOMPARE(pageAll(db, q), expected);
            // Rows 13..16 differ by microseconds only: keys taken from the rows'
            // QDateTime values (milliseconds) must still page exactly.
            QCOMPARE(pageAll(db, q, nullptr, {}, true), expected);
            // And backward from the end.
            PageQuery back = q;
            back.backward = true;
            QStringList reversed;
            for (int guard = 0; guard < 20; ++guard) {
                const PageResult r = page(db, back);
                QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
                QStringList ids;
                for (const QVariantList& row : r.rows)
                    ids << row.at(0).toString();
                reversed = ids + reversed;
                if (r.reachedEnd)
                    break;
                back.after = r.firstKey;
            }
            QCOMPARE(reversed, expected);
        }
    }

    void schemaCheckNamesWhatIsMissing() {
        const QString scratch =
            QStringLiteral("tpp_scratch_%1").arg(QCoreApplication::applicationPid());
        m_stack.psql(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(scratch));
        bool ok = false;
        m_stack.psql(QStringLiteral("CREATE DATABASE %1").arg(scratch), QStringLiteral("postgres"),
                     &ok);
        QVERIFY(ok);
        // A partial schema: users without email, file_versions only, nothing else.
        m_stack.psql(QStringLiteral("CREATE TABLE users (id uuid PRIMARY KEY, name text, plan "
                                    "text, is_active bool, created_at timestamptz, last_login_at "
                                    "timestamptz); CREATE TABLE file_versions (id bigint, "
                                    "sandbox_id uuid, file_path text, version int, size_bytes "
                                    "bigint, content_hash text, created_at timestamptz)"),
                     scratch, &ok);
        QVERIFY(ok);
        {
            PlatformDb db(nullptr);
            ConnectionSettings s = m_stack.superuser();
            s.database = scratch;
            QVERIFY(openAndWait(db, s));
            const SchemaReport& r = db.schema();
            QVERIFY(r.checked);
            QVERIFY(!r.complete());
            QVERIFY(r.missingTables.contains(QStringLiteral("sessions")));
            QVERIFY(r.missingTables.contains(QStringLiteral("command_history")));
            QVERIFY(!r.missingTables.contains(QStringLiteral("users")));
            QCOMPARE(r.missingColumns.value(QStringLiteral("users")),
                     QStringList{QStringLiteral("email")});
            QVERIFY(!r.datasetAvailable(QStringLiteral("users")));
            QVERIFY(!r.datasetAvailable(QStringLiteral("sessions")));
            QVERIFY(r.datasetAvailable(QStringLiteral("file_versions")));
            const QString features = r.disabledFeatures.join(u'\n');
            QVERIFY2(features.contains(QLatin1String("column users.email is missing")),
                     qPrintable(features));
            QVERIFY2(features.contains(QLatin1String("table sessions is missing")),
                     qPrintable(features));
            // A query on a missing table names it.
            const PageResult p = page(db, pageOf(QStringLiteral("sessions")));
            qInfo("message: %s", qPrintable(p.error));
            qInfo("disabled: %s", qPrintable(r.disabledFeatures.join(QLatin1String(" | "))));
            QVERIFY2(p.error.contains(QLatin1String("sessions")), qPrintable(p.error));
            QVERIFY(p.error.contains(QLatin1String("missing")));
            QVERIFY(!p.connectionLost);
        }
        m_stack.psql(QStringLiteral("DROP DATABASE %1").arg(scratch), QStringLiteral("postgres"));
    }

    void serverRestartMidPagingRecovers() {
        SourceStatus status;
        QList<SourceState> shown;
        connect(&status, &SourceStatus::changed, this, [&](Source s) {
            if (s == Source::Database &&
                (shown.isEmpty() || shown.last() != status.snapshot(s).state))
                shown << status.snapshot(s).state;
        });
        PlatformDb db(&status);
        QList<PlatformDb::State> states;
        connect(&db, &PlatformDb::stateChanged, this,
                [&](PlatformDb::State s, const QString&) { states << s; });
        QVERIFY(openAndWait(db, m_stack.console()));
        PageQuery q;
        q.dataset = QStringLiteral("sessions");
        q.limit = 50;
        const PageResult first = page(db, q);
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        q.after = first.lastKey;
        const PageResult second = page(db, q); // what the page after must be

        QVERIFY(m_stack.ctl({QStringLiteral("stop"), QStringLiteral("postgres")}));
        // Noticed without a query (socket watch), or by the next one.
        PageResult during = page(db, q);
        QVERIFY(during.connectionLost || db.state() != PlatformDb::State::Connected);
        QVERIFY(waitFor([&] { return db.state() == PlatformDb::State::Reconnecting; }, 20000));
        QCOMPARE(status.snapshot(Source::Database).state, SourceState::Down);
        QVERIFY(m_stack.ctl({QStringLiteral("start"), QStringLiteral("postgres")}));
        QVERIFY(waitFor([&] { return db.state() == PlatformDb::State::Connected; }, 40000));
        const PageResult resumed = page(db, q);
        QVERIFY2(resumed.error.isEmpty(), qPrintable(resumed.error));
        QCOMPARE(resumed.rows.value(0).value(0), second.rows.value(0).value(0));
        QVERIFY(states.contains(PlatformDb::State::Reconnecting));
        QCOMPARE(states.last(), PlatformDb::State::Connected);
        QVERIFY(shown.contains(SourceState::Down));
        QCOMPARE(shown.last(), SourceState::Connected);
    }
};

QTEST_GUILESS_MAIN(TstPlatformDb)
#include "tst_platformdb.moc"
