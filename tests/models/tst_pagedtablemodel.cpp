// PagedTableModel against the stack/ PostgreSQL (TPP_STACK_DIR): the model
// passes QAbstractItemModelTester while it pages forward and back by key,
// never holds more than its window, and shows every row exactly once in
// key order — the same rows a direct keyset walk returns.
#include "../common/StackEnv.h"
#include "PagedTableModel.h"
#include "core/SourceStatus.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace tpp;

class tst_PagedTableModel : public QObject {
    Q_OBJECT
    SourceStatus m_status;
    db::PlatformDb* m_db = nullptr;
    db::DatasetCatalog m_catalog;

    bool waitIdle(PagedTableModel& model) {
        return QTest::qWaitFor([&] { return !model.isLoading(); }, 20000);
    }

private Q_SLOTS:
    void initTestCase() {
        db::test::StackEnv env;
        if (!env.load())
            QSKIP("TPP_STACK_DIR is not set: this test needs the stack/ PostgreSQL");
        const db::ConnectionSettings settings = env.console();
        m_db = new db::PlatformDb(&m_status, this);
        m_db->open(settings);
        QVERIFY(QTest::qWaitFor(
            [this] { return m_db->state() == db::PlatformDb::State::Connected; }, 20000));
    }

    void pagesForwardAndBackWithinItsWindow() {
        const db::Dataset* sessions = m_catalog.find(QStringLiteral("sessions"));
        QVERIFY(sessions);
        PagedTableModel model(m_db, sessions);
        model.setPageSize(100);
        model.setMaxRows(300);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy dropped(&model, &PagedTableModel::rowsDroppedAtTop);
        db::PageQuery query;
        query.sortColumn = QStringLiteral("created_at");
        model.setQuery(query);
        QVERIFY(waitIdle(model));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QCOMPARE(model.rowCount(), 100);
        QVERIFY(QTest::qWaitFor([&] { return model.total() > 0; }, 10000));
        QVERIFY(model.totalIsEstimate()); // a million-row total comes from the planner

        // Walk 12 pages down: the window stays at 300 rows, ids never repeat,
        // keys strictly descend across page boundaries.
        QSet<QString> seen;
        QVariantList lastKey;
        auto collect = [&](int from) {
            for (int row = from; row < model.rowCount(); ++row) {
                const QString id = model.value(row, QStringLiteral("id")).toString();
                QVERIFY2(!seen.contains(id), qPrintable(id));
                seen.insert(id);
                const QVariantList key =
                    model.index(row, 0).data(PagedTableModel::SortKeyRole).toList();
                if (!lastKey.isEmpty()) {
                    const bool descends = key.at(0).toDateTime() < lastKey.at(0).toDateTime() ||
                                          (key.at(0) == lastKey.at(0) &&
                                           key.at(1).toString() < lastKey.at(1).toString());
                    QVERIFY2(descends, "keys must strictly descend");
                }
                lastKey = key;
            }
        };
        collect(0);
        for (int page = 0; page < 11 && model.canFetchMore({}); ++page) {
            const int before = model.rowCount();
            const int droppedBefore = static_cast<int>(dropped.size());
            model.fetchMore({});
            QVERIFY(waitIdle(model));
            QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
            const int droppedNow = static_cast<int>(dropped.size()) > droppedBefore
                                       ? dropped.last().first().toInt()
                                       : 0;
            collect(before - droppedNow);
            QVERIFY(model.rowCount() <= 300);
        }
        QCOMPARE(seen.size(), 1200);
        QVERIFY(!dropped.isEmpty());
        QVERIFY(!model.atStart());

        // Back up: pages come back in front, in order, until the very start.
        const QString firstHeld = model.value(0, QStringLiteral("id")).toString();
        model.fetchPrevious();
        QVERIFY(waitIdle(model));
        QCOMPARE(model.value(100, QStringLiteral("id")).toString(), firstHeld);
        QVERIFY(model.rowCount() <= 300);
        int guard = 0;
        while (!model.atStart() && guard++ < 20) {
            model.fetchPrevious();
            QVERIFY(waitIdle(model));
        }
        QVERIFY(model.atStart());
        QCOMPARE(resets.size(), 1); // only the setQuery
    }

    void seeksToATime() {
        PagedTableModel model(m_db, m_catalog.find(QStringLiteral("sessions")));
        const QDateTime when = QDateTime::currentDateTimeUtc().addDays(-30);
        db::PageQuery query;
        query.sortColumn = QStringLiteral("created_at");
        model.setQuery(query);
        QVERIFY(waitIdle(model));
        model.seekTo(when);
        QVERIFY(waitIdle(model));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QVERIFY(model.rowCount() > 0);
        QVERIFY(model.value(0, QStringLiteral("created_at")).toDateTime() <= when);
        QVERIFY(!model.atStart());
        // Rows before the seek point are reachable by scrolling up.
        model.fetchPrevious();
        QVERIFY(waitIdle(model));
        QVERIFY(model.value(0, QStringLiteral("created_at")).toDateTime() >= when);
    }

    void passesTheModelTesterWhilePagingAndDropping() {
        // The tester itself calls fetchMore on every insert, so on a bounded
        // set (one user's sessions) it drives the model to the end through
        // tiny pages and a tiny window: inserts, drops and refills all checked.
        PagedTableModel users(m_db, m_catalog.find(QStringLiteral("users")));
        users.setQuery({});
        QVERIFY(waitIdle(users));
        QVERIFY(users.rowCount() > 0);
        const QVariant userId = users.value(0, QStringLiteral("id"));

        PagedTableModel model(m_db, m_catalog.find(QStringLiteral("sessions")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPageSize(2);
        model.setMaxRows(4);
        QSignalSpy dropped(&model, &PagedTableModel::rowsDroppedAtTop);
        db::PageQuery query;
        query.filters = {{QStringLiteral("user_id"), db::Filter::Op::Equals, userId}};
        model.setQuery(query);
        QVERIFY(QTest::qWaitFor([&] { return model.atEnd() && !model.isLoading(); }, 20000));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        QVERIFY(QTest::qWaitFor([&] { return model.total() >= 0; }, 10000));
        QVERIFY(!model.totalIsEstimate()); // a per-user count is exact and cheap
        if (model.total() > 4)
            QVERIFY(!dropped.isEmpty());
        QVERIFY(model.rowCount() <= 4);
        // One page back from the end: an insert at the top and a drop at the
        // bottom, checked by the tester (which then pulls forward again itself,
        // so the walk back to the start is tested without it, above).
        if (!model.atStart()) {
            model.fetchPrevious();
            QVERIFY(waitIdle(model));
        }
    }

    void filtersAndIndexedSortOnly() {
        PagedTableModel model(m_db, m_catalog.find(QStringLiteral("users")));
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        db::PageQuery query;
        query.filters = {{QStringLiteral("email"), db::Filter::Op::Prefix, QStringLiteral("a")}};
        model.setQuery(query);
        QVERIFY(waitIdle(model));
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(model.value(row, QStringLiteral("email"))
                        .toString()
                        .startsWith(u'a', Qt::CaseInsensitive));
        // Sorting on a column without an index is ignored (no reset, no query).
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        const int nameColumn = model.dataset().columnIndex(QStringLiteral("name"));
        if (nameColumn >= 0 && !model.dataset().columns.at(nameColumn).sortable) {
            model.sort(nameColumn, Qt::AscendingOrder);
            QCOMPARE(resets.size(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(tst_PagedTableModel)
#include "tst_pagedtablemodel.moc"
