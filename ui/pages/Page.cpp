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
    , m_banner(new QLabel(this))
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
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setContentsMargins(8, 4, 8, 4);
    m_banner->hide();
    layout->addWidget(m_banner);
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

QString Page::bannerText() const {
    return m_banner->isVisible() ? m_banner->text() : QString();
}

void Page::updateState(const Profile* profile, const SourceSnapshot& source) {
    const QString sourceName = SourceStatus::sourceName(m_spec.primarySource);
    m_banner->hide();
    // Data already shown stays visible when the source goes away, but never
    // without saying how old it is (Lens #1954: UI that looks live after the
    // connection is gone).
    if (profile && m_content && m_hasData &&
        (source.state == SourceState::Down || source.state == SourceState::Connecting)) {
        QString age = tr("unknown");
        if (source.lastSuccess.isValid())
            age = QLocale().toString(source.lastSuccess.toLocalTime(), QStringLiteral("HH:mm:ss"));
        m_banner->setText(tr("%1 unreachable — showing data from %2; reconnecting by itself. %3")
                              .arg(sourceName, age, source.detail));
        QPalette palette = m_banner->palette();
        palette.setColor(QPalette::Window, QColor(0xfd, 0xf1, 0xd6));
        palette.setColor(QPalette::WindowText, QColor(0x6b, 0x46, 0x00));
        m_banner->setPalette(palette);
        m_banner->show();
        m_body->setCurrentWidget(m_content);
        return;
    }
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
                      m_spec.sourceImplemented
                          ? tr("The console is not connected to this source. Choose the profile "
                               "again to connect; no data on this page is invented.")
                          : tr("This version of the console cannot connect to this source yet, so "
                               "there is nothing to show. No data on this page is invented."));
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
