#pragma once
// Shared by the database integration tests: reads $TPP_STACK_DIR/stack.env,
// builds connection settings, runs psql and stack/ctl.

#include "db/ConnectionSettings.h"

#include <QFile>
#include <QMap>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>

namespace tpp::db::test {

class StackEnv {
public:
    bool load() {
        m_dir = qEnvironmentVariable("TPP_STACK_DIR");
        QFile f(m_dir + QStringLiteral("/stack.env"));
        if (m_dir.isEmpty() || !f.open(QIODevice::ReadOnly))
            return false;
        for (const QByteArray& raw : f.readAll().split('\n')) {
            QString line = QString::fromUtf8(raw).trimmed();
            if (line.startsWith(QLatin1Char('#')) || !line.contains(QLatin1Char('=')))
                continue;
            if (line.startsWith(QLatin1String("export ")))
                line = line.mid(7);
            const int eq = line.indexOf(QLatin1Char('='));
            QString value = line.mid(eq + 1);
            if (value.size() >= 2 &&
                (value.startsWith(QLatin1Char('\'')) || value.startsWith(QLatin1Char('"'))))
                value = value.mid(1, value.size() - 2);
            else // shell-escaped: "terminalpp\?sslmode=disable"
                value.replace(QRegularExpression(QStringLiteral("\\\\(.)")), QStringLiteral("\\1"));
            m_env.insert(line.left(eq), value);
        }
        return m_env.contains(QStringLiteral("TPP_PG_PORT"));
    }
    QString value(const char* key) const { return m_env.value(QLatin1String(key)); }
    QString dir() const { return m_dir; }

    ConnectionSettings console() const {
        ConnectionSettings s;
        s.host = value("TPP_PG_HOST");
        s.port = value("TPP_PG_PORT").toInt();
        s.database = value("TPP_PG_DB");
        s.user = value("TPP_PG_USER");
        s.password = value("TPP_PG_PASSWORD");
        s.sslMode = QStringLiteral("disable");
        return s;
    }
    ConnectionSettings superuser() const {
        ConnectionSettings s = console();
        s.user = value("TPP_PG_SUPERUSER");
        s.password = value("TPP_PG_SUPERPASSWORD");
        return s;
    }

    /// psql as the superuser (the platform's owner); returns stdout, trimmed.
    QString psql(const QString& sql, const QString& database = {}, bool* ok = nullptr) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), value("TPP_PG_SUPERPASSWORD"));
        p.setProcessEnvironment(env);
        QString bin = value("TPP_PG_BIN");
        if (bin.isEmpty())
            bin = QStringLiteral("/usr/lib/postgresql/15/bin");
        p.start(bin + QStringLiteral("/psql"),
                {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"),
                 QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"),
                 value("TPP_PG_HOST"), QStringLiteral("-p"), value("TPP_PG_PORT"),
                 QStringLiteral("-U"), value("TPP_PG_SUPERUSER"), QStringLiteral("-d"),
                 database.isEmpty() ? value("TPP_PG_DB") : database, QStringLiteral("-c"), sql});
        p.waitForFinished(120000);
        const bool good = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
        if (ok)
            *ok = good;
        if (!good)
            qWarning("psql failed: %s", p.readAllStandardError().constData());
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    /// stack/ctl DIR ARGS (stop/start postgres).
    bool ctl(const QStringList& args) const {
        QProcess p;
        p.start(QStringLiteral(TPP_SOURCE_DIR "/stack/ctl"), QStringList{m_dir} + args);
        p.waitForFinished(120000);
        if (p.exitCode() != 0)
            qWarning("stack/ctl %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     p.readAllStandardError().constData());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

private:
    QString m_dir;
    QMap<QString, QString> m_env;
};

} // namespace tpp::db::test
