// The shell on the offscreen platform: pages, honest empty states, status bar,
// keyboard navigation, themes. No data source is connected in this build, so
// every page must say so rather than show anything invented.
#include "IconSet.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "ThemeController.h"
#include "pages/Page.h"
#include "pages/PageFactory.h"
#include "profile/ProfileSession.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"
#include "widgets/EmptyState.h"
#include "widgets/PlatformStatusBar.h"
#include "widgets/SourceIndicator.h"

#include <QApplication>
#include <QListWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_MainWindow : public QObject {
    Q_OBJECT

    struct Fixture {
        QTemporaryDir dir;
        QSettings settings{dir.filePath(QStringLiteral("ui.conf")), QSettings::IniFormat};
        SourceStatus status;
        SecretStore secrets{QStringLiteral("tpp-console-test")};
        ProfileStore profiles{&settings};
        ProfileSession session{&profiles, &secrets, &status};
        IconSet icons;
        ThemeController theme{&icons, QApplication::palette()};
        PageCatalog catalog;
        // No database object: the pages stay plain, as in a build without a profile.
        PageFactory pages{&icons, nullptr, nullptr};
        MainWindow window{
            {&catalog, &pages, &profiles, &session, &secrets, &status, &theme, &icons, &settings}};
        Fixture() { window.setInteractive(false); }
    };

private Q_SLOTS:
    void hasEveryPageWithAnHonestEmptyState() {
        Fixture f;
        const QStringList expected{
            QStringLiteral("overview"),  QStringLiteral("alerts"),  QStringLiteral("sandboxes"),
            QStringLiteral("sessions"),  QStringLiteral("users"),   QStringLiteral("workloads"),
            QStringLiteral("terminals"), QStringLiteral("backups"), QStringLiteral("audit")};
        for (const QString& id : expected) {
            Page* page = f.window.page(id);
            QVERIFY2(page, qPrintable(id));
            QVERIFY(!page->showsContent());
            QCOMPARE(page->emptyState()->headline(),
                     QStringLiteral("Not connected — choose a profile"));
        }
        QCOMPARE(f.window.platformStatusBar()->profileText(), QStringLiteral("No profile"));
    }

    void keyboardSwitchesPages() {
        Fixture f;
        f.window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        QTest::keyClick(&f.window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(f.window.currentPage(), QStringLiteral("sandboxes"));
        QTest::keyClick(&f.window, Qt::Key_9, Qt::ControlModifier);
        QCOMPARE(f.window.currentPage(), QStringLiteral("audit"));
        QTest::keyClick(&f.window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(f.window.currentPage(), QStringLiteral("overview"));
        // The sidebar follows, and clicking it drives the stack.
        auto* list = f.window.findChild<QListWidget*>(QStringLiteral("sidebarList"));
        QVERIFY(list);
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->text() == u"Users")
                list->setCurrentRow(row);
        QCOMPARE(f.window.currentPage(), QStringLiteral("users"));
        QCOMPARE(f.settings.value(QStringLiteral("ui/page")).toString(), QStringLiteral("users"));
    }

    void profileDrivesStatusBarAndPages() {
        Fixture f;
        Profile p;
        p.name = QStringLiteral("prod-eu");
        p.production = true;
        p.kubeContext = QStringLiteral("prod");
        p.prometheusUrl = QStringLiteral("http://prom:9090");
        QVERIFY(f.profiles.save(p).isEmpty());
        QVERIFY(f.session.activate(p.name));
        QCOMPARE(f.window.platformStatusBar()->profileText(),
                 QStringLiteral("prod-eu · PRODUCTION"));
        QVERIFY(f.window.windowTitle().startsWith(u"prod-eu"));
        // Database not in the profile: its pages say so and offer to edit it.
        QCOMPARE(f.window.page(QStringLiteral("sessions"))->emptyState()->headline(),
                 QStringLiteral("Database is not set up in this profile"));
        // Cluster configured but not connected: says so, invents nothing.
        QCOMPARE(f.window.page(QStringLiteral("workloads"))->emptyState()->headline(),
                 QStringLiteral("Cluster: not connected"));
        // A source that goes down shows since when.
        f.status.setState(Source::Prometheus, SourceState::Connected);
        f.status.setState(Source::Prometheus, SourceState::Down,
                          QStringLiteral("connection refused"));
        const QString body = f.window.page(QStringLiteral("overview"))->emptyState()->body();
        QVERIFY2(body.contains(u"connection refused") && body.contains(u"Last data"),
                 qPrintable(body));
        QVERIFY(f.window.platformStatusBar()
                    ->indicator(Source::Prometheus)
                    ->toolTip()
                    .contains(u"down"));
        f.session.activate({});
        QCOMPARE(f.window.platformStatusBar()->profileText(), QStringLiteral("No profile"));
    }

    void themesSwitch() {
        Fixture f;
        f.theme.setMode(ThemeController::Mode::Dark);
        QVERIFY(f.theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        f.theme.setMode(ThemeController::Mode::Light);
        QVERIFY(!f.theme.isDark());
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() > 200);
        QVERIFY(f.theme.statusColor(ThemeController::Status::Bad) !=
                f.theme.statusColor(ThemeController::Status::Good));
    }

    void iconsAreBundled() {
        IconSet icons;
        PageCatalog catalog;
        for (const PageSpec& spec : catalog.pages())
            QVERIFY2(!icons.icon(spec.icon).isNull(), qPrintable(spec.icon));
    }
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
