#pragma once
// Internal to app/db: turning QPSQL's errors into one clear line.

#include <QSqlError>
#include <QString>

namespace tpp::db::detail {

// libpq's messages span lines ("FATAL:  …\n\tIs the server running …"): one line.
inline QString oneLine(const QString& text) {
    QString t = text.simplified();
    t.remove(QLatin1String("QPSQL: "));
    return t;
}

// The server's message without Qt's decoration and the trailing "(SQLSTATE)".
inline QString serverText(const QSqlError& e) {
    QString t = e.databaseText();
    const int line = t.indexOf(QLatin1String("\nLINE "));
    if (line >= 0)
        t.truncate(line);
    if (!e.nativeErrorCode().isEmpty())
        t.remove(QLatin1Char('(') + e.nativeErrorCode() + QLatin1Char(')'));
    t.remove(QLatin1String("ERROR:"));
    t = oneLine(t);
    return t.isEmpty() ? oneLine(e.text()) : t;
}

} // namespace tpp::db::detail
