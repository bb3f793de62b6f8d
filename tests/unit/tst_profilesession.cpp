// ProfileSession: activation drives SourceStatus; secrets come from the real
// key store (run under with-keyring.sh) or, when missing, are asked for.
#include "core/SourceStatus.h"
#include "profile/ProfileSession.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_ProfileSession : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void activationConfiguresSources() {
        QSettings settings(m_dir.filePath(QStringLiteral("s.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("tpp-console-test"));
        SourceStatus status;
        ProfileSession session(&store, &secrets, &status);
        Profile p;
        p.name = QStringLiteral("only-db");
        p.dbHost = QStringLiteral("127.0.0.1");
        QVERIFY(store.save(p).isEmpty());

        QVERIFY(!session.activate(QStringLiteral("unknown")));
        QVERIFY(session.activate(QStringLiteral("only-db")));
        QCOMPARE(store.activeName(), QStringLiteral("only-db"));
        QCOMPARE(status.snapshot(Source::Database).state, SourceState::Disconnected);
        QCOMPARE(status.snapshot(Source::Cluster).state, SourceState::NotConfigured);
        QCOMPARE(status.snapshot(Source::Prometheus).state, SourceState::NotConfigured);

        // Deleting the active profile deactivates it.
        QSignalSpy changed(&session, &ProfileSession::activeChanged);
        QVERIFY(store.remove(QStringLiteral("only-db")));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!session.active());
        QCOMPARE(status.snapshot(Source::Database).state, SourceState::NotConfigured);
    }

    void missingSecretIsAskedForThenServed() {
        QSettings settings(m_dir.filePath(QStringLiteral("t.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("tpp-console-test"));
        SourceStatus status;
        ProfileSession session(&store, &secrets, &status);
        Profile p;
        p.name = QStringLiteral("asks");
        p.dbHost = QStringLiteral("127.0.0.1");
        QVERIFY(store.save(p).isEmpty());
        QVERIFY(session.activate(p.name));

        QSignalSpy needed(&session, &ProfileSession::secretNeeded);
        session.requestSecret(SecretKind::DatabasePassword);
        QVERIFY(needed.wait(10000));
        QVERIFY(needed.first().at(2).toBool()); // a key store exists: saving is possible

        QSignalSpy ready(&session, &ProfileSession::secretReady);
        session.provideSecret(SecretKind::DatabasePassword, QStringLiteral("pw-1"), true);
        QCOMPARE(ready.size(), 1);
        // Saved to the key store: a fresh session finds it without asking.
        QSignalSpy written(&secrets, &SecretStore::writeFinished);
        QVERIFY(written.wait(10000));
        SecretStore secrets2(QStringLiteral("tpp-console-test"));
        ProfileSession session2(&store, &secrets2, &status);
        QVERIFY(session2.activate(p.name));
        QSignalSpy ready2(&session2, &ProfileSession::secretReady);
        session2.requestSecret(SecretKind::DatabasePassword);
        QVERIFY(ready2.wait(10000));
        QCOMPARE(ready2.first().at(1).toString(), QStringLiteral("pw-1"));
        secrets.remove(p.secretKey(SecretKind::DatabasePassword));
        QSignalSpy removed(&secrets, &SecretStore::removeFinished);
        QVERIFY(removed.wait(10000));
    }
};

QTEST_GUILESS_MAIN(tst_ProfileSession)
#include "tst_profilesession.moc"
