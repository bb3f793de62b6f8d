#include "core/SourceStatus.h"

#include <QSignalSpy>
#include <QTest>

using namespace tpp;

class tst_SourceStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void startsNotConfigured() {
        SourceStatus status;
        for (Source s : kAllSources) {
            QCOMPARE(status.snapshot(s).state, SourceState::NotConfigured);
            QVERIFY(!status.snapshot(s).lastSuccess.isValid());
        }
    }
    void connectedStampsTheTime() {
        SourceStatus status;
        QSignalSpy spy(&status, &SourceStatus::changed);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        status.setState(Source::Database, SourceState::Connected);
        QCOMPARE(spy.size(), 1);
        QCOMPARE(spy.first().first().value<Source>(), Source::Database);
        QVERIFY(status.snapshot(Source::Database).lastSuccess >= before);
        QVERIFY(!status.snapshot(Source::Cluster).lastSuccess.isValid());
    }
    void downKeepsTheLastSuccess() {
        SourceStatus status;
        status.setState(Source::Prometheus, SourceState::Connected);
        const QDateTime last = status.snapshot(Source::Prometheus).lastSuccess;
        status.setState(Source::Prometheus, SourceState::Down,
                        QStringLiteral("connection refused"));
        QCOMPARE(status.snapshot(Source::Prometheus).lastSuccess, last);
        QCOMPARE(status.snapshot(Source::Prometheus).detail, QStringLiteral("connection refused"));
    }
    void resetForgetsEverything() {
        SourceStatus status;
        status.setState(Source::Cluster, SourceState::Connected);
        QSignalSpy spy(&status, &SourceStatus::changed);
        status.resetAll(true);
        QCOMPARE(spy.size(), 4);
        QCOMPARE(status.snapshot(Source::Cluster).state, SourceState::Disconnected);
        QVERIFY(!status.snapshot(Source::Cluster).lastSuccess.isValid());
    }
    void namesAreHuman() {
        QCOMPARE(SourceStatus::sourceName(Source::Alertmanager), QStringLiteral("Alertmanager"));
        QCOMPARE(SourceStatus::stateName(SourceState::Down), QStringLiteral("down"));
    }
};

QTEST_GUILESS_MAIN(tst_SourceStatus)
#include "tst_sourcestatus.moc"
