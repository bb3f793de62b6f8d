#pragma once

#include "db/PageQuery.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace tpp {

class PagedTableModel;

namespace db {
struct Dataset;
class PlatformDb;
} // namespace db

/// A large platform table as people expect it (UI.md): a filter field above it
/// ('/' focuses it), sortable headers on indexed columns, live counts
/// ("≈1,000,000 sessions · 200 loaded"), the query's error in words, a
/// right-click menu to copy rows and export what is shown as CSV. Scrolling
/// pages by key through PagedTableModel in both directions.
class DatasetView : public QWidget {
    Q_OBJECT
public:
    /// @param searchColumns columns the filter field searches by prefix; with
    ///        more than one, a selector chooses which.
    DatasetView(db::PlatformDb* database, const db::Dataset* dataset, QStringList searchColumns,
                QWidget* parent = nullptr);

    /// Filters that are part of the view's purpose (e.g. user_id of the drawer's user).
    void setFixedFilters(const QList<db::Filter>& filters);
    /// Filters from the page's toolbar.
    void setExtraFilters(const QList<db::Filter>& filters);
    void seekTo(const QVariant& sortValue);
    void reload();
    void focusSearch();
    /// Adds a widget to the row above the table, right of the filter field.
    void addToolbarWidget(QWidget* widget);

    [[nodiscard]] PagedTableModel* model() const { return m_model; }
    [[nodiscard]] QTableView* table() const { return m_table; }
    /// Raw value of a column in the current row (invalid when nothing is selected).
    [[nodiscard]] QVariant currentValue(const QString& column) const;
    /// Writes the rows the model holds now as CSV; returns an error text, empty on success.
    [[nodiscard]] QString exportCsv(const QString& path) const;
    [[nodiscard]] QString selectedRowsAsText() const;
    /// A problem that is not the query's (e.g. the schema lacks this table);
    /// empty clears it. Shown in place of the model's own error.
    void setProblem(const QString& problem);
    [[nodiscard]] QString problem() const { return m_problem; }

Q_SIGNALS:
    void currentRowChanged();
    void activated();

private:
    void applyQuery();
    void updateCount();
    void showContextMenu(const QPoint& pos);

    db::PlatformDb* m_database;
    const db::Dataset* m_dataset;
    QStringList m_searchColumns;
    QList<db::Filter> m_fixed;
    QList<db::Filter> m_extra;
    PagedTableModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_searchColumn = nullptr;
    QWidget* m_toolbar;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_error;
    QLabel* m_emptyNote;
    QTimer* m_debounce;
    QString m_problem;
};

} // namespace tpp
