// SecretStore against the real Secret Service (gnome-keyring in a private
// D-Bus session, started by with-keyring.sh). After a write/read/delete round
// trip the secret's text must be in no file under the test's HOME and XDG
// folders: QtKeychain has no plaintext fallback and we never write one.
#include "profile/SecretStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using tpp::SecretStore;

class tst_SecretStore : public QObject {
    Q_OBJECT

    static QStringList filesContaining(const QByteArray& needle) {
        QStringList hits;
        const QString root = qEnvironmentVariable("TPP_TEST_ROOT");
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
                hits << f.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariableIsEmpty("TPP_TEST_ROOT"),
                 "run through tests/integration/with-keyring.sh");
        // The folders checked below are the ones Qt itself would write to.
        QVERIFY(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
                    .startsWith(qEnvironmentVariable("TPP_TEST_ROOT")));
    }

    void roundTripLeavesNoTrace() {
        SecretStore store(QStringLiteral("tpp-console-test"));
        const QString key = QStringLiteral("local-stack/db-password");
        const QString secret =
            QStringLiteral("s3cr3t-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSignalSpy failed(&store, &SecretStore::failed);

        QSignalSpy written(&store, &SecretStore::writeFinished);
        store.write(key, secret);
        QVERIFY2(written.wait(10000),
                 failed.isEmpty() ? "timeout" : qPrintable(failed.first().at(3).toString()));
        QCOMPARE(written.first().first().toString(), key);

        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(key);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), secret);

        // A second store (a new run of the console) reads it back from the keyring.
        SecretStore again(QStringLiteral("tpp-console-test"));
        QSignalSpy readAgain(&again, &SecretStore::readFinished);
        again.read(key);
        QVERIFY(readAgain.wait(10000));
        QCOMPARE(readAgain.first().at(1).toString(), secret);

        QSignalSpy removed(&store, &SecretStore::removeFinished);
        store.remove(key);
        QVERIFY(removed.wait(10000));

        QSignalSpy gone(&store, &SecretStore::failed);
        store.read(key);
        QVERIFY(gone.wait(10000));
        QCOMPARE(gone.first().at(2).value<SecretStore::Failure>(), SecretStore::Failure::NotFound);

        const QStringList leaks = filesContaining(secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u'\n')));
    }

    void sessionSecretsAreAnsweredFromMemoryOnly() {
        SecretStore store(QStringLiteral("tpp-console-test"));
        const QString secret =
            QStringLiteral("session-only-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        store.rememberForSession(QStringLiteral("p/redis-password"), secret);
        QSignalSpy read(&store, &SecretStore::readFinished);
        store.read(QStringLiteral("p/redis-password"));
        QVERIFY(read.wait(2000));
        QCOMPARE(read.first().at(1).toString(), secret);
        // Not in the keyring: another store does not find it.
        SecretStore other(QStringLiteral("tpp-console-test"));
        QSignalSpy failed(&other, &SecretStore::failed);
        other.read(QStringLiteral("p/redis-password"));
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(2).value<SecretStore::Failure>(),
                 SecretStore::Failure::NotFound);
        QVERIFY(filesContaining(secret.toUtf8()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SecretStore)
#include "tst_secretstore.moc"
