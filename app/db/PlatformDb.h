#pragma once

#include "db/ConnectionSettings.h"
#include "db/PageQuery.h"
#include "db/SchemaReport.h"

#include <QDateTime>
#include <QObject>

class QThread;

namespace tpp {
class SourceStatus;
}

namespace tpp::db {

class DbWorker;

/// The platform's PostgreSQL, asynchronously. All SQL runs on a thread of its
/// own (a QSqlDatabase belongs to the thread that opened it); this object is
/// the GUI-side façade: calls return a request id at once, answers arrive as
/// signals. It keeps the connection alive (reconnect with backoff 0.5 s → 30 s),
/// applies a statement timeout, can cancel a running statement (PQcancel), runs
/// the schema check on every connect, and reports its state to SourceStatus
/// (Source::Database) so the status bar and the pages tell the truth.
class PlatformDb : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };
    Q_ENUM(State)

    explicit PlatformDb(SourceStatus* status, QObject* parent = nullptr);
    ~PlatformDb() override;

    /// Connects (and keeps reconnecting) with these settings.
    void open(const ConnectionSettings& settings);
    /// Closes the connection and stops reconnecting.
    void close();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] const SchemaReport& schema() const { return m_schema; }

    /// One keyset page; answered by pageReady() with the same id.
    quint64 fetchPage(const PageQuery& query);
    /// Rows of a dataset under filters; answered by countReady().
    quint64 count(const QString& dataset, const QList<Filter>& filters);
    /// A parameterised statement ('?' placeholders); answered by queryFinished().
    quint64 query(const QString& sql, const QVariantList& params = {});
    /// Cancels a request: queued ones are dropped, a running one is cancelled on the server.
    void cancel(quint64 requestId);

Q_SIGNALS:
    void stateChanged(tpp::db::PlatformDb::State state, const QString& detail);
    void schemaChecked(const tpp::db::SchemaReport& report);
    void pageReady(const tpp::db::PageResult& result);
    void countReady(quint64 requestId, qint64 rows, bool estimated, const QString& error);
    void queryFinished(const tpp::db::QueryResult& result);

private:
    SourceStatus* m_status;
    QThread* m_thread;
    DbWorker* m_worker;
    State m_state = State::Disconnected;
    QString m_lastError;
    QDateTime m_lastSuccess;
    SchemaReport m_schema;
    quint64 m_nextId = 1;
};

} // namespace tpp::db
