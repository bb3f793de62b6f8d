#include "profile/ProfileStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_ProfileStore : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static Profile make(const QString& name) {
        Profile p;
        p.name = name;
        p.kubeContext = QStringLiteral("tpp-admin");
        p.dbHost = QStringLiteral("db.internal");
        p.dbName = QStringLiteral("terminalpp");
        p.dbUser = QStringLiteral("tpp_console");
        p.prometheusUrl = QStringLiteral("http://prom:9090");
        return p;
    }

private Q_SLOTS:
    void saveListRenameRemove() {
        QSettings settings(m_dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        QSignalSpy added(&store, &ProfileStore::profileAdded);
        QSignalSpy removed(&store, &ProfileStore::profileRemoved);
        QVERIFY(store.save(make(QStringLiteral("prod eu/1"))).size() == 1); // slash refused
        QVERIFY(store.save(make(QStringLiteral("prod eu"))).isEmpty());
        QVERIFY(store.save(make(QStringLiteral("staging"))).isEmpty());
        QCOMPARE(store.names(),
                 (QStringList{QStringLiteral("prod eu"), QStringLiteral("staging")}));
        QCOMPARE(added.size(), 2);
        // Same name again without "previous name": refused, names the field.
        const QStringList clash = store.save(make(QStringLiteral("staging")));
        QCOMPARE(clash.size(), 1);
        QVERIFY(clash.first().startsWith(u"name:"));
        // Rename keeps the active selection pointing at the profile.
        store.setActiveName(QStringLiteral("staging"));
        QVERIFY(store.save(make(QStringLiteral("stage")), QStringLiteral("staging")).isEmpty());
        QCOMPARE(store.activeName(), QStringLiteral("stage"));
        QCOMPARE(removed.size(), 1);
        QVERIFY(!store.profile(QStringLiteral("staging")));
        QCOMPARE(store.profile(QStringLiteral("stage"))->dbHost, QStringLiteral("db.internal"));
        QVERIFY(store.remove(QStringLiteral("stage")));
        QVERIFY(store.activeName().isEmpty());
        QVERIFY(!store.remove(QStringLiteral("stage")));
    }

    void survivesARestart() {
        const QString file = m_dir.filePath(QStringLiteral("b.conf"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore store(&settings);
            QVERIFY(store.save(make(QStringLiteral("one"))).isEmpty());
            store.setActiveName(QStringLiteral("one"));
        }
        QSettings settings(file, QSettings::IniFormat);
        ProfileStore store(&settings);
        QCOMPARE(store.names(), QStringList{QStringLiteral("one")});
        QCOMPARE(store.activeName(), QStringLiteral("one"));
        QCOMPARE(*store.profile(QStringLiteral("one")), make(QStringLiteral("one")));
    }

    void duplicatePicksAFreeName() {
        QSettings settings(m_dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.save(make(QStringLiteral("x"))).isEmpty());
        QCOMPARE(store.duplicate(QStringLiteral("x")), QStringLiteral("x (copy)"));
        QCOMPARE(store.duplicate(QStringLiteral("x")), QStringLiteral("x (copy) (2)"));
        QVERIFY(store.duplicate(QStringLiteral("nope")).isEmpty());
    }

    void exportImportRoundTripWithoutSecrets() {
        QSettings settings(m_dir.filePath(QStringLiteral("d.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        Profile p = make(QStringLiteral("shared"));
        p.production = true;
        QVERIFY(store.save(p).isEmpty());
        const QString file = m_dir.filePath(QStringLiteral("shared.ini"));
        QVERIFY(store.exportFile(QStringLiteral("shared"), file).isEmpty());
        QFile exported(file);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray text = exported.readAll();
        QVERIFY(text.startsWith("[profile]"));
        QVERIFY(!text.contains("password"));
        const auto imported = store.importFile(file);
        QVERIFY2(imported.profile, qPrintable(imported.errors.join(u'\n')));
        QCOMPARE(imported.profile->name, QStringLiteral("shared (2)")); // never overwrites
        Profile expected = p;
        expected.name = imported.profile->name;
        QCOMPARE(*store.profile(expected.name), expected);
    }

    void importRefusesBadFiles() {
        QSettings settings(m_dir.filePath(QStringLiteral("e.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        const auto missing = store.importFile(m_dir.filePath(QStringLiteral("missing.ini")));
        QVERIFY(!missing.profile);
        QVERIFY(missing.errors.first().contains(u"missing.ini"));

        auto writeFile = [this](const QString& name, const QByteArray& text) {
            QFile f(m_dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write");
            f.write(text);
            return f.fileName();
        };
        const auto noGroup =
            store.importFile(writeFile(QStringLiteral("nogroup.ini"), "[other]\nname=x\n"));
        QVERIFY(noGroup.errors.first().contains(u"[profile]"));
        const auto secret = store.importFile(
            writeFile(QStringLiteral("secret.ini"), "[profile]\nname=x\ndbPassword=hunter2\n"));
        QVERIFY(!secret.profile);
        QVERIFY(secret.errors.first().contains(u"dbPassword"));
        const auto badPort = store.importFile(
            writeFile(QStringLiteral("port.ini"), "[profile]\nname=x\ndbPort=0\n"));
        QVERIFY(badPort.errors.first().contains(u"dbPort"));
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ProfileStore)
#include "tst_profilestore.moc"
