#pragma once

#include "db/PageQuery.h"
#include "pages/Page.h"

#include <QList>

class QTabWidget;

namespace tpp {

class DatasetView;

namespace db {
class DatasetCatalog;
class PlatformDb;
} // namespace db

/// A tab of the detail drawer: another dataset filtered by a value of the
/// selected row (the user's sessions, the session's commands, …).
struct DrawerTab {
    QString title;
    QString dataset;
    QString filterColumn; ///< column of the drawer's dataset, e.g. "user_id"
    QString keyColumn;    ///< column of the selected row, e.g. "id"
};

/// One choice of a toolbar filter ("Active", "Expired", …); no filter = "All".
struct FilterChoice {
    QString label;
    QList<db::Filter> filters;
};

/// What a database page offers: its dataset, what the filter field searches,
/// the page's own filters, and the drawer for the selected row.
struct DatasetPageConfig {
    QString dataset;
    QStringList searchColumns;
    QList<FilterChoice> choices; ///< a combobox of mutually exclusive filters
    QString userColumn;          ///< non-empty: a "user e-mail" field filters this column
    QString timeColumn;          ///< non-empty: from/to range on this column, and "go to time"
    QList<DrawerTab> drawer;
};

/// A page over one large platform table (Users, Sessions, Sandboxes, Audit):
/// the table with its filters on the left, a detail drawer on the right for
/// the selected row (Esc closes it).
class DatasetPage : public Page {
    Q_OBJECT
public:
    DatasetPage(const PageSpec& spec, IconSet* icons, db::PlatformDb* database,
                const db::DatasetCatalog* catalog, const DatasetPageConfig& config,
                QWidget* parent = nullptr);

    [[nodiscard]] DatasetView* view() const { return m_view; }
    [[nodiscard]] QList<DatasetView*> drawerViews() const { return m_drawerViews; }
    void updateState(const Profile* profile, const SourceSnapshot& source) override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void applyToolbarFilters();
    void showDrawerFor();
    void resolveUser(const QString& email);

    db::PlatformDb* m_database;
    DatasetPageConfig m_config;
    DatasetView* m_view;
    QTabWidget* m_drawer = nullptr;
    QList<DatasetView*> m_drawerViews;
    QList<db::Filter> m_choiceFilters;
    QList<db::Filter> m_timeFilters;
    QList<db::Filter> m_userFilters;
    quint64 m_userLookup = 0;
    bool m_connected = false;
};

} // namespace tpp
