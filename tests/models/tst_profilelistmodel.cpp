#include "ProfileListModel.h"
#include "profile/ProfileStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_ProfileListModel : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static Profile make(const QString& name, bool production = false) {
        Profile p;
        p.name = name;
        p.production = production;
        p.kubeContext = QStringLiteral("ctx");
        return p;
    }

private Q_SLOTS:
    void followsTheStoreIncrementally() {
        QSettings settings(m_dir.filePath(QStringLiteral("m.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        QVERIFY(store.save(make(QStringLiteral("b"))).isEmpty());
        ProfileListModel model(&store);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(store.save(make(QStringLiteral("a"), true)).isEmpty());
        QVERIFY(store.save(make(QStringLiteral("c"))).isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(inserts.size(), 2);
        QCOMPARE(inserts.at(0).at(1).toInt(), 0); // "a" goes before "b"
        QCOMPARE(inserts.at(1).at(1).toInt(), 2);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.index(row).data().toString(), store.names().at(row));
        QVERIFY(model.index(0).data(ProfileListModel::ProductionRole).toBool());
        QVERIFY(
            model.index(0).data(ProfileListModel::SummaryRole).toString().contains(u"production"));

        store.setActiveName(QStringLiteral("c"));
        QVERIFY(model.index(2).data(ProfileListModel::ActiveRole).toBool());
        QVERIFY(!changes.isEmpty());

        QVERIFY(store.save(make(QStringLiteral("a"), false), QStringLiteral("a")).isEmpty());
        QVERIFY(!model.index(0).data(ProfileListModel::ProductionRole).toBool());

        // Rename: the old row goes, the new one arrives where it sorts.
        QVERIFY(store.save(make(QStringLiteral("d")), QStringLiteral("a")).isEmpty());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data().toString(), QStringLiteral("d"));

        QVERIFY(store.remove(QStringLiteral("b")));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(removes.size(), 2);
        QCOMPARE(resets.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_ProfileListModel)
#include "tst_profilelistmodel.moc"
