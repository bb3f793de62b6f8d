#include "db/DbWorker.h"
#include "db/PgStatement.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <libpq-fe.h>

// DbWorker, second half: running one request on the open connection and
// turning its failure into a clear message (the connection's life is in
// DbWorker.cpp).

namespace tpp::db {

namespace {

constexpr int kMaxQueryRows = 10000; // query() is for small answers; pages have LIMIT

} // namespace

void DbWorker::run(const DbRequest& request) {
    switch (request.kind) {
    case DbRequest::Kind::Page:
        runPage(request);
        break;
    case DbRequest::Kind::Count:
        runCount(request);
        break;
    case DbRequest::Kind::Query:
        runQuery(request);
        break;
    }
}

bool DbWorker::exec(const QString& sql, const QVariantList& params, const ColumnSink& onColumns,
                    const RowSink& onRow, QString& error, bool& lost, qint64* rowsAffected) {
    const PgStatement::Outcome o = PgStatement::run(m_pg, sql, params, onColumns, onRow);
    if (rowsAffected)
        *rowsAffected = o.rowsAffected;
    if (o.ok)
        return true;
    const QString& state = o.sqlState;
    lost = m_pg == nullptr || PQstatus(m_pg) != CONNECTION_OK ||
           state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
    bool cancelledByUs = false;
    {
        QMutexLocker lock(&m_mutex);
        cancelledByUs = m_runningCancelled;
    }
    if (state == QLatin1String("57014")) {
        error =
            cancelledByUs
                ? QCoreApplication::translate("tpp::db::DbWorker", "the query was cancelled")
                : QCoreApplication::translate(
                      "tpp::db::DbWorker",
                      "the query ran longer than %1 s on %2 and was stopped (statement timeout)")
                      .arg(m_settings.statementTimeoutMs / 1000.0)
                      .arg(m_settings.describe());
    } else if (state == QLatin1String("42P01")) {
        error = QCoreApplication::translate("tpp::db::DbWorker", "a table is missing on %1: %2")
                    .arg(m_settings.describe(), o.message);
    } else if (state == QLatin1String("42703")) {
        error = QCoreApplication::translate("tpp::db::DbWorker", "a column is missing on %1: %2")
                    .arg(m_settings.describe(), o.message);
    } else if (lost) {
        error =
            QCoreApplication::translate("tpp::db::DbWorker", "the connection to %1 was lost: %2")
                .arg(m_settings.describe(), o.message);
    } else {
        error = QCoreApplication::translate("tpp::db::DbWorker", "the query failed on %1: %2")
                    .arg(m_settings.describe(), o.message);
    }
    if (lost)
        m_lostReason = error; // acted on after the request (processQueue)
    return false;
}

void DbWorker::runPage(const DbRequest& r) {
    QElapsedTimer timer;
    timer.start();
    PageResult res;
    res.requestId = r.id;
    res.dataset = r.page.dataset;
    const BuiltQuery b = m_catalog.pageQuery(r.page);
    if (!b.error.isEmpty()) {
        res.error = b.error;
        Q_EMIT pageReady(res);
        return;
    }
    // Columns named __… are the catalog's helpers (exact key as text, the
    // UNION's ordering): they become the keys, not row values.
    QList<int> keep;
    int sk = -1;
    int id = -1;
    const auto onColumns = [&](const QStringList& names) {
        for (int i = 0; i < names.size(); ++i) {
            if (names[i] == QLatin1String("__sk"))
                sk = i;
            else if (names[i] == QLatin1String("__id"))
                id = i;
            else if (!names[i].startsWith(QLatin1String("__"))) {
                keep << i;
                res.columns << names[i];
            }
        }
    };
    QList<QVariantList> keys;
    const int limit = qBound(1, r.page.limit, 1000);
    const auto onRow = [&](QVariantList&& values) {
        QVariantList row;
        row.reserve(keep.size());
        for (int i : keep)
            row << values.at(i);
        res.rows << row;
        const QVariant& skv = values.at(sk);
        keys << QVariantList{skv.isNull() ? QVariant() : skv, values.at(id)};
        return res.rows.size() < limit;
    };
    if (!exec(b.sql, b.params, onColumns, onRow, res.error, res.connectionLost)) {
        res.rows.clear();
        res.columns.clear();
        res.elapsedMs = timer.elapsed();
        Q_EMIT pageReady(res);
        return;
    }
    if (r.page.backward) {
        std::reverse(res.rows.begin(), res.rows.end());
        std::reverse(keys.begin(), keys.end());
    }
    res.reachedEnd = res.rows.size() < limit;
    if (!keys.isEmpty()) {
        res.firstKey = keys.first();
        res.lastKey = keys.last();
    }
    res.elapsedMs = timer.elapsed();
    Q_EMIT pageReady(res);
}

void DbWorker::runCount(const DbRequest& r) {
    bool estimated = true;
    const BuiltQuery b = m_catalog.countQuery(r.dataset, r.filters, &estimated);
    if (!b.error.isEmpty()) {
        Q_EMIT countReady(r.id, -1, estimated, b.error);
        return;
    }
    QString error;
    bool lost = false;
    qint64 rows = 0;
    const auto onRow = [&](QVariantList&& values) {
        rows = values.value(0).toLongLong();
        return false;
    };
    if (!exec(
            b.sql, b.params, [](const QStringList&) {}, onRow, error, lost)) {
        Q_EMIT countReady(r.id, -1, estimated, error);
        return;
    }
    if (b.countCap > 0)
        estimated = rows >= b.countCap;
    Q_EMIT countReady(r.id, rows, estimated, {});
}

void DbWorker::runQuery(const DbRequest& r) {
    QElapsedTimer timer;
    timer.start();
    QueryResult res;
    res.requestId = r.id;
    bool tooMany = false;
    const auto onRow = [&](QVariantList&& values) {
        if (res.rows.size() >= kMaxQueryRows) {
            tooMany = true;
            return false;
        }
        res.rows << std::move(values);
        return true;
    };
    if (exec(
            r.sql, r.params, [&](const QStringList& names) { res.columns = names; }, onRow,
            res.error, res.connectionLost, &res.rowsAffected) &&
        tooMany) {
        res.error = QCoreApplication::translate("tpp::db::DbWorker",
                                                "the answer has more than %1 rows; use a page")
                        .arg(kMaxQueryRows);
    }
    res.elapsedMs = timer.elapsed();
    Q_EMIT queryFinished(res);
}

void DbWorker::answerFailure(const DbRequest& r, const QString& error, bool lost) {
    switch (r.kind) {
    case DbRequest::Kind::Page: {
        PageResult res;
        res.requestId = r.id;
        res.dataset = r.page.dataset;
        res.error = error;
        res.connectionLost = lost;
        Q_EMIT pageReady(res);
        break;
    }
    case DbRequest::Kind::Count:
        Q_EMIT countReady(r.id, -1, true, error);
        break;
    case DbRequest::Kind::Query: {
        QueryResult res;
        res.requestId = r.id;
        res.error = error;
        res.connectionLost = lost;
        Q_EMIT queryFinished(res);
        break;
    }
    }
}

} // namespace tpp::db
