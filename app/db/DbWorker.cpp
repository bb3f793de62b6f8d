#include "db/DbWorker.h"

#include "db/SchemaCheck.h"
#include "db/SqlText.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <atomic>
#include <libpq-fe.h>
#include <utility>

namespace tpp::db {

using detail::oneLine;
using detail::serverText;

namespace {

std::atomic<int> g_connectionCounter{0};
constexpr int kPingIntervalMs = 15000;

PGconn* pgConnection(const QSqlDatabase& db) {
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    // Qt names the type after libpq's struct: "pg_conn*" (older builds: "PGconn*").
    if (v.isValid() &&
        (qstrcmp(v.typeName(), "pg_conn*") == 0 || qstrcmp(v.typeName(), "PGconn*") == 0))
        return *static_cast<PGconn* const*>(v.constData());
    return nullptr;
}

QSqlDatabase connection(const QString& name) {
    return QSqlDatabase::database(name, false);
}

} // namespace

DbWorker::DbWorker(QObject* parent)
    : QObject(parent)
    , m_reconnectTimer(new QTimer(this))
    , m_pingTimer(new QTimer(this)) {
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &DbWorker::connectNow);
    m_pingTimer->setInterval(kPingIntervalMs);
    connect(m_pingTimer, &QTimer::timeout, this, &DbWorker::ping);
}

DbWorker::~DbWorker() {
    dropConnection();
}

void DbWorker::cancel(quint64 requestId) {
    QMutexLocker lock(&m_mutex);
    if (requestId != 0 && requestId == m_runningId) {
        m_runningCancelled = true;
        if (m_cancelHandle) {
            // PQcancel is thread-safe: it opens its own connection to the server.
            char err[256];
            PQcancel(static_cast<PGcancel*>(m_cancelHandle), err, sizeof err);
        }
        return;
    }
    m_cancelled.insert(requestId);
}

void DbWorker::cancelRunning() {
    quint64 running = 0;
    {
        QMutexLocker lock(&m_mutex);
        running = m_runningId;
    }
    if (running != 0)
        cancel(running);
}

void DbWorker::open(const ConnectionSettings& settings) {
    m_settings = settings;
    m_wanted = true;
    m_failures = 0;
    setState(State::Connecting, m_settings.describe());
    connectNow();
}

void DbWorker::close() {
    m_wanted = false;
    m_reconnectTimer->stop();
    dropConnection();
    while (!m_queue.empty()) {
        const DbRequest r = m_queue.front();
        m_queue.pop_front();
        answerFailure(r,
                      QCoreApplication::translate("tpp::db::DbWorker",
                                                  "the connection to the database was closed"),
                      false);
    }
    setState(State::Disconnected, {});
}

void DbWorker::enqueue(const DbRequest& request) {
    m_queue.push_back(request);
    processQueue();
}

QString DbWorker::openConnection() {
    m_connName = QStringLiteral("tpp-platformdb-%1").arg(++g_connectionCounter);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connName);
    if (!db.isValid()) {
        return QCoreApplication::translate("tpp::db::DbWorker",
                                           "the PostgreSQL driver of Qt (QPSQL) is not installed");
    }
    QStringList options;
    QString password = m_settings.password;
    if (!m_settings.uri.isEmpty()) {
        // A libpq URI: QPSQL takes fields, so split it; its query items
        // (sslmode, connect_timeout, …) are libpq options as they are.
        const QUrl url(m_settings.uri);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setDatabaseName(url.path().mid(1));
        db.setUserName(url.userName());
        if (password.isEmpty())
            password = url.password();
        const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
        bool hasSsl = false;
        for (const auto& [key, value] : items) {
            options << key + QLatin1Char('=') + value;
            hasSsl = hasSsl || key == QLatin1String("sslmode");
        }
        if (!hasSsl)
            options << QLatin1String("sslmode=") + m_settings.sslMode;
    } else {
        db.setHostName(m_settings.host);
        db.setPort(m_settings.port);
        db.setDatabaseName(m_settings.database);
        db.setUserName(m_settings.user);
        options << QLatin1String("sslmode=") + m_settings.sslMode;
    }
    db.setPassword(password);
    // TCP keepalives notice a vanished server even while idle.
    options << QLatin1String("connect_timeout=") + QString::number(m_settings.connectTimeoutS)
            << QStringLiteral("keepalives=1") << QStringLiteral("keepalives_idle=10")
            << QStringLiteral("keepalives_interval=5") << QStringLiteral("keepalives_count=3");
    db.setConnectOptions(options.join(QLatin1Char(';')));

    if (!db.open()) {
        return QCoreApplication::translate("tpp::db::DbWorker", "cannot connect to %1: %2")
            .arg(m_settings.describe(), oneLine(db.lastError().databaseText()));
    }
    QSqlQuery setup(db);
    const QStringList statements{
        QStringLiteral("SET application_name = 'tpp-console'"),
        QStringLiteral("SET statement_timeout = %1").arg(qMax(0, m_settings.statementTimeoutMs)),
        // Keys travel as text (microseconds intact): one fixed time zone.
        QStringLiteral("SET TimeZone = 'UTC'")};
    for (const QString& sql : statements) {
        if (!setup.exec(sql)) {
            return QCoreApplication::translate("tpp::db::DbWorker",
                                               "cannot set up the session on %1: %2")
                .arg(m_settings.describe(), serverText(setup.lastError()));
        }
    }
    PGconn* conn = pgConnection(db);
    if (!conn)
        return QCoreApplication::translate("tpp::db::DbWorker",
                                           "the PostgreSQL driver of Qt gave no libpq connection");
    m_pg = conn;
    {
        QMutexLocker lock(&m_mutex);
        m_cancelHandle = PQgetCancel(conn);
        m_socketWatch = new QSocketNotifier(PQsocket(conn), QSocketNotifier::Read, this);
        connect(m_socketWatch, &QSocketNotifier::activated, this, &DbWorker::onSocketActivity);
    }
    m_schema = SchemaCheck::run(db, m_catalog);
    return {};
}

void DbWorker::connectNow() {
    if (!m_wanted)
        return;
    dropConnection();
    // The QSqlDatabase handles of openConnection() are gone before a failed
    // connection is removed.
    const QString error = openConnection();
    if (!error.isEmpty()) {
        scheduleReconnect(error);
        return;
    }
    m_failures = 0;
    m_lastError.clear();
    Q_EMIT schemaChecked(m_schema);
    setState(State::Connected, m_settings.describe());
    m_pingTimer->start();
    processQueue();
}

void DbWorker::scheduleReconnect(const QString& why) {
    dropConnection();
    m_lastError = why;
    if (!m_wanted)
        return;
    // 0.5 s doubling up to 30 s, ±20 % jitter so many consoles don't knock in step.
    const int base = 500 * (1 << std::min(m_failures, 6));
    const int delay = static_cast<int>(std::min(base, 30000) *
                                       (0.8 + 0.4 * QRandomGenerator::global()->generateDouble()));
    ++m_failures;
    setState(State::Reconnecting,
             QCoreApplication::translate("tpp::db::DbWorker", "%1 (retrying in %2 s)")
                 .arg(why, QString::number(delay / 1000.0, 'f', 1)));
    m_reconnectTimer->start(delay);
    // Nothing can run until the connection is back: the callers retry then.
    while (!m_queue.empty()) {
        const DbRequest r = m_queue.front();
        m_queue.pop_front();
        answerFailure(r, why, true);
    }
}

void DbWorker::connectionLost(const QString& why) {
    m_failures = 0;
    scheduleReconnect(why);
}

void DbWorker::dropConnection() {
    m_pingTimer->stop();
    {
        QMutexLocker lock(&m_mutex);
        if (m_cancelHandle)
            PQfreeCancel(static_cast<PGcancel*>(m_cancelHandle));
        m_cancelHandle = nullptr;
    }
    delete m_socketWatch;
    m_socketWatch = nullptr;
    m_pg = nullptr;
    if (m_connName.isEmpty())
        return;
    {
        QSqlDatabase db = connection(m_connName);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connName);
    m_connName.clear();
}

void DbWorker::setState(State state, const QString& detail) {
    m_state = state;
    Q_EMIT stateChanged(static_cast<int>(state), detail);
}

void DbWorker::onSocketActivity() {
    // Between statements the socket is quiet; readable means a notice or the
    // server closing the connection (shutdown, restart, terminated backend).
    PGconn* conn = m_pg;
    if (!conn)
        return;
    if (PQconsumeInput(conn) == 0 || PQstatus(conn) != CONNECTION_OK) {
        connectionLost(
            QCoreApplication::translate("tpp::db::DbWorker", "the connection to %1 was lost: %2")
                .arg(m_settings.describe(), oneLine(QString::fromLocal8Bit(PQerrorMessage(conn)))));
    }
}

void DbWorker::ping() {
    if (m_state != State::Connected || m_processing || !m_queue.empty())
        return;
    QString error;
    bool lost = false;
    exec(
        QStringLiteral("SELECT 1"), {}, [](const QStringList&) {},
        [](QVariantList&&) { return true; }, error, lost);
    if (!m_lostReason.isEmpty())
        connectionLost(std::exchange(m_lostReason, QString()));
}

void DbWorker::processQueue() {
    if (m_processing)
        return;
    m_processing = true;
    while (!m_queue.empty()) {
        const DbRequest r = m_queue.front();
        m_queue.pop_front();
        bool cancelled = false;
        {
            QMutexLocker lock(&m_mutex);
            cancelled = m_cancelled.remove(r.id);
        }
        if (cancelled) {
            answerFailure(
                r, QCoreApplication::translate("tpp::db::DbWorker", "the request was cancelled"),
                false);
            continue;
        }
        if (m_state != State::Connected) {
            answerFailure(r,
                          m_lastError.isEmpty() ? QCoreApplication::translate("tpp::db::DbWorker",
                                                                              "%1 is not connected")
                                                      .arg(m_settings.describe())
                                                : m_lastError,
                          true);
            continue;
        }
        {
            QMutexLocker lock(&m_mutex);
            m_runningId = r.id;
            m_runningCancelled = false;
        }
        run(r);
        if (!m_lostReason.isEmpty())
            connectionLost(std::exchange(m_lostReason, QString()));
        {
            QMutexLocker lock(&m_mutex);
            m_runningId = 0;
            // Ids are handed out in order and run FIFO: anything cancelled up
            // to here that was not found in the queue has already finished.
            m_cancelled.removeIf([&](quint64 id) { return id <= r.id; });
        }
    }
    m_processing = false;
}

} // namespace tpp::db
