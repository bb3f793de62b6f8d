// ConnectionSettings: built from a profile; describe() never shows a password.
#include "db/ConnectionSettings.h"
#include "profile/Profile.h"

#include <QTest>

using namespace tpp;
using namespace tpp::db;

class TstConnectionSettings : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fromProfile() {
        Profile p;
        p.dbHost = QStringLiteral("db.example");
        p.dbPort = 6543;
        p.dbName = QStringLiteral("terminalpp");
        p.dbUser = QStringLiteral("tpp_console");
        p.dbSslMode = QStringLiteral("require");
        const ConnectionSettings s = ConnectionSettings::fromProfile(p, QStringLiteral("pw"));
        QCOMPARE(s.host, p.dbHost);
        QCOMPARE(s.port, 6543);
        QCOMPARE(s.sslMode, QStringLiteral("require"));
        QCOMPARE(s.password, QStringLiteral("pw"));
        QCOMPARE(s.describe(), QStringLiteral("tpp_console@db.example:6543/terminalpp"));
    }
    void uriWinsAndItsPasswordIsNeverShown() {
        ConnectionSettings s;
        s.host = QStringLiteral("ignored");
        s.uri = QStringLiteral("postgresql://u:secret@10.0.0.5:5433/platform?sslmode=disable");
        QCOMPARE(s.describe(), QStringLiteral("u@10.0.0.5:5433/platform"));
        QVERIFY(!s.describe().contains(QLatin1String("secret")));
    }
};

QTEST_GUILESS_MAIN(TstConnectionSettings)
#include "tst_connectionsettings.moc"
