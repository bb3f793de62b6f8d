// The Users page against the stack/ PostgreSQL (TPP_STACK_DIR), driven like a
// person would: it loads when the database connects, the filter field narrows
// by e-mail prefix, selecting a user opens the drawer with that user's
// sessions, Esc closes it, and "export shown rows" writes a CSV of them.
#include "../common/StackEnv.h"
#include "IconSet.h"
#include "PageCatalog.h"
#include "PagedTableModel.h"
#include "core/SourceStatus.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"
#include "pages/DatasetPage.h"
#include "profile/Profile.h"
#include "widgets/DatasetView.h"

#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_DatasetPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void usersPageLikeAPerson() {
        db::test::StackEnv env;
        if (!env.load())
            QSKIP("TPP_STACK_DIR is not set: this test needs the stack/ PostgreSQL");
        SourceStatus status;
        db::PlatformDb database(&status);
        db::DatasetCatalog datasets;
        IconSet icons;
        PageCatalog catalog;
        const PageSpec* spec = catalog.find(QStringLiteral("users"));
        QVERIFY(spec);
        DatasetPageConfig config;
        config.dataset = QStringLiteral("users");
        config.searchColumns = {QStringLiteral("email"), QStringLiteral("name")};
        config.drawer = {{QStringLiteral("Sessions"), QStringLiteral("sessions"),
                          QStringLiteral("user_id"), QStringLiteral("id")}};
        DatasetPage page(*spec, &icons, &database, &datasets, config);
        page.resize(1200, 700);
        page.show();
        Profile profile;
        profile.name = QStringLiteral("stack");
        profile.dbHost = QStringLiteral("127.0.0.1");
        QObject::connect(&status, &SourceStatus::changed, &page,
                         [&] { page.updateState(&profile, status.snapshot(Source::Database)); });
        database.open(env.console());

        PagedTableModel* model = page.view()->model();
        QVERIFY(QTest::qWaitFor([&] { return model->rowCount() > 0; }, 20000));
        QVERIFY(page.showsContent());
        QVERIFY(page.isReady());

        // Filter by e-mail prefix: every row matches, the count follows.
        const QString email = model->value(0, QStringLiteral("email")).toString();
        const QString prefix = email.left(4);
        auto* search = page.view()->findChildren<QLineEdit*>().first();
        QTest::keyClicks(search, prefix);
        QVERIFY(QTest::qWaitFor(
            [&] {
                return !model->isLoading() && model->rowCount() > 0 &&
                       !model->query().filters.isEmpty();
            },
            20000));
        for (int row = 0; row < model->rowCount(); ++row)
            QVERIFY(model->value(row, QStringLiteral("email"))
                        .toString()
                        .startsWith(prefix, Qt::CaseInsensitive));

        // Select the first user: the drawer opens on that user's sessions.
        page.view()->table()->setCurrentIndex(model->index(0, 1));
        auto* drawer = page.findChild<QTabWidget*>();
        QVERIFY(drawer && drawer->isVisible());
        DatasetView* sessions = page.drawerViews().first();
        const QVariant userId = model->value(0, QStringLiteral("id"));
        QVERIFY(QTest::qWaitFor(
            [&] { return !sessions->model()->isLoading() && sessions->model()->atEnd(); }, 20000));
        for (int row = 0; row < sessions->model()->rowCount(); ++row)
            QCOMPARE(sessions->model()->value(row, QStringLiteral("user_id")).toString(),
                     userId.toString());
        QTest::keyClick(&page, Qt::Key_Escape);
        QVERIFY(!drawer->isVisible());

        // Export what is shown.
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("users.csv"));
        QCOMPARE(page.view()->exportCsv(csv), QString());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), model->rowCount() + 1);
        QVERIFY(lines.first().startsWith("id,email,"));
        QVERIFY(lines.at(1).contains(model->value(0, QStringLiteral("email")).toString().toUtf8()));
    }
};

QTEST_MAIN(tst_DatasetPage)
#include "tst_datasetpage.moc"
