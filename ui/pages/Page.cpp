#include "pages/Page.h"

#include "IconSet.h"
#include "profile/Profile.h"
#include "widgets/EmptyState.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tpp {

Page::Page(const PageSpec& spec, IconSet* icons, QWidget* parent)
    : QWidget(parent)
    , m_spec(spec)
    , m_icons(icons)
    , m_title(new QLabel(spec.title, this))
    , m_purpose(new QLabel(spec.purpose, this))
    , m_body(new QStackedWidget(this))
    , m_empty(new EmptyState(this)) {
    setObjectName(QStringLiteral("page-") + spec.id);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(2);
    QFont font = m_title->font();
    font.setPointSizeF(font.pointSizeF() * 1.4);
    font.setWeight(QFont::DemiBold);
    m_title->setFont(font);
    m_purpose->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addWidget(m_purpose);
    layout->addSpacing(8);
    layout->addWidget(m_body, 1);
    m_body->addWidget(m_empty);
    connect(m_empty, &EmptyState::actionTriggered, this, [this] {
        if (m_action == EmptyAction::ChooseProfile)
            Q_EMIT chooseProfileRequested();
        else if (m_action == EmptyAction::EditProfile)
            Q_EMIT editProfileRequested();
    });
    updateState(nullptr, {});
}

bool Page::showsContent() const {
    return m_content && m_body->currentWidget() == m_content;
}

void Page::setContent(QWidget* content) {
    m_content = content;
    m_body->addWidget(content);
}

void Page::setReady(bool isReadyNow) {
    const bool becameReady = isReadyNow && !m_ready;
    m_ready = isReadyNow;
    if (becameReady)
        Q_EMIT ready();
}

void Page::updateState(const Profile* profile, const SourceSnapshot& source) {
    const QString sourceName = SourceStatus::sourceName(m_spec.primarySource);
    if (!profile) {
        m_action = EmptyAction::ChooseProfile;
        m_empty->show(m_icons->icon(QStringLiteral("plug")), tr("Not connected — choose a profile"),
                      tr("A profile says where your platform is: its cluster context, database, "
                         "Prometheus and Alertmanager. Nothing is shown until one is active."),
                      tr("Choose a profile…"));
        m_body->setCurrentWidget(m_empty);
        return;
    }
    m_action = EmptyAction::None;
    switch (source.state) {
    case SourceState::NotConfigured:
        m_action = EmptyAction::EditProfile;
        m_empty->show(m_icons->icon(QStringLiteral("settings")),
                      tr("%1 is not set up in this profile").arg(sourceName),
                      tr("This page needs the source “%1”, which the profile “%2” does not set up.")
                          .arg(sourceName, profile->name),
                      tr("Edit profile…"));
        break;
    case SourceState::Disconnected:
        m_empty->show(m_icons->icon(QStringLiteral("unplug")),
                      tr("%1: not connected").arg(sourceName),
                      tr("This version of the console cannot connect to this source yet, so there "
                         "is nothing to show. No data on this page is invented."));
        break;
    case SourceState::Connecting:
        m_empty->show(m_icons->icon(QStringLiteral("refresh-cw")),
                      tr("%1: connecting…").arg(sourceName), source.detail);
        break;
    case SourceState::Down: {
        QString body = source.detail;
        if (source.lastSuccess.isValid())
            body +=
                QLatin1Char('\n') +
                tr("Last data: %1")
                    .arg(QLocale().toString(source.lastSuccess.toLocalTime(), QLocale::LongFormat));
        m_empty->show(m_icons->icon(QStringLiteral("cloud-off")),
                      tr("%1: unreachable").arg(sourceName), body);
        break;
    }
    case SourceState::Connected:
    case SourceState::Degraded:
        if (m_content) {
            m_body->setCurrentWidget(m_content);
            return;
        }
        m_empty->show(m_icons->icon(QStringLiteral("circle-help")), tr("Nothing to show yet"),
                      tr("%1 is connected; this page has no view of it yet.").arg(sourceName));
        break;
    }
    m_body->setCurrentWidget(m_empty);
}

} // namespace tpp
