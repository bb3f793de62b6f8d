#include "pages/DatasetPage.h"

#include "PagedTableModel.h"
#include "db/DatasetCatalog.h"
#include "db/PlatformDb.h"
#include "widgets/DatasetView.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace tpp {

DatasetPage::DatasetPage(const PageSpec& spec, IconSet* icons, db::PlatformDb* database,
                         const db::DatasetCatalog* catalog, const DatasetPageConfig& config,
                         QWidget* parent)
    : Page(spec, icons, parent)
    , m_database(database)
    , m_config(config)
    , m_view(new DatasetView(database, catalog->find(config.dataset), config.searchColumns)) {
    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_view);

    if (!config.choices.isEmpty()) {
        auto* choice = new QComboBox;
        choice->setAccessibleName(tr("Show"));
        for (const FilterChoice& c : config.choices)
            choice->addItem(c.label);
        m_view->addToolbarWidget(choice);
        connect(choice, &QComboBox::currentIndexChanged, this, [this](int index) {
            m_choiceFilters = m_config.choices.value(index).filters;
            applyToolbarFilters();
        });
    }
    if (!config.userColumn.isEmpty()) {
        auto* user = new QLineEdit;
        user->setPlaceholderText(tr("User e-mail"));
        user->setClearButtonEnabled(true);
        user->setMaximumWidth(220);
        m_view->addToolbarWidget(user);
        connect(user, &QLineEdit::editingFinished, this,
                [this, user] { resolveUser(user->text().trimmed()); });
    }
    if (!config.timeColumn.isEmpty()) {
        // A range (from/to, each optional) and a jump to a moment by key seek.
        auto* from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7));
        auto* to = new QDateTimeEdit(QDateTime::currentDateTime());
        auto* useFrom = new QCheckBox(tr("From"));
        auto* useTo = new QCheckBox(tr("to"));
        for (QDateTimeEdit* edit : {from, to}) {
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
            edit->setCalendarPopup(true);
        }
        auto* go = new QPushButton(tr("Go to time"));
        go->setToolTip(tr("Show rows around the \"to\" time, reached by key (no scanning)"));
        for (QWidget* w : std::initializer_list<QWidget*>{useFrom, from, useTo, to, go})
            m_view->addToolbarWidget(w);
        auto apply = [this, from, to, useFrom, useTo] {
            m_timeFilters.clear();
            if (useFrom->isChecked())
                m_timeFilters.append(
                    {m_config.timeColumn, db::Filter::Op::AtLeast, from->dateTime().toUTC()});
            if (useTo->isChecked())
                m_timeFilters.append(
                    {m_config.timeColumn, db::Filter::Op::Before, to->dateTime().toUTC()});
            applyToolbarFilters();
        };
        connect(useFrom, &QCheckBox::toggled, this, apply);
        connect(useTo, &QCheckBox::toggled, this, apply);
        connect(from, &QDateTimeEdit::editingFinished, this, apply);
        connect(to, &QDateTimeEdit::editingFinished, this, apply);
        connect(go, &QPushButton::clicked, this,
                [this, to] { m_view->seekTo(to->dateTime().toUTC()); });
    }

    if (!config.drawer.isEmpty()) {
        m_drawer = new QTabWidget;
        m_drawer->setDocumentMode(true);
        for (const DrawerTab& tab : config.drawer) {
            auto* view = new DatasetView(database, catalog->find(tab.dataset), {});
            m_drawerViews << view;
            m_drawer->addTab(view, tab.title);
        }
        splitter->addWidget(m_drawer);
        splitter->setStretchFactor(0, 3);
        splitter->setStretchFactor(1, 2);
        m_drawer->hide();
        connect(m_view, &DatasetView::currentRowChanged, this, &DatasetPage::showDrawerFor);
    }
    setContent(splitter);

    auto* focus = new QShortcut(QKeySequence(Qt::Key_Slash), this);
    focus->setContext(Qt::WidgetWithChildrenShortcut);
    connect(focus, &QShortcut::activated, m_view, &DatasetView::focusSearch);
    auto* reload = new QShortcut(QKeySequence::Refresh, this);
    reload->setContext(Qt::WidgetWithChildrenShortcut);
    connect(reload, &QShortcut::activated, m_view, &DatasetView::reload);

    connect(m_view->model(), &QAbstractItemModel::rowsInserted, this, [this] { setHasData(true); });
    // The schema check on connect says up front when this page's table or
    // columns are missing, instead of a query failing inside the page.
    connect(m_database, &db::PlatformDb::schemaChecked, this,
            [this](const db::SchemaReport& report) {
                QString problem;
                if (!report.datasetAvailable(m_config.dataset)) {
                    problem = tr("This page is off: the database lacks what it needs.");
                    for (const QString& feature : report.disabledFeatures)
                        problem += QLatin1Char('\n') + feature;
                    if (m_config.dataset == QLatin1String("admin_audit") &&
                        !report.auditProblem.isEmpty())
                        problem += QLatin1Char('\n') + report.auditProblem;
                }
                m_view->setProblem(problem);
                if (!problem.isEmpty())
                    setReady(true);
            });
    // The screenshot run (and anyone waiting) learns when the first answer — rows or an error — is
    // in.
    connect(m_view->model(), &PagedTableModel::loadingChanged, this, [this](bool loading) {
        if (!loading)
            setReady(true);
    });
    connect(m_database, &db::PlatformDb::queryFinished, this, [this](const db::QueryResult& r) {
        if (r.requestId != m_userLookup)
            return;
        m_userLookup = 0;
        if (!r.error.isEmpty() || r.rows.isEmpty()) {
            // An unknown user shows no rows rather than everyone's.
            m_userFilters = {{m_config.userColumn, db::Filter::Op::Equals,
                              QStringLiteral("00000000-0000-0000-0000-000000000000")}};
        } else {
            m_userFilters = {{m_config.userColumn, db::Filter::Op::Equals, r.rows.first().first()}};
        }
        applyToolbarFilters();
    });
}

void DatasetPage::resolveUser(const QString& email) {
    if (email.isEmpty()) {
        m_userFilters.clear();
        applyToolbarFilters();
        return;
    }
    // Users are found by their unique e-mail (indexed), then filtered by id,
    // which the large tables index: never a join filter on e-mail.
    m_userLookup = m_database->query(
        QStringLiteral("SELECT id FROM users WHERE lower(email) = lower(?)"), {email});
}

void DatasetPage::applyToolbarFilters() {
    m_view->setExtraFilters(m_choiceFilters + m_timeFilters + m_userFilters);
}

void DatasetPage::showDrawerFor() {
    if (!m_drawer)
        return;
    for (int i = 0; i < m_config.drawer.size(); ++i) {
        const DrawerTab& tab = m_config.drawer.at(i);
        const QVariant key = m_view->currentValue(tab.keyColumn);
        if (!key.isValid())
            continue;
        m_drawerViews.at(i)->setFixedFilters({{tab.filterColumn, db::Filter::Op::Equals, key}});
    }
    m_drawer->setVisible(m_view->table()->currentIndex().isValid());
}

void DatasetPage::keyPressEvent(QKeyEvent* event) {
    if (event->key() == Qt::Key_Escape && m_drawer && m_drawer->isVisible()) {
        m_drawer->hide();
        return;
    }
    Page::keyPressEvent(event);
}

void DatasetPage::updateState(const Profile* profile, const SourceSnapshot& source) {
    Page::updateState(profile, source);
    // The first connection of a profile loads the first page; a reconnect does
    // not reset (the model retries the page it lost by itself).
    const bool connected = source.state == SourceState::Connected;
    if (connected && !m_connected)
        m_view->reload();
    // A new profile, or a deliberate disconnect, starts over; a lost connection
    // (Down, Connecting) keeps what is shown under the page's stale banner.
    if (!profile || source.state == SourceState::Disconnected ||
        source.state == SourceState::NotConfigured) {
        setHasData(false);
        m_connected = false;
        return;
    }
    if (connected)
        m_connected = true;
    else if (!m_connected)
        setReady(false); // connecting for the first time: the page has not loaded yet
}

} // namespace tpp
