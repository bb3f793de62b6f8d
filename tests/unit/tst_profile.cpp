#include "profile/Profile.h"

#include <QTemporaryDir>
#include <QTest>

using tpp::Profile;

class tst_Profile : public QObject {
    Q_OBJECT
private:
    static Profile valid() {
        Profile p;
        p.name = QStringLiteral("staging");
        p.kubeContext = QStringLiteral("tpp-admin");
        p.namespaces = {QStringLiteral("terminal-plus-plus")};
        p.dbHost = QStringLiteral("127.0.0.1");
        p.dbPort = 5433;
        p.dbName = QStringLiteral("terminalpp");
        p.dbUser = QStringLiteral("tpp_console");
        p.redisUrl = QStringLiteral("redis://127.0.0.1:6380");
        p.prometheusUrl = QStringLiteral("http://127.0.0.1:9090");
        p.alertmanagerUrl = QStringLiteral("http://127.0.0.1:9093");
        p.healthEndpoints = {
            {QStringLiteral("backend"), QStringLiteral("http://127.0.0.1:8000/health")}};
        p.sshHosts = {QStringLiteral("support@127.0.0.1:2222")};
        p.backupDestination = QStringLiteral("file:///var/backups/tpp");
        return p;
    }

private Q_SLOTS:
    void validProfileHasNoErrors() {
        QVERIFY2(valid().validate().isEmpty(), qPrintable(valid().validate().join(u'\n')));
    }

    void errorsNameTheField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("empty name") << "name"
                                    << "";
        QTest::newRow("slash in name") << "name"
                                       << "a/b";
        QTest::newRow("port") << "dbPort"
                              << "70000";
        QTest::newRow("sslmode") << "dbSslMode"
                                 << "sometimes";
        QTest::newRow("uri scheme") << "dbUri"
                                    << "mysql://x/y";
        QTest::newRow("uri password") << "dbUri"
                                      << "postgresql://u:hunter2@h/db";
        QTest::newRow("prometheus") << "prometheusUrl"
                                    << "ftp://h:9090";
        QTest::newRow("redis password") << "redisUrl"
                                        << "redis://:hunter2@h:6379";
        QTest::newRow("alertmanager") << "alertmanagerUrl"
                                      << "not a url";
        QTest::newRow("backup") << "backupDestination"
                                << "s3://bucket";
        QTest::newRow("ssh") << "sshHosts"
                             << "user@";
    }
    void errorsNameTheField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Profile p = valid();
        if (field == u"name")
            p.name = value;
        else if (field == u"dbPort")
            p.dbPort = value.toInt();
        else if (field == u"dbSslMode")
            p.dbSslMode = value;
        else if (field == u"dbUri")
            p.dbUri = value;
        else if (field == u"prometheusUrl")
            p.prometheusUrl = value;
        else if (field == u"redisUrl")
            p.redisUrl = value;
        else if (field == u"alertmanagerUrl")
            p.alertmanagerUrl = value;
        else if (field == u"backupDestination")
            p.backupDestination = value;
        else if (field == u"sshHosts")
            p.sshHosts = {value};
        const QStringList errors = p.validate();
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().startsWith(field + u':'), qPrintable(errors.first()));
    }

    void settingsRoundTrip() {
        QTemporaryDir dir;
        const Profile p = valid();
        {
            QSettings s(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
            s.beginGroup(QStringLiteral("profile"));
            p.writeTo(s);
        }
        QSettings s(dir.filePath(QStringLiteral("p.ini")), QSettings::IniFormat);
        s.beginGroup(QStringLiteral("profile"));
        QCOMPARE(Profile::readFrom(s), p);
    }

    void readsTheStackFileFormat() {
        // The format stack/up writes (stack/README.md): comma lists, name=url pairs.
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("profile.ini")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("[profile]\nname=local-stack\nproduction=true\n"
                "namespaces=terminal-plus-plus, terminal-plus-plus-sandboxes\n"
                "healthEndpoints=frontend=http://127.0.0.1:8001/api/health, "
                "backend=http://127.0.0.1:8001/health\n"
                "sshHosts=support@127.0.0.1:2222\n");
        f.close();
        QSettings s(f.fileName(), QSettings::IniFormat);
        s.beginGroup(QStringLiteral("profile"));
        const Profile p = Profile::readFrom(s);
        QCOMPARE(p.name, QStringLiteral("local-stack"));
        QVERIFY(p.production);
        QCOMPARE(p.namespaces, (QStringList{QStringLiteral("terminal-plus-plus"),
                                            QStringLiteral("terminal-plus-plus-sandboxes")}));
        QCOMPARE(p.healthEndpoints.size(), 2);
        QCOMPARE(p.healthEndpoints.at(0).name, QStringLiteral("frontend"));
        QCOMPARE(p.healthEndpoints.at(1).url, QStringLiteral("http://127.0.0.1:8001/health"));
        QCOMPARE(p.sshHosts, QStringList{QStringLiteral("support@127.0.0.1:2222")});
    }

    void secretKeysArePerProfileAndKind() {
        const Profile p = valid();
        QCOMPARE(p.secretKey(tpp::SecretKind::DatabasePassword),
                 QStringLiteral("staging/db-password"));
        QVERIFY(p.secretKey(tpp::SecretKind::RedisPassword) !=
                p.secretKey(tpp::SecretKind::DatabasePassword));
    }
};

QTEST_GUILESS_MAIN(tst_Profile)
#include "tst_profile.moc"
