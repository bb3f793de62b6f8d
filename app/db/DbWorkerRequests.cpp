#include "db/DbWorker.h"
#include "db/SqlText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

// DbWorker, second half: running one request on the open connection and
// turning its failure into a clear message (the connection's life is in
// DbWorker.cpp).

namespace tpp::db {

using detail::serverText;

namespace {

constexpr int kMaxQueryRows = 10000; // query() is for small answers; pages have LIMIT

QSqlDatabase connection(const QString& name) {
    return QSqlDatabase::database(name, false);
}

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

bool DbWorker::exec(QSqlQuery& query, const QString& sql, const QVariantList& params,
                    QString& error, bool& lost) {
    // Forward-only lets QPSQL use libpq's single-row mode: rows are not all
    // buffered before the first is read.
    query.setForwardOnly(true);
    bool ok = false;
    if (params.isEmpty()) {
        // Nothing to bind: run it as it is (SHOW, SET, DDL cannot be PREPAREd).
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (const QVariant& p : params)
                query.addBindValue(p);
            ok = query.exec();
        }
    }
    if (ok)
        return true;
    const QSqlError e = query.lastError();
    const QString state = e.nativeErrorCode();
    lost = e.type() == QSqlError::ConnectionError || connectionBad() ||
           state.startsWith(QLatin1String("08")) || state == QLatin1String("57P01") ||
           state == QLatin1String("57P02") || state == QLatin1String("57P03");
    bool cancelledByUs = false;
    {
        QMutexLocker lock(&m_mutex);
        cancelledByUs = m_runningCancelled;
    }
    if (state == QLatin1String("57014")) {
        error = cancelledByUs
                    ? QCoreApplication::translate("tpp::db::DbWorker", "the query was cancelled")
                    : QCoreApplication::translate(
                          "tpp::db::DbWorker",
                          "the query ran longer than %1 s and was stopped (statement timeout)")
                          .arg(m_settings.statementTimeoutMs / 1000.0);
    } else if (state == QLatin1String("42P01")) {
        error = QCoreApplication::translate("tpp::db::DbWorker", "a table is missing on %1: %2")
                    .arg(m_settings.describe(), serverText(e));
    } else if (state == QLatin1String("42703")) {
        error = QCoreApplication::translate("tpp::db::DbWorker", "a column is missing on %1: %2")
                    .arg(m_settings.describe(), serverText(e));
    } else if (lost) {
        error =
            QCoreApplication::translate("tpp::db::DbWorker", "the connection to %1 was lost: %2")
                .arg(m_settings.describe(), serverText(e));
    } else {
        error = QCoreApplication::translate("tpp::db::DbWorker", "the query failed on %1: %2")
                    .arg(m_settings.describe(), serverText(e));
    }
    if (lost)
        m_lostReason = error; // acted on once the QSqlQuery is gone (processQueue)
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
    QSqlQuery q(connection(m_connName));
    if (!exec(q, b.sql, b.params, res.error, res.connectionLost)) {
        res.elapsedMs = timer.elapsed();
        Q_EMIT pageReady(res);
        return;
    }
    const QSqlRecord rec = q.record();
    QList<int> keep;
    int sk = -1;
    int id = -1;
    for (int i = 0; i < rec.count(); ++i) {
        const QString name = rec.fieldName(i);
        if (name == QLatin1String("__sk"))
            sk = i;
        else if (name == QLatin1String("__id"))
            id = i;
        else if (!name.startsWith(QLatin1String("__"))) {
            keep << i;
            res.columns << name;
        }
    }
    QList<QVariantList> keys;
    const int limit = qBound(1, r.page.limit, 1000);
    while (q.next() && res.rows.size() < limit) {
        QVariantList row;
        row.reserve(keep.size());
        for (int i : keep)
            row << q.value(i);
        res.rows << row;
        const QVariant skv = q.value(sk);
        keys << QVariantList{skv.isNull() ? QVariant() : skv, q.value(id)};
    }
    q.finish();
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
    QSqlQuery q(connection(m_connName));
    QString error;
    bool lost = false;
    if (!exec(q, b.sql, b.params, error, lost)) {
        Q_EMIT countReady(r.id, -1, estimated, error);
        return;
    }
    const qint64 rows = q.next() ? q.value(0).toLongLong() : 0;
    if (b.countCap > 0)
        estimated = rows >= b.countCap;
    Q_EMIT countReady(r.id, rows, estimated, {});
}

void DbWorker::runQuery(const DbRequest& r) {
    QElapsedTimer timer;
    timer.start();
    QueryResult res;
    res.requestId = r.id;
    QSqlQuery q(connection(m_connName));
    if (exec(q, r.sql, r.params, res.error, res.connectionLost)) {
        const QSqlRecord rec = q.record();
        for (int i = 0; i < rec.count(); ++i)
            res.columns << rec.fieldName(i);
        while (q.isSelect() && q.next()) {
            if (res.rows.size() >= kMaxQueryRows) {
                res.error = QCoreApplication::translate(
                                "tpp::db::DbWorker", "the answer has more than %1 rows; use a page")
                                .arg(kMaxQueryRows);
                break;
            }
            QVariantList row;
            for (int i = 0; i < rec.count(); ++i)
                row << q.value(i);
            res.rows << row;
        }
        res.rowsAffected = q.numRowsAffected();
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
