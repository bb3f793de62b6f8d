#pragma once

#include <QWidget>

class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace tpp {

class IconSet;
class PageCatalog;

/// The narrow list of pages on the left, grouped (Monitor, Platform, Operate),
/// with icons, collapsible to icons only.
class Sidebar : public QWidget {
    Q_OBJECT
public:
    Sidebar(const PageCatalog* catalog, IconSet* icons, QWidget* parent = nullptr);

    void select(const QString& pageId);
    [[nodiscard]] QString current() const;
    void setCollapsed(bool collapsed);
    [[nodiscard]] bool isCollapsed() const { return m_collapsed; }
    /// Re-tints the icons after a theme change.
    void refreshIcons();

Q_SIGNALS:
    void pageSelected(const QString& pageId);

private:
    void rebuild();

    const PageCatalog* m_catalog;
    IconSet* m_icons;
    QListWidget* m_list;
    QToolButton* m_collapse;
    bool m_collapsed = false;
};

} // namespace tpp
