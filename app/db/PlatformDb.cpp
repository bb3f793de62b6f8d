#include "db/PlatformDb.h"

#include "core/SourceStatus.h"
#include "db/DbWorker.h"

#include <QThread>

namespace tpp::db {

PlatformDb::PlatformDb(SourceStatus* status, QObject* parent)
    : QObject(parent)
    , m_status(status)
    , m_thread(new QThread(this))
    , m_worker(new DbWorker) {
    qRegisterMetaType<tpp::db::PageQuery>();
    qRegisterMetaType<tpp::db::PageResult>();
    qRegisterMetaType<tpp::db::QueryResult>();
    qRegisterMetaType<tpp::db::SchemaReport>();
    m_thread->setObjectName(QStringLiteral("tpp-platformdb"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &DbWorker::stateChanged, this, [this](int s, const QString& detail) {
        m_state = static_cast<State>(s);
        if (m_state == State::Reconnecting)
            m_lastError = detail;
        if (m_status) {
            switch (m_state) {
            case State::Disconnected:
                m_status->setState(Source::Database, SourceState::Disconnected, detail);
                break;
            case State::Connecting:
                m_status->setState(Source::Database, SourceState::Connecting, detail);
                break;
            case State::Connected:
                m_status->setState(Source::Database, SourceState::Connected, detail);
                break;
            case State::Reconnecting:
                // Down, not Connecting: what the pages show is stale until it is back.
                m_status->setState(Source::Database, SourceState::Down, detail);
                break;
            }
        }
        if (m_state == State::Connected)
            m_lastSuccess = QDateTime::currentDateTimeUtc();
        Q_EMIT stateChanged(m_state, detail);
    });
    connect(m_worker, &DbWorker::schemaChecked, this, [this](const SchemaReport& report) {
        m_schema = report;
        Q_EMIT schemaChecked(report);
    });
    const auto fresh = [this] {
        m_lastSuccess = QDateTime::currentDateTimeUtc();
        if (m_status)
            m_status->markFresh(Source::Database);
    };
    connect(m_worker, &DbWorker::pageReady, this, [this, fresh](const PageResult& r) {
        if (r.error.isEmpty())
            fresh();
        Q_EMIT pageReady(r);
    });
    connect(m_worker, &DbWorker::countReady, this,
            [this, fresh](quint64 id, qint64 rows, bool estimated, const QString& error) {
                if (error.isEmpty())
                    fresh();
                Q_EMIT countReady(id, rows, estimated, error);
            });
    connect(m_worker, &DbWorker::queryFinished, this, [this, fresh](const QueryResult& r) {
        if (r.error.isEmpty())
            fresh();
        Q_EMIT queryFinished(r);
    });
    m_thread->start();
}

PlatformDb::~PlatformDb() {
    // Stop a long statement first so closing does not wait for its timeout;
    // the blocking call also lets every queued request finish in order.
    m_worker->cancelRunning();
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void PlatformDb::open(const ConnectionSettings& settings) {
    m_lastError.clear();
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, settings] { worker->open(settings); }, Qt::QueuedConnection);
}

void PlatformDb::close() {
    m_worker->cancelRunning();
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker] { worker->close(); }, Qt::QueuedConnection);
}

quint64 PlatformDb::fetchPage(const PageQuery& query) {
    DbRequest r;
    r.id = m_nextId++;
    r.kind = DbRequest::Kind::Page;
    r.page = query;
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, r] { worker->enqueue(r); }, Qt::QueuedConnection);
    return r.id;
}

quint64 PlatformDb::count(const QString& dataset, const QList<Filter>& filters) {
    DbRequest r;
    r.id = m_nextId++;
    r.kind = DbRequest::Kind::Count;
    r.dataset = dataset;
    r.filters = filters;
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, r] { worker->enqueue(r); }, Qt::QueuedConnection);
    return r.id;
}

quint64 PlatformDb::query(const QString& sql, const QVariantList& params) {
    DbRequest r;
    r.id = m_nextId++;
    r.kind = DbRequest::Kind::Query;
    r.sql = sql;
    r.params = params;
    DbWorker* worker = m_worker;
    QMetaObject::invokeMethod(
        m_worker, [worker, r] { worker->enqueue(r); }, Qt::QueuedConnection);
    return r.id;
}

void PlatformDb::cancel(quint64 requestId) {
    m_worker->cancel(requestId);
}

} // namespace tpp::db
