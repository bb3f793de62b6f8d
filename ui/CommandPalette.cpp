#include "CommandPalette.h"

#include <QAction>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace tpp {

namespace {
constexpr int kActionIndexRole = Qt::UserRole + 1;
}

CommandPalette::CommandPalette(QWidget* parent)
    : QDialog(parent, Qt::Popup)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
    , m_model(new QStandardItemModel(this))
    , m_proxy(new QSortFilterProxyModel(this)) {
    setObjectName(QStringLiteral("commandPalette"));
    m_filter->setPlaceholderText(tr("Type a command…"));
    m_filter->setAccessibleName(tr("Command"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_list->setModel(m_proxy);
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_filter);
    layout->addWidget(m_list);
    resize(520, 340);
    m_filter->installEventFilter(this);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text);
        m_list->setCurrentIndex(m_proxy->index(0, 0));
    });
    connect(m_filter, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_list, &QListView::activated, this, &CommandPalette::runCurrent);
}

void CommandPalette::open(const QList<QAction*>& actions) {
    m_actions = actions;
    m_model->clear();
    for (int i = 0; i < actions.size(); ++i) {
        QAction* action = actions.at(i);
        if (!action->isEnabled() || action->text().isEmpty())
            continue;
        QString text = action->text().remove(QLatin1Char('&'));
        if (!action->shortcut().isEmpty())
            text += QStringLiteral("    ") + action->shortcut().toString(QKeySequence::NativeText);
        auto* item = new QStandardItem(action->icon(), text);
        item->setData(i, kActionIndexRole);
        m_model->appendRow(item);
    }
    m_filter->clear();
    m_list->setCurrentIndex(m_proxy->index(0, 0));
    if (parentWidget()) {
        const QRect area = parentWidget()->geometry();
        move(area.center().x() - width() / 2, area.top() + 80);
    }
    show();
    m_filter->setFocus();
}

bool CommandPalette::eventFilter(QObject* watched, QEvent* event) {
    // Up/Down move in the list while typing goes on in the field.
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int row = m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1);
            if (row >= 0 && row < m_proxy->rowCount())
                m_list->setCurrentIndex(m_proxy->index(row, 0));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::runCurrent() {
    const QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        return;
    QAction* action = m_actions.value(index.data(kActionIndexRole).toInt());
    hide();
    if (action)
        action->trigger();
}

} // namespace tpp
