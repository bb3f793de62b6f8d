#include "widgets/EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpp {

EmptyState::EmptyState(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_headline(new QLabel(this))
    , m_body(new QLabel(this))
    , m_action(new QPushButton(this)) {
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    m_icon->setAlignment(Qt::AlignCenter);
    m_headline->setAlignment(Qt::AlignCenter);
    m_headline->setObjectName(QStringLiteral("emptyHeadline"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setWeight(QFont::DemiBold);
    m_headline->setFont(font);
    m_body->setAlignment(Qt::AlignCenter);
    m_body->setWordWrap(true);
    // A fixed width lets the wrapped text compute its height (a maximum alone clips it).
    m_body->setFixedWidth(520);
    m_body->setForegroundRole(QPalette::PlaceholderText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_icon);
    layout->addSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_body, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_action, &QPushButton::clicked, this, &EmptyState::actionTriggered);
}

void EmptyState::show(const QIcon& icon, const QString& headline, const QString& body,
                      const QString& actionText) {
    m_icon->setPixmap(icon.pixmap(48, 48));
    m_headline->setText(headline);
    m_body->setText(body);
    // Layouts give an aligned, wrapped label its one-line hint; size it ourselves.
    m_body->setMinimumHeight(m_body->heightForWidth(m_body->width()));
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
}

QString EmptyState::headline() const {
    return m_headline->text();
}
QString EmptyState::body() const {
    return m_body->text();
}

} // namespace tpp
