// With no Secret Service to use — no session bus at all, or a bus whose Secret
// Service has no keyring (CTest runs this test both ways) — reads and writes
// fail as "no backend" with a message that says so plainly, and nothing is
// written anywhere instead.
#include "profile/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

using tpp::SecretStore;

class tst_SecretStoreNoBackend : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeFailsAsNoBackend() {
        SecretStore store(QStringLiteral("tpp-console-test"));
        QSignalSpy failed(&store, &SecretStore::failed);
        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.write(QStringLiteral("p/db-password"), QStringLiteral("never-stored"));
        QVERIFY(failed.wait(15000));
        QCOMPARE(written.size(), 0);
        QCOMPARE(failed.first().at(1).value<SecretStore::Operation>(),
                 SecretStore::Operation::Write);
        const auto failure = failed.first().at(2).value<SecretStore::Failure>();
        QVERIFY2(failure == SecretStore::Failure::NoBackend,
                 qPrintable(failed.first().at(3).toString()));
        QVERIFY(SecretStore::describe(failure, QString()).contains(u"no usable Secret Service"));
    }

    void readFailsAsNoBackendButSessionMemoryWorks() {
        SecretStore store(QStringLiteral("tpp-console-test"));
        QSignalSpy failed(&store, &SecretStore::failed);
        store.read(QStringLiteral("p/db-password"));
        QVERIFY(failed.wait(15000));
        // Without a bus: no backend. With a Secret Service that has no keyring,
        // libsecret's search simply finds nothing. Either way the user is asked.
        const auto failure = failed.first().at(2).value<SecretStore::Failure>();
        QVERIFY2(failure == SecretStore::Failure::NoBackend ||
                     failure == SecretStore::Failure::NotFound,
                 qPrintable(failed.first().at(3).toString()));

        store.rememberForSession(QStringLiteral("p/db-password"), QStringLiteral("typed-by-user"));
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(QStringLiteral("p/db-password"));
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("typed-by-user"));
        store.forgetSession();
        store.read(QStringLiteral("p/db-password"));
        QVERIFY(failed.wait(15000));
    }
};

QTEST_GUILESS_MAIN(tst_SecretStoreNoBackend)
#include "tst_secretstore_nobackend.moc"
