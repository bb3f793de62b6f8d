#include "widgets/DatasetView.h"

#include "PagedTableModel.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"
#include "widgets/StatusDelegate.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QShortcut>
#include <QTableView>
#include <QTextStream>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace tpp {

namespace {

QString csvField(QString text) {
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
        text.contains(QLatin1Char('\n'))) {
        text.replace(QLatin1Char('"'), QLatin1String("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// CSV and copies carry the raw values (ISO times, full ids), not "3 min ago".
QString rawText(const QVariant& value) {
    if (value.typeId() == QMetaType::QDateTime)
        return value.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    return value.toString();
}

} // namespace

DatasetView::DatasetView(db::PlatformDb* database, const db::Dataset* dataset,
                         QStringList searchColumns, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_dataset(dataset)
    , m_searchColumns(std::move(searchColumns))
    , m_model(new PagedTableModel(database, dataset, this))
    , m_search(new QLineEdit(this))
    , m_toolbar(new QWidget(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_emptyNote(new QLabel(this))
    , m_debounce(new QTimer(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    auto* bar = new QHBoxLayout;
    bar->setSpacing(6);
    if (!m_searchColumns.isEmpty()) {
        if (m_searchColumns.size() > 1) {
            m_searchColumn = new QComboBox(this);
            for (const QString& name : std::as_const(m_searchColumns))
                if (const db::DatasetColumn* c = dataset->column(name))
                    m_searchColumn->addItem(c->title, name);
            bar->addWidget(m_searchColumn);
            connect(m_searchColumn, &QComboBox::currentIndexChanged, this,
                    &DatasetView::applyQuery);
        }
        const db::DatasetColumn* first = dataset->column(m_searchColumns.first());
        m_search->setPlaceholderText(
            tr("Filter by %1 prefix  ( / )").arg(first ? first->title : m_searchColumns.first()));
        m_search->setClearButtonEnabled(true);
        m_search->setMinimumWidth(220);
        m_search->setMaximumWidth(360);
        bar->addWidget(m_search);
    } else {
        m_search->hide();
    }
    auto* toolbarLayout = new QHBoxLayout(m_toolbar);
    toolbarLayout->setContentsMargins(0, 0, 0, 0);
    toolbarLayout->setSpacing(6);
    bar->addWidget(m_toolbar);
    bar->addStretch(1);
    bar->addWidget(m_count);
    layout->addLayout(bar);

    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    layout->addWidget(m_error);

    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(dataset->columnIndex(dataset->defaultSort),
                                                  Qt::DescendingOrder);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(150);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    layout->addWidget(m_table, 1);
    m_emptyNote->setAlignment(Qt::AlignCenter);
    m_emptyNote->setForegroundRole(QPalette::PlaceholderText);
    m_emptyNote->hide();
    layout->addWidget(m_emptyNote);
    // Foreign keys are there for filters, drawers and CSV, but e-mails and
    // names say more to a person: the raw ids start hidden (header menu shows them).
    for (int c = 0; c < dataset->columns.size(); ++c) {
        const QString& name = dataset->columns.at(c).name;
        if (name.endsWith(QLatin1String("_id")))
            m_table->setColumnHidden(c, true);
        else if (name == QLatin1String("id"))
            m_table->setColumnWidth(c, 110);
        if (name == QLatin1String("status") || name == QLatin1String("outcome"))
            m_table->setItemDelegateForColumn(c, new StatusDelegate(m_table));
        else if (name.endsWith(QLatin1String("email")) || name == QLatin1String("command") ||
                 name == QLatin1String("target") || name == QLatin1String("file_path"))
            m_table->setColumnWidth(c, 240);
    }
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                QMenu menu(this);
                for (int c = 0; c < m_dataset->columns.size(); ++c) {
                    QAction* a = menu.addAction(m_dataset->columns.at(c).title);
                    a->setCheckable(true);
                    a->setChecked(!m_table->isColumnHidden(c));
                    connect(a, &QAction::toggled, this,
                            [this, c](bool on) { m_table->setColumnHidden(c, !on); });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DatasetView::applyQuery);
    connect(m_table, &QTableView::customContextMenuRequested, this, &DatasetView::showContextMenu);
    connect(m_table, &QTableView::activated, this, &DatasetView::activated);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DatasetView::currentRowChanged);
    connect(m_model, &PagedTableModel::totalChanged, this, &DatasetView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DatasetView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DatasetView::updateCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DatasetView::updateCount);
    connect(m_model, &PagedTableModel::loadingChanged, this, &DatasetView::updateCount);
    connect(m_model, &PagedTableModel::errorChanged, this, [this](const QString& error) {
        if (!m_problem.isEmpty())
            return;
        m_error->setText(error);
        m_error->setVisible(!error.isEmpty());
    });
    // Keep the rows under the eye still when the window of held rows moves.
    QScrollBar* scroll = m_table->verticalScrollBar();
    connect(m_model, &PagedTableModel::rowsDroppedAtTop, this,
            [scroll](int count) { scroll->setValue(std::max(0, scroll->value() - count)); });
    connect(m_model, &PagedTableModel::rowsAddedAtTop, this,
            [scroll](int count) { scroll->setValue(scroll->value() + count); });
    connect(scroll, &QScrollBar::valueChanged, this, [this](int value) {
        if (value == 0 && m_model->canFetchPrevious())
            m_model->fetchPrevious();
    });

    auto* copy = new QAction(tr("Copy rows"), this);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(selectedRowsAsText()); });
    m_table->addAction(copy);
    updateCount();
}

void DatasetView::addToolbarWidget(QWidget* widget) {
    m_toolbar->layout()->addWidget(widget);
}

void DatasetView::setFixedFilters(const QList<db::Filter>& filters) {
    m_fixed = filters;
    applyQuery();
}

void DatasetView::setExtraFilters(const QList<db::Filter>& filters) {
    m_extra = filters;
    applyQuery();
}

void DatasetView::applyQuery() {
    db::PageQuery query = m_model->query();
    query.filters = m_fixed + m_extra;
    const QString text = m_search->text().trimmed();
    if (!text.isEmpty() && !m_searchColumns.isEmpty()) {
        const QString column =
            m_searchColumn ? m_searchColumn->currentData().toString() : m_searchColumns.first();
        query.filters.append({column, db::Filter::Op::Prefix, text});
    }
    query.seek.reset();
    m_model->setQuery(query);
}

void DatasetView::seekTo(const QVariant& sortValue) {
    m_model->seekTo(sortValue);
}
void DatasetView::reload() {
    m_model->reload();
}
void DatasetView::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void DatasetView::updateCount() {
    const QLocale locale;
    const int loadedRows = m_model->rowCount();
    const QString loaded = tr("%1 loaded").arg(locale.toString(loadedRows));
    // Everything is held: the count is exact whatever the planner thought.
    const bool complete = m_model->atStart() && m_model->atEnd() && !m_model->isLoading();
    if (complete) {
        m_count->setText(tr("%n row(s)", nullptr, loadedRows));
        m_count->setToolTip(tr("Exact count"));
    } else if (m_model->total() < 0) {
        m_count->setText(loaded);
        m_count->setToolTip({});
    } else if (m_model->totalIsEstimate()) {
        m_count->setText(tr("≈%1 rows · %2").arg(locale.toString(m_model->total()), loaded));
        m_count->setToolTip(tr("The total is the planner's estimate (pg_class.reltuples): "
                               "counting millions of rows exactly would be slow."));
    } else {
        m_count->setText(tr("%1 rows · %2").arg(locale.toString(m_model->total()), loaded));
        m_count->setToolTip(tr("Exact count"));
    }
    // An empty result says so in the table's place, never a blank white area.
    const bool empty = complete && loadedRows == 0 && m_model->error().isEmpty();
    m_emptyNote->setVisible(empty);
    if (empty)
        m_emptyNote->setText(m_fixed.isEmpty() && m_extra.isEmpty() && m_search->text().isEmpty()
                                 ? tr("No rows in %1 yet.").arg(m_dataset->title)
                                 : tr("No rows match these filters."));
}

void DatasetView::setProblem(const QString& problem) {
    m_problem = problem;
    const QString shown = problem.isEmpty() ? m_model->error() : problem;
    m_error->setText(shown);
    m_error->setVisible(!shown.isEmpty());
    m_table->setEnabled(problem.isEmpty());
}

QVariant DatasetView::currentValue(const QString& column) const {
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? m_model->value(index.row(), column) : QVariant();
}

QString DatasetView::selectedRowsAsText() const {
    QList<int> rows;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows())
        rows << index.row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int row : rows) {
        QStringList fields;
        for (int c = 0; c < m_model->columnCount(); ++c)
            fields << rawText(m_model->index(row, c).data(PagedTableModel::RawValueRole));
        lines << fields.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

QString DatasetView::exportCsv(const QString& path) const {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return tr("%1: %2").arg(path, file.errorString());
    QTextStream out(&file);
    QStringList header;
    for (const db::DatasetColumn& c : m_dataset->columns)
        header << csvField(c.name);
    out << header.join(QLatin1Char(',')) << '\n';
    for (int row = 0; row < m_model->rowCount(); ++row) {
        QStringList fields;
        for (int c = 0; c < m_model->columnCount(); ++c)
            fields << csvField(rawText(m_model->index(row, c).data(PagedTableModel::RawValueRole)));
        out << fields.join(QLatin1Char(',')) << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError ? QString() : file.errorString();
}

void DatasetView::showContextMenu(const QPoint& pos) {
    QMenu menu(this);
    QAction* copy = menu.addAction(tr("Copy rows"));
    copy->setEnabled(m_table->selectionModel()->hasSelection());
    QAction* exportAll = menu.addAction(tr("Export shown rows as CSV…"));
    exportAll->setEnabled(m_model->rowCount() > 0);
    QAction* reload = menu.addAction(tr("Reload"));
    QAction* chosen = menu.exec(m_table->viewport()->mapToGlobal(pos));
    if (chosen == copy) {
        QApplication::clipboard()->setText(selectedRowsAsText());
    } else if (chosen == exportAll) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export %1").arg(m_dataset->title), m_dataset->id + QStringLiteral(".csv"),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            const QString error = exportCsv(path);
            m_error->setText(error);
            m_error->setVisible(!error.isEmpty());
        }
    } else if (chosen == reload) {
        m_model->reload();
    }
}

} // namespace tpp
