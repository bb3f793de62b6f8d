#include "db/PgStatement.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <libpq-fe.h>
#include <vector>

namespace tpp::db {

namespace {

// OIDs of the built-in types (pg_type.h); everything else arrives as text.
enum : unsigned {
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kOid = 26,
    kFloat4 = 700,
    kFloat8 = 701,
    kDate = 1082,
    kTime = 1083,
    kTimestamp = 1114,
    kTimestampTz = 1184,
    kNumeric = 1700,
};

QMetaType metaTypeOf(unsigned oid) {
    switch (oid) {
    case kBool:
        return QMetaType::fromType<bool>();
    case kInt8:
        return QMetaType::fromType<qlonglong>();
    case kInt2:
    case kInt4:
        return QMetaType::fromType<int>();
    case kOid:
        return QMetaType::fromType<uint>();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QMetaType::fromType<double>();
    case kDate:
        return QMetaType::fromType<QDate>();
    case kTime:
        return QMetaType::fromType<QTime>();
    case kTimestamp:
    case kTimestampTz:
        return QMetaType::fromType<QDateTime>();
    case kBytea:
        return QMetaType::fromType<QByteArray>();
    default:
        return QMetaType::fromType<QString>();
    }
}

QString oneLine(const char* text) {
    return QString::fromUtf8(text ? text : "").simplified();
}

} // namespace

QString PgStatement::numberPlaceholders(const QString& sql, int* count) {
    QString out;
    out.reserve(sql.size() + 16);
    int n = 0;
    QChar quote;
    for (const QChar c : sql) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('?')) {
            out += QLatin1Char('$') + QString::number(++n);
            continue;
        }
        out += c;
    }
    if (count)
        *count = n;
    return out;
}

QByteArray PgStatement::toText(const QVariant& v, bool* isNull) {
    *isNull = !v.isValid() || v.isNull();
    if (*isNull)
        return {};
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate).toUtf8();
    case QMetaType::QTime:
        return v.toTime().toString(Qt::ISODateWithMs).toUtf8();
    case QMetaType::QUuid:
        return v.toUuid().toByteArray(QUuid::WithoutBraces);
    case QMetaType::QByteArray:
        return v.toByteArray();
    case QMetaType::QJsonObject:
        return QJsonDocument(v.toJsonObject()).toJson(QJsonDocument::Compact);
    default:
        return v.toString().toUtf8();
    }
}

QVariant PgStatement::fromText(const char* text, int length, unsigned oid, bool isNull) {
    if (isNull)
        return QVariant(metaTypeOf(oid));
    const QByteArray raw = QByteArray::fromRawData(text, length);
    switch (oid) {
    case kBool:
        return raw == "t";
    case kInt8:
        return raw.toLongLong();
    case kInt2:
    case kInt4:
        return raw.toInt();
    case kOid:
        return raw.toUInt();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return raw.toDouble();
    case kDate:
        return QDate::fromString(QString::fromLatin1(raw), Qt::ISODate);
    case kTime:
        return QTime::fromString(QString::fromLatin1(raw), Qt::ISODateWithMs);
    case kTimestamp:
        return QDateTime::fromString(QString::fromLatin1(raw), Qt::ISODateWithMs);
    case kTimestampTz: {
        // "2026-11-14 09:00:00.123456+00": ISO wants the offset as +00:00.
        QString s = QString::fromLatin1(raw);
        if (s.size() > 3 &&
            (s.at(s.size() - 3) == QLatin1Char('+') || s.at(s.size() - 3) == QLatin1Char('-')))
            s += QLatin1String(":00");
        return QDateTime::fromString(s, Qt::ISODateWithMs).toLocalTime();
    }
    case kBytea:
        return QByteArray(text, length);
    default:
        return QString::fromUtf8(text, length);
    }
}

PgStatement::Outcome PgStatement::run(pg_conn* conn, const QString& sql, const QVariantList& params,
                                      const std::function<void(const QStringList&)>& onColumns,
                                      const std::function<bool(QVariantList&&)>& onRow) {
    Outcome out;
    if (!conn || PQstatus(conn) != CONNECTION_OK) {
        out.sqlState = QStringLiteral("08003");
        out.message = oneLine(conn ? PQerrorMessage(conn) : "no connection");
        return out;
    }
    int placeholders = 0;
    const QByteArray text = numberPlaceholders(sql, &placeholders).toUtf8();
    if (placeholders != params.size()) {
        out.message = QStringLiteral("the statement has %1 placeholders for %2 values")
                          .arg(placeholders)
                          .arg(params.size());
        return out;
    }
    std::vector<QByteArray> texts(static_cast<std::size_t>(params.size()));
    std::vector<const char*> pointers(texts.size(), nullptr);
    for (std::size_t i = 0; i < texts.size(); ++i) {
        bool isNull = false;
        texts[i] = toText(params.at(static_cast<qsizetype>(i)), &isNull);
        pointers[i] = isNull ? nullptr : texts[i].constData();
    }
    // Types left to the server (as PREPARE would infer them); text in, text out.
    if (!PQsendQueryParams(conn, text.constData(), static_cast<int>(texts.size()), nullptr,
                           pointers.data(), nullptr, nullptr, 0)) {
        out.sqlState = QStringLiteral("08006");
        out.message = oneLine(PQerrorMessage(conn));
        return out;
    }
    PQsetSingleRowMode(conn);
    bool columnsSent = false;
    bool keep = true;
    bool failed = false;
    while (PGresult* res = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(res);
        if (status == PGRES_SINGLE_TUPLE || status == PGRES_TUPLES_OK) {
            const int fields = PQnfields(res);
            if (!columnsSent) {
                QStringList names;
                for (int f = 0; f < fields; ++f)
                    names << QString::fromUtf8(PQfname(res, f));
                onColumns(names);
                columnsSent = true;
            }
            for (int row = 0; keep && row < PQntuples(res); ++row) {
                QVariantList cells;
                cells.reserve(fields);
                for (int f = 0; f < fields; ++f)
                    cells << fromText(PQgetvalue(res, row, f), PQgetlength(res, row, f),
                                      PQftype(res, f), PQgetisnull(res, row, f) != 0);
                keep = onRow(std::move(cells));
            }
        } else if (status == PGRES_COMMAND_OK) {
            out.rowsAffected = QByteArray(PQcmdTuples(res)).toLongLong();
        } else if (!failed) {
            failed = true;
            out.sqlState = QString::fromLatin1(PQresultErrorField(res, PG_DIAG_SQLSTATE));
            // The primary message only: the full text repeats the statement.
            out.message = oneLine(PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY));
            if (out.message.isEmpty())
                out.message = oneLine(PQresultErrorMessage(res));
        }
        PQclear(res);
    }
    if (!failed && PQstatus(conn) != CONNECTION_OK) {
        failed = true;
        out.sqlState = QStringLiteral("08006");
        out.message = oneLine(PQerrorMessage(conn));
    }
    out.ok = !failed;
    return out;
}

} // namespace tpp::db
