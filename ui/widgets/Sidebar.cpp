#include "widgets/Sidebar.h"

#include "IconSet.h"
#include "PageCatalog.h"

#include <QListWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace tpp {

namespace {
constexpr int kPageIdRole = Qt::UserRole + 1;
}

Sidebar::Sidebar(const PageCatalog* catalog, IconSet* icons, QWidget* parent)
    : QWidget(parent)
    , m_catalog(catalog)
    , m_icons(icons)
    , m_list(new QListWidget(this))
    , m_collapse(new QToolButton(this)) {
    setObjectName(QStringLiteral("sidebar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 6);
    layout->setSpacing(0);
    m_list->setObjectName(QStringLiteral("sidebarList"));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setIconSize(QSize(18, 18));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(1);
    m_list->setAccessibleName(tr("Pages"));
    layout->addWidget(m_list, 1);
    m_collapse->setAutoRaise(true);
    m_collapse->setToolTip(tr("Collapse or expand the sidebar"));
    layout->addWidget(m_collapse, 0, Qt::AlignLeft);
    connect(m_collapse, &QToolButton::clicked, this, [this] { setCollapsed(!m_collapsed); });
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item)
            Q_EMIT pageSelected(item->data(kPageIdRole).toString());
    });
    rebuild();
}

void Sidebar::rebuild() {
    const QString selected = current();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    QString group;
    for (const PageSpec& spec : m_catalog->pages()) {
        if (spec.group != group && !m_collapsed) {
            group = spec.group;
            auto* header = new QListWidgetItem(group.toUpper(), m_list);
            header->setFlags(Qt::NoItemFlags);
            QFont font = m_list->font();
            font.setPointSizeF(font.pointSizeF() * 0.8);
            font.setWeight(QFont::DemiBold);
            font.setLetterSpacing(QFont::PercentageSpacing, 108);
            header->setFont(font);
            header->setSizeHint(QSize(0, 26));
        }
        auto* item = new QListWidgetItem(m_icons->icon(spec.icon),
                                         m_collapsed ? QString() : spec.title, m_list);
        item->setData(kPageIdRole, spec.id);
        item->setToolTip(spec.title);
        item->setSizeHint(QSize(0, 30));
    }
    setFixedWidth(m_collapsed ? 52 : 184);
    m_collapse->setIcon(m_icons->icon(m_collapsed ? QStringLiteral("panel-left-open")
                                                  : QStringLiteral("panel-left-close")));
    if (!selected.isEmpty())
        select(selected);
}

void Sidebar::select(const QString& pageId) {
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        if (item->data(kPageIdRole).toString() == pageId) {
            m_list->setCurrentItem(item);
            return;
        }
    }
}

QString Sidebar::current() const {
    const QListWidgetItem* item = m_list->currentItem();
    return item ? item->data(kPageIdRole).toString() : QString();
}

void Sidebar::setCollapsed(bool collapsed) {
    m_collapsed = collapsed;
    rebuild();
}

void Sidebar::refreshIcons() {
    rebuild();
}

} // namespace tpp
