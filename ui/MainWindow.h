#pragma once

#include "ThemeController.h"
#include "core/SourceStatus.h"
#include "profile/Profile.h"

#include <QHash>
#include <QMainWindow>

class QActionGroup;
class QMenu;
class QSettings;
class QStackedWidget;

namespace tpp {

class CommandPalette;
class IconSet;
class Page;
class PageCatalog;
class PlatformStatusBar;
class ProfileSession;
class ProfileStore;
class SecretStore;
class Sidebar;
class PageFactory;

/// Everything the main window needs, constructed in app/main.cpp and passed in
/// (no singletons): the window owns none of these.
struct MainWindowDeps {
    const PageCatalog* catalog;
    const PageFactory* pageFactory;
    ProfileStore* profiles;
    ProfileSession* session;
    SecretStore* secrets;
    SourceStatus* status;
    ThemeController* theme;
    IconSet* icons;
    QSettings* settings; ///< window geometry, theme, sidebar state
};

/// The shell: sidebar of pages, the page stack, menus, shortcuts (Ctrl+1…9,
/// Ctrl+K, Ctrl+B) and the status bar. Pages come from the PageCatalog.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowDeps& deps, QWidget* parent = nullptr);

    void showPage(const QString& id);
    [[nodiscard]] Page* page(const QString& id) const;
    [[nodiscard]] QString currentPage() const;
    [[nodiscard]] PlatformStatusBar* platformStatusBar() const { return m_statusBar; }
    /// Off for the screenshot run and tests: no modal prompts pop up.
    void setInteractive(bool interactive) { m_interactive = interactive; }

public Q_SLOTS:
    void openProfileManager();
    void openCommandPalette();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void rebuildProfileMenu();
    void onActiveProfileChanged();
    void refreshPages();
    void onSecretNeeded(SecretKind kind, const QString& message, bool canSave);
    void applyTheme(ThemeController::Mode mode);
    void editActiveProfile();

    MainWindowDeps m_deps;
    Sidebar* m_sidebar;
    QStackedWidget* m_stack;
    PlatformStatusBar* m_statusBar;
    CommandPalette* m_palette;
    QMenu* m_profileMenu = nullptr;
    QHash<QString, Page*> m_pages;
    QList<QAction*> m_pageActions;
    QList<QAction*> m_commandActions;
    QList<QAction*> m_profileActions; ///< rebuilt with the profile menu
    bool m_interactive = true;
};

} // namespace tpp
