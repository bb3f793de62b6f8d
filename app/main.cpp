// tpp-console: the one place where the layers are constructed and wired. Every
// object below is created here and handed down; nothing is a singleton.

#include "BuildInfo.h"
#include "IconSet.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "ScreenshotRunner.h"
#include "ThemeController.h"
#include "core/PlatformConnections.h"
#include "core/SourceStatus.h"
#include "db/AuditLog.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"
#include "pages/PageFactory.h"
#include "profile/ProfileSession.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTranslator>

#include <cstdio>

namespace {

void installTranslators(QApplication& app) {
    // Our strings (compiled into the binary under :/i18n) and Qt's own, both
    // following the system locale.
    auto* ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("tpp-console"), QStringLiteral("_"),
                   QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

int fail(const QString& message) {
    std::fprintf(stderr, "tpp-console: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QApplication::setApplicationName(QString::fromLatin1(tpp::build::kName));
    QApplication::setApplicationDisplayName(QString::fromLatin1(tpp::build::kDisplayName));
    QApplication::setOrganizationName(QString::fromLatin1(tpp::build::kOrganization));
    QApplication::setApplicationVersion(QString::fromLatin1(tpp::build::kVersion));
    QApplication::setDesktopFileName(QStringLiteral("tpp-console"));
    installTranslators(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "A desktop console for operating a Terminal++ platform."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        QStringLiteral("profile"), QApplication::translate("main", "Connect to the profile NAME."),
        QStringLiteral("NAME"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main",
                                "Render every page once it has loaded, save PNGs into DIR, exit."),
        QStringLiteral("DIR"));
    const QCommandLineOption themeOption(
        QStringLiteral("theme"),
        QApplication::translate("main", "Colour theme: system, light or dark."),
        QStringLiteral("MODE"));
    const QCommandLineOption importOption(
        QStringLiteral("import-profile"),
        QApplication::translate("main", "Import a profile file (no secrets) before starting."),
        QStringLiteral("FILE"));
    parser.addOptions({profileOption, screenshotOption, themeOption, importOption});
    parser.process(app);

    // Settings: the native location (~/.config/terminalpp/tpp-console.conf).
    // Only non-secret values ever go here.
    QSettings settings;
    tpp::SourceStatus status;
    tpp::SecretStore secrets(QStringLiteral("tpp-console"));
    tpp::ProfileStore profiles(&settings);
    tpp::ProfileSession session(&profiles, &secrets, &status);
    tpp::IconSet icons;
    tpp::ThemeController theme(&icons, QApplication::palette());
    tpp::PageCatalog catalog;

    bool themeOk = true;
    const QString themeText =
        parser.isSet(themeOption)
            ? parser.value(themeOption)
            : settings.value(QStringLiteral("ui/theme"), QStringLiteral("system")).toString();
    theme.setMode(tpp::ThemeController::parseMode(themeText, &themeOk));
    if (!themeOk)
        return fail(QApplication::translate("main", "--theme: \"%1\" is not system, light or dark")
                        .arg(themeText));

    if (parser.isSet(importOption)) {
        const auto result = profiles.importFile(parser.value(importOption));
        if (!result.profile)
            return fail(result.errors.join(QLatin1Char('\n')));
        std::printf("%s\n", qPrintable(QApplication::translate("main", "imported profile \"%1\"")
                                           .arg(result.profile->name)));
    }

    // The database: its own thread inside PlatformDb; the audit journal in the
    // app's data folder, flushed to admin_audit whenever the database is there.
    tpp::db::PlatformDb database(&status);
    tpp::db::DatasetCatalog datasets;
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dataDir);
    tpp::db::AuditLog audit(&database, dataDir + QStringLiteral("/audit-journal.sqlite"));
    tpp::PlatformConnections connections(&session, &database);
    tpp::PageFactory pages(&icons, &database, &datasets);

    tpp::MainWindow window(
        {&catalog, &pages, &profiles, &session, &secrets, &status, &theme, &icons, &settings});
    const bool screenshots = parser.isSet(screenshotOption);
    window.setInteractive(!screenshots);

    const QString wanted =
        parser.isSet(profileOption) ? parser.value(profileOption) : profiles.activeName();
    if (!wanted.isEmpty() && !session.activate(wanted)) {
        if (parser.isSet(profileOption))
            return fail(QApplication::translate("main", "no profile called \"%1\" (known: %2)")
                            .arg(wanted, profiles.names().join(QLatin1String(", "))));
        session.activate({}); // the remembered profile was deleted meanwhile
    }

    if (screenshots) {
        const QDir dir(parser.value(screenshotOption));
        if (!QDir().mkpath(dir.absolutePath()))
            return fail(QApplication::translate("main", "--screenshot: cannot create %1")
                            .arg(dir.absolutePath()));
        window.resize(1280, 800);
        window.show();
        QStringList ids;
        for (const tpp::PageSpec& spec : catalog.pages())
            ids << spec.id;
        auto* runner = new tpp::ScreenshotRunner(&window, dir, ids, 20000, &app);
        QObject::connect(runner, &tpp::ScreenshotRunner::finished, &app, &QApplication::exit);
        runner->start();
        return QApplication::exec();
    }

    window.show();
    return QApplication::exec();
}
