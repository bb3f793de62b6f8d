#pragma once

#include "db/ConnectionSettings.h"
#include "db/DatasetCatalog.h"
#include "db/PageQuery.h"
#include "db/SchemaReport.h"

#include <QCoreApplication>
#include <QMutex>
#include <QObject>
#include <QSet>

#include <deque>
#include <functional>

class QSocketNotifier;
class QTimer;
class QSqlDatabase;
struct pg_conn;

namespace tpp::db {

/// One request for the worker; `kind` says which fields matter.
struct DbRequest {
    enum class Kind { Page, Count, Query };
    quint64 id = 0;
    Kind kind = Kind::Query;
    PageQuery page;
    QString dataset;
    QList<Filter> filters;
    QString sql;
    QVariantList params;
};

/// The SQL side of PlatformDb, living on PlatformDb's thread: owns the QPSQL
/// connection (a QSqlDatabase may only be used by the thread that opened it),
/// keeps it alive (reconnect with jittered backoff 0.5 s → 30 s, a socket
/// watch and an idle ping notice a server that went away), runs requests
/// FIFO, and answers each with a signal. cancel() is the one member that may
/// be called from another thread.
class DbWorker : public QObject {
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Reconnecting };

    explicit DbWorker(QObject* parent = nullptr);
    ~DbWorker() override;

    /// Thread-safe. Queued: the request is dropped (answered as cancelled);
    /// running: PQcancel asks the server to stop it.
    void cancel(quint64 requestId);
    /// Thread-safe: cancels whatever runs now (used before shutting down).
    void cancelRunning();

    // Called through queued invocations from PlatformDb.
    void open(const tpp::db::ConnectionSettings& settings);
    void close();
    void enqueue(const tpp::db::DbRequest& request);

Q_SIGNALS:
    void stateChanged(int state, const QString& detail);
    void schemaChecked(const tpp::db::SchemaReport& report);
    void pageReady(const tpp::db::PageResult& result);
    void countReady(quint64 requestId, qint64 rows, bool estimated, const QString& error);
    void queryFinished(const tpp::db::QueryResult& result);

private:
    void connectNow();
    /// Opens and sets up the connection; returns the error, empty on success.
    QString openConnection();
    void scheduleReconnect(const QString& why);
    void connectionLost(const QString& why);
    void dropConnection();
    void setState(State state, const QString& detail);
    void processQueue();
    void run(const DbRequest& request);
    void runPage(const DbRequest& request);
    void runCount(const DbRequest& request);
    void runQuery(const DbRequest& request);
    void answerFailure(const DbRequest& request, const QString& error, bool lost);
    using ColumnSink = std::function<void(const QStringList&)>;
    using RowSink = std::function<bool(QVariantList&&)>;
    /// Runs a statement with bound values; on failure sets `error` (clear text)
    /// and `lost` (the connection went away).
    bool exec(const QString& sql, const QVariantList& params, const ColumnSink& onColumns,
              const RowSink& onRow, QString& error, bool& lost, qint64* rowsAffected = nullptr);
    void onSocketActivity();
    void ping();

    ConnectionSettings m_settings;
    QString m_connName;
    bool m_wanted = false;
    State m_state = State::Disconnected;
    QString m_lastError;
    QString m_lostReason; ///< set by exec() when the connection went away
    int m_failures = 0;
    QTimer* m_reconnectTimer;
    QTimer* m_pingTimer;
    QSocketNotifier* m_socketWatch = nullptr;
    pg_conn* m_pg = nullptr; ///< QPSQL's connection, used directly for requests
    std::deque<DbRequest> m_queue;
    bool m_processing = false;
    DatasetCatalog m_catalog;
    SchemaReport m_schema;

    // Shared with cancel() on other threads.
    mutable QMutex m_mutex;
    void* m_cancelHandle = nullptr; ///< PGcancel*, valid while connected
    quint64 m_runningId = 0;
    bool m_runningCancelled = false;
    QSet<quint64> m_cancelled;
};

} // namespace tpp::db
