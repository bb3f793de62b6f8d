#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>

struct pg_conn;

namespace tpp::db {

/// One statement on a libpq connection with its values bound as parameters
/// (PQsendQueryParams: parse, bind and execute in one round trip, where
/// QPSQL's prepared queries take three), rows streamed in single-row mode so
/// nothing is buffered beyond what the caller keeps. Text results are turned
/// into QVariants the way QPSQL does (bool, integers, double, date/time,
/// otherwise QString). Used on the database thread only.
class PgStatement {
public:
    struct Outcome {
        bool ok = false;
        QString sqlState; ///< SQLSTATE of the failure, e.g. "57014"
        QString message;  ///< the server's (or libpq's) message, one line
        qint64 rowsAffected = -1;
    };
    /// Runs `sql` ('?' placeholders outside quotes) with `params`. `onColumns`
    /// gets the column names once; `onRow` each row, and returns false to keep
    /// no more (the rest is read and dropped).
    static Outcome run(pg_conn* conn, const QString& sql, const QVariantList& params,
                       const std::function<void(const QStringList&)>& onColumns,
                       const std::function<bool(QVariantList&&)>& onRow);

    /// "a = ? AND b = '?'" -> "a = $1 AND b = '?'"; `count` = placeholders found.
    [[nodiscard]] static QString numberPlaceholders(const QString& sql, int* count);
    /// A parameter as PostgreSQL text; `isNull` for SQL NULL.
    [[nodiscard]] static QByteArray toText(const QVariant& value, bool* isNull);
    /// A text result of the type `oid` as a QVariant (typed null when `isNull`).
    [[nodiscard]] static QVariant fromText(const char* text, int length, unsigned oid, bool isNull);
};

} // namespace tpp::db
