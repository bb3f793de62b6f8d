#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace tpp {

/// Ctrl+K: type a few letters of any command (go to a page, switch profile,
/// change theme…) and press Enter. It lists the window's own QActions, so a
/// command exists once and the palette, menus and shortcuts share it.
class CommandPalette : public QDialog {
    Q_OBJECT
public:
    explicit CommandPalette(QWidget* parent = nullptr);

    /// Shows the palette over the window with these actions to choose from.
    void open(const QList<QAction*>& actions);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void runCurrent();

    QLineEdit* m_filter;
    QListView* m_list;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QList<QAction*> m_actions;
};

} // namespace tpp
