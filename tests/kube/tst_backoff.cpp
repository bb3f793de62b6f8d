// Backoff: the reflector's retry delays (800 ms doubling to 30 s, jitter, reset).
#include "kube/Backoff.h"

#include <QTest>

using tpp::kube::Backoff;
using Ms = Backoff::Ms;

class TestBackoff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sequenceWithoutJitter() {
        Backoff::Policy p;
        p.jitter = 0.0;
        Backoff b(p, 1);
        auto t = Backoff::Clock::now();
        const QList<qint64> expected{800, 1600, 3200, 6400, 12800, 25600, 30000, 30000};
        for (qint64 want : expected) {
            QCOMPARE(b.next(t).count(), want);
            t += std::chrono::seconds(1);
        }
    }

    void jitterStaysWithinBounds() {
        Backoff::Policy p; // default ±20 %
        for (quint32 seed = 1; seed <= 50; ++seed) {
            Backoff b(p, seed);
            auto t = Backoff::Clock::now();
            qint64 base = 800;
            for (int i = 0; i < 10; ++i) {
                const qint64 d = b.next(t).count();
                QVERIFY2(d >= base * 8 / 10 && d <= base * 12 / 10,
                         qPrintable(QStringLiteral("%1 outside %2 ±20%").arg(d).arg(base)));
                base = std::min<qint64>(base * 2, 30000);
                t += std::chrono::seconds(1);
            }
        }
    }

    void jitterActuallyVaries() {
        Backoff::Policy p;
        QSet<qint64> firsts;
        for (quint32 seed = 1; seed <= 20; ++seed)
            firsts.insert(Backoff(p, seed).next().count());
        QVERIFY(firsts.size() > 5);
    }

    void resetsAfterStablePeriod() {
        Backoff::Policy p;
        p.jitter = 0.0;
        Backoff b(p, 1);
        auto t = Backoff::Clock::now();
        for (int i = 0; i < 5; ++i)
            (void)b.next(t);
        QCOMPARE(b.currentBase().count(), 25600);
        // Less than 2 minutes since the last failure: keeps growing.
        t += std::chrono::seconds(119);
        QCOMPARE(b.next(t).count(), 25600);
        // Two minutes stable: back to the start.
        t += std::chrono::seconds(120);
        QCOMPARE(b.next(t).count(), 800);
        QCOMPARE(b.next(t).count(), 1600);
        b.reset();
        QCOMPARE(b.next(t).count(), 800);
    }
};

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
