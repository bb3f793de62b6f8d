// bench_db: keyset pages through PlatformDb on the stack's sessions table, and
// the memory of scrolling 100,000 rows. Run by scripts/bench db (which adds
// psql's OFFSET timings and prints the summary line); not a test.
//
// Output, one "key=value" a line: rows, first_ms, mid_ms, last_ms (p50 of 20
// round trips, fetchPage() to pageReady on this thread), limit, mid_key,
// scrolled, rss_base_mb, rss_end_mb, rss_growth_mb, window.
#include "StackEnv.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"

#ifdef TPP_BENCH_WITH_MODEL
#include "PagedTableModel.h"
#endif

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>

using namespace tpp::db;

namespace {

void waitFor(const std::function<bool()>& done) {
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
}

double rssMb() {
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    return -1;
}

double median(QList<double> v) {
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : (v[(v.size() - 1) / 2] + v[v.size() / 2]) / 2;
}

PageResult fetch(PlatformDb& db, const PageQuery& q, double* ms) {
    PageResult out;
    bool got = false;
    QElapsedTimer t;
    t.start();
    const quint64 id = db.fetchPage(q);
    auto c = QObject::connect(&db, &PlatformDb::pageReady, &db, [&](const PageResult& r) {
        if (r.requestId == id) {
            out = r;
            got = true;
        }
    });
    waitFor([&] { return got; });
    if (ms)
        *ms = static_cast<double>(t.nsecsElapsed()) / 1e6;
    QObject::disconnect(c);
    return out;
}

QueryResult run(PlatformDb& db, const QString& sql) {
    QueryResult out;
    bool got = false;
    const quint64 id = db.query(sql);
    auto c = QObject::connect(&db, &PlatformDb::queryFinished, &db, [&](const QueryResult& r) {
        if (r.requestId == id) {
            out = r;
            got = true;
        }
    });
    waitFor([&] { return got; });
    QObject::disconnect(c);
    return out;
}

void print(const char* key, const QString& value) {
    std::printf("%s=%s\n", key, qPrintable(value));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    tpp::db::test::StackEnv stack;
    if (!stack.load()) {
        std::fprintf(stderr, "bench_db: TPP_STACK_DIR with a stack.env is needed\n");
        return 2;
    }
    const int runs = 20;
    const int limit = 200;
    PlatformDb db(nullptr);
    db.open(stack.console());
    waitFor([&] { return db.state() == PlatformDb::State::Connected; });
    if (db.state() != PlatformDb::State::Connected) {
        std::fprintf(stderr, "bench_db: %s\n", qPrintable(db.lastError()));
        return 1;
    }
    // Setup (not measured): the size, and the sort key at 50 % depth.
    const qint64 rows = run(db, QStringLiteral("SELECT count(*) FROM sessions"))
                            .rows.value(0)
                            .value(0)
                            .toLongLong();
    const QString midKey =
        run(db, QStringLiteral("SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY created_at)"
                               "::text FROM sessions"))
            .rows.value(0)
            .value(0)
            .toString();
    print("rows", QString::number(rows));
    print("limit", QString::number(limit));
    print("mid_key", midKey);

    PageQuery first;
    first.dataset = QStringLiteral("sessions");
    first.limit = limit;
    PageQuery mid = first;
    mid.seek = QVariant(midKey);
    PageQuery last = first;
    last.backward = true; // the page before "the end": the last page
    QList<double> tFirst, tMid, tLast;
    fetch(db, first, nullptr); // warm the connection's statement path
    for (int i = 0; i < runs; ++i) {
        double ms = 0;
        const PageResult a = fetch(db, first, &ms);
        tFirst << ms;
        const PageResult b = fetch(db, mid, &ms);
        tMid << ms;
        const PageResult c = fetch(db, last, &ms);
        tLast << ms;
        if (!a.error.isEmpty() || !b.error.isEmpty() || !c.error.isEmpty() ||
            a.rows.size() != limit || b.rows.size() != limit || c.rows.size() != limit) {
            std::fprintf(stderr, "bench_db: page failed: %s %s %s\n", qPrintable(a.error),
                         qPrintable(b.error), qPrintable(c.error));
            return 1;
        }
    }
    print("first_ms", QString::number(median(tFirst), 'f', 2));
    print("mid_ms", QString::number(median(tMid), 'f', 2));
    print("last_ms", QString::number(median(tLast), 'f', 2));

    // Memory: scroll 100,000 rows keeping a window of pages.
    const int target = 100000;
    int scrolled = 0;
    double base = 0;
#ifdef TPP_BENCH_WITH_MODEL
    const DatasetCatalog catalog;
    tpp::PagedTableModel model(&db, catalog.find(QStringLiteral("sessions")));
    model.setPageSize(limit);
    model.setMaxRows(3 * limit);
    QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model,
                     [&](const QModelIndex&, int a, int b) { scrolled += b - a + 1; });
    model.setQuery(first);
    waitFor([&] { return !model.isLoading(); });
    base = rssMb();
    while (scrolled < target && model.canFetchMore({})) {
        model.fetchMore({});
        waitFor([&] { return !model.isLoading(); });
    }
    print("window", QStringLiteral("PagedTableModel, %1 rows max").arg(3 * limit));
    if (!model.error().isEmpty())
        std::fprintf(stderr, "bench_db: model: %s\n", qPrintable(model.error()));
#else
    std::deque<PageResult> window; // what a view-backed model holds: 3 pages
    PageQuery q = first;
    PageResult p = fetch(db, q, nullptr);
    scrolled += static_cast<int>(p.rows.size());
    window.push_back(p);
    base = rssMb();
    while (scrolled < target && !p.reachedEnd) {
        q.after = p.lastKey;
        p = fetch(db, q, nullptr);
        if (!p.error.isEmpty())
            break;
        scrolled += static_cast<int>(p.rows.size());
        window.push_back(p);
        if (window.size() > 3)
            window.pop_front();
    }
    print("window", QStringLiteral("PlatformDb pages, 3 held"));
#endif
    const double end = rssMb();
    print("scrolled", QString::number(scrolled));
    print("rss_base_mb", QString::number(base, 'f', 1));
    print("rss_end_mb", QString::number(end, 'f', 1));
    print("rss_growth_mb", QString::number(end - base, 'f', 1));
    return scrolled >= target ? 0 : 1;
}
