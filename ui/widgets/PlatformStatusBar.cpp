#include "widgets/PlatformStatusBar.h"

#include "ThemeController.h"
#include "widgets/SourceIndicator.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>

namespace tpp {

PlatformStatusBar::PlatformStatusBar(SourceStatus* status, ThemeController* theme, IconSet* icons,
                                     QWidget* parent)
    : QStatusBar(parent)
    , m_theme(theme)
    , m_profile(new QLabel(this))
    , m_alerts(new QLabel(this))
    , m_ageTimer(new QTimer(this)) {
    setSizeGripEnabled(false);
    m_profile->setObjectName(QStringLiteral("profileBadge"));
    m_profile->setCursor(Qt::PointingHandCursor);
    m_profile->installEventFilter(this);
    m_profile->setToolTip(tr("Active platform profile — click to manage profiles"));
    addWidget(m_profile);
    for (Source source : kAllSources) {
        auto* indicator = new SourceIndicator(source, status, theme, icons, this);
        m_indicators << indicator;
        addPermanentWidget(indicator);
    }
    m_alerts->setContentsMargins(6, 0, 10, 0);
    addPermanentWidget(m_alerts);
    // Ages must keep counting while nothing changes: that is how stale data shows.
    m_ageTimer->setInterval(5000);
    connect(m_ageTimer, &QTimer::timeout, this, [this] {
        for (SourceIndicator* indicator : std::as_const(m_indicators))
            indicator->refresh();
    });
    m_ageTimer->start();
    connect(theme, &ThemeController::themeChanged, this, &PlatformStatusBar::restyleProfile);
    setProfile({}, false);
    setFiringAlerts(-1);
}

void PlatformStatusBar::setProfile(const QString& name, bool production) {
    m_production = production;
    if (name.isEmpty())
        m_profile->setText(tr("No profile"));
    else if (production)
        m_profile->setText(tr("%1 · PRODUCTION").arg(name));
    else
        m_profile->setText(name);
    restyleProfile();
}

void PlatformStatusBar::restyleProfile() {
    const QColor bad = m_theme->statusColor(ThemeController::Status::Bad);
    m_profile->setStyleSheet(
        m_production ? QStringLiteral("QLabel { background: %1; color: white; padding: 1px 8px; "
                                      "border-radius: 3px; font-weight: 600; }")
                           .arg(bad.name())
                     : QStringLiteral("QLabel { padding: 1px 8px; font-weight: 600; }"));
}

void PlatformStatusBar::setFiringAlerts(int count) {
    if (count < 0) {
        m_alerts->setText(tr("Alerts: –"));
        m_alerts->setToolTip(tr("No alert data: Alertmanager is not connected"));
    } else {
        m_alerts->setText(tr("%n firing", nullptr, count));
        m_alerts->setToolTip(tr("Alerts firing now"));
    }
}

QString PlatformStatusBar::profileText() const {
    return m_profile->text();
}

SourceIndicator* PlatformStatusBar::indicator(Source source) const {
    return m_indicators.value(static_cast<int>(source));
}

bool PlatformStatusBar::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_profile && event->type() == QEvent::MouseButtonRelease) {
        Q_EMIT profileClicked();
        return true;
    }
    return QStatusBar::eventFilter(watched, event);
}

} // namespace tpp
