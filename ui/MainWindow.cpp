#include "MainWindow.h"

#include "BuildInfo.h"
#include "CommandPalette.h"
#include "IconSet.h"
#include "PageCatalog.h"
#include "dialogs/ProfileEditorDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "dialogs/SecretPromptDialog.h"
#include "pages/Page.h"
#include "pages/PageFactory.h"
#include "profile/ProfileSession.h"
#include "profile/ProfileStore.h"
#include "widgets/PlatformStatusBar.h"
#include "widgets/Sidebar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>

namespace tpp {

MainWindow::MainWindow(const MainWindowDeps& deps, QWidget* parent)
    : QMainWindow(parent)
    , m_deps(deps)
    , m_sidebar(new Sidebar(deps.catalog, deps.icons, this))
    , m_stack(new QStackedWidget(this))
    , m_statusBar(new PlatformStatusBar(deps.status, deps.theme, deps.icons, this))
    , m_palette(new CommandPalette(this)) {
    setWindowTitle(tr("Terminal++ Console"));
    setWindowIcon(QIcon(QStringLiteral(":/app/tpp-console.svg")));
    setMinimumSize(900, 560);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    auto* divider = new QFrame(central);
    divider->setFrameShape(QFrame::VLine);
    divider->setFrameShadow(QFrame::Plain);
    divider->setForegroundRole(QPalette::Mid);
    layout->addWidget(divider);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    setStatusBar(m_statusBar);

    for (const PageSpec& spec : deps.catalog->pages()) {
        Page* page = deps.pageFactory->create(spec, m_stack);
        m_pages.insert(spec.id, page);
        m_stack->addWidget(page);
        connect(page, &Page::chooseProfileRequested, this, &MainWindow::openProfileManager);
        connect(page, &Page::editProfileRequested, this, &MainWindow::editActiveProfile);
    }

    connect(m_sidebar, &Sidebar::pageSelected, this, &MainWindow::showPage);
    connect(m_statusBar, &PlatformStatusBar::profileClicked, this, &MainWindow::openProfileManager);
    connect(deps.session, &ProfileSession::activeChanged, this,
            &MainWindow::onActiveProfileChanged);
    connect(deps.session, &ProfileSession::secretNeeded, this, &MainWindow::onSecretNeeded);
    connect(
        deps.session, &ProfileSession::secretSaveFailed, this,
        [this](SecretKind, const QString& message) { m_statusBar->showMessage(message, 15000); });
    connect(deps.status, &SourceStatus::changed, this, &MainWindow::refreshPages);
    connect(deps.profiles, &ProfileStore::profileAdded, this, &MainWindow::rebuildProfileMenu);
    connect(deps.profiles, &ProfileStore::profileRemoved, this, &MainWindow::rebuildProfileMenu);
    connect(deps.theme, &ThemeController::themeChanged, m_sidebar, &Sidebar::refreshIcons);

    buildMenus();
    m_sidebar->setCollapsed(deps.settings->value(QStringLiteral("ui/sidebarCollapsed")).toBool());
    restoreGeometry(deps.settings->value(QStringLiteral("ui/geometry")).toByteArray());
    onActiveProfileChanged();
    showPage(
        deps.settings->value(QStringLiteral("ui/page"), QStringLiteral("overview")).toString());
}

void MainWindow::buildMenus() {
    IconSet* icons = m_deps.icons;

    m_profileMenu = menuBar()->addMenu(tr("&Profile"));
    rebuildProfileMenu();

    QMenu* view = menuBar()->addMenu(tr("&View"));
    auto* palette = view->addAction(icons->icon(QStringLiteral("command")), tr("Command palette…"));
    palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(palette, &QAction::triggered, this, &MainWindow::openCommandPalette);
    auto* collapse = view->addAction(tr("Collapse sidebar"));
    collapse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(collapse, &QAction::triggered, this, [this] {
        m_sidebar->setCollapsed(!m_sidebar->isCollapsed());
        m_deps.settings->setValue(QStringLiteral("ui/sidebarCollapsed"), m_sidebar->isCollapsed());
    });
    m_commandActions << collapse;
    QMenu* themeMenu = view->addMenu(tr("Theme"));
    auto* themes = new QActionGroup(this);
    const QList<QPair<ThemeController::Mode, QString>> modes{
        {ThemeController::Mode::System, tr("Follow the system")},
        {ThemeController::Mode::Light, tr("Light")},
        {ThemeController::Mode::Dark, tr("Dark")}};
    for (const auto& [mode, label] : modes) {
        QAction* action = themeMenu->addAction(tr("Theme: %1").arg(label));
        action->setCheckable(true);
        action->setChecked(m_deps.theme->mode() == mode);
        themes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] { applyTheme(mode); });
        m_commandActions << action;
    }

    QMenu* go = menuBar()->addMenu(tr("&Go"));
    int n = 0;
    for (const PageSpec& spec : m_deps.catalog->pages()) {
        QAction* action = go->addAction(icons->icon(spec.icon), tr("Go to %1").arg(spec.title));
        if (++n <= 9)
            action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + n)));
        connect(action, &QAction::triggered, this, [this, id = spec.id] { showPage(id); });
        m_pageActions << action;
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("About Terminal++ Console"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Terminal++ Console"),
                           tr("<b>Terminal++ Console %1</b><br>A desktop console for the people "
                              "who run a Terminal++ platform.<br>Icons: Lucide (ISC licence).")
                               .arg(QString::fromLatin1(build::kVersion)));
    });
    m_commandActions << about;
    QAction* quit = new QAction(tr("Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    addAction(quit);
    m_commandActions << quit;
}

void MainWindow::rebuildProfileMenu() {
    if (!m_profileMenu)
        return;
    m_profileMenu->clear();
    QAction* manage = m_profileMenu->addAction(m_deps.icons->icon(QStringLiteral("user-cog")),
                                               tr("Manage profiles…"));
    manage->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(manage, &QAction::triggered, this, &MainWindow::openProfileManager);
    QAction* edit = m_profileMenu->addAction(m_deps.icons->icon(QStringLiteral("pencil")),
                                             tr("Edit active profile…"));
    edit->setEnabled(m_deps.session->active().has_value());
    connect(edit, &QAction::triggered, this, &MainWindow::editActiveProfile);
    m_profileMenu->addSeparator();
    QList<QAction*> switches;
    for (const QString& name : m_deps.profiles->names()) {
        QAction* action = m_profileMenu->addAction(tr("Connect to %1").arg(name));
        action->setCheckable(true);
        action->setChecked(m_deps.session->active() && m_deps.session->active()->name == name);
        connect(action, &QAction::triggered, this,
                [this, name] { m_deps.session->activate(name); });
        switches << action;
    }
    m_profileMenu->addSeparator();
    QAction* disconnect = m_profileMenu->addAction(tr("Disconnect"));
    disconnect->setEnabled(m_deps.session->active().has_value());
    connect(disconnect, &QAction::triggered, this, [this] { m_deps.session->activate({}); });
    // The menu's clear() deleted the old actions; the palette gets the new ones.
    m_profileActions = QList<QAction*>{manage, edit} + switches + QList<QAction*>{disconnect};
}

void MainWindow::openCommandPalette() {
    m_palette->open(m_pageActions + m_profileActions + m_commandActions);
}

void MainWindow::showPage(const QString& id) {
    Page* target = m_pages.value(id);
    if (!target)
        target = m_pages.value(m_deps.catalog->pages().constFirst().id);
    m_stack->setCurrentWidget(target);
    m_sidebar->select(target->spec().id);
    m_deps.settings->setValue(QStringLiteral("ui/page"), target->spec().id);
}

Page* MainWindow::page(const QString& id) const {
    return m_pages.value(id);
}

QString MainWindow::currentPage() const {
    const auto* current = qobject_cast<Page*>(m_stack->currentWidget());
    return current ? current->spec().id : QString();
}

void MainWindow::onActiveProfileChanged() {
    const auto& active = m_deps.session->active();
    m_statusBar->setProfile(active ? active->name : QString(), active && active->production);
    setWindowTitle(active ? tr("%1 — Terminal++ Console").arg(active->name)
                          : tr("Terminal++ Console"));
    rebuildProfileMenu();
    refreshPages();
}

void MainWindow::refreshPages() {
    const auto& active = m_deps.session->active();
    for (Page* page : std::as_const(m_pages))
        page->updateState(active ? &*active : nullptr,
                          m_deps.status->snapshot(page->spec().primarySource));
}

void MainWindow::onSecretNeeded(SecretKind kind, const QString& message, bool canSave) {
    const auto& active = m_deps.session->active();
    if (!active || kind != SecretKind::DatabasePassword)
        return;
    if (!m_interactive) {
        m_statusBar->showMessage(message, 15000);
        return;
    }
    SecretPromptDialog prompt(
        tr("Database password"),
        tr("The profile “%1” connects to the database as “%2”.").arg(active->name, active->dbUser) +
            QStringLiteral("\n\n") + message,
        canSave, this);
    if (prompt.exec() == QDialog::Accepted)
        m_deps.session->provideSecret(kind, prompt.secret(), prompt.saveRequested());
}

void MainWindow::applyTheme(ThemeController::Mode mode) {
    m_deps.theme->setMode(mode);
    m_deps.settings->setValue(QStringLiteral("ui/theme"), ThemeController::modeName(mode));
}

void MainWindow::openProfileManager() {
    ProfileManagerDialog dialog(m_deps.profiles, m_deps.secrets, m_deps.icons, this);
    connect(&dialog, &ProfileManagerDialog::activateRequested, m_deps.session,
            [this](const QString& name) { m_deps.session->activate(name); });
    dialog.exec();
}

void MainWindow::editActiveProfile() {
    const auto& active = m_deps.session->active();
    if (!active)
        return openProfileManager();
    const Profile current = *active;
    ProfileEditorDialog editor(m_deps.profiles, m_deps.secrets, &current, this);
    if (editor.exec() == QDialog::Accepted && editor.savedName() != current.name)
        m_deps.session->activate(editor.savedName());
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_deps.settings->setValue(QStringLiteral("ui/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace tpp
