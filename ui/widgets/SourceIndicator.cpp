#include "widgets/SourceIndicator.h"

#include "IconSet.h"
#include "ThemeController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace tpp {

QString shortAge(qint64 seconds) {
    if (seconds < 5)
        return QObject::tr("just now");
    if (seconds < 60)
        return QObject::tr("%1 s").arg(seconds);
    if (seconds < 3600)
        return QObject::tr("%1 min").arg(seconds / 60);
    if (seconds < 86400)
        return QObject::tr("%1 h").arg(seconds / 3600);
    return QObject::tr("%1 d").arg(seconds / 86400);
}

SourceIndicator::SourceIndicator(Source source, SourceStatus* status, ThemeController* theme,
                                 IconSet* icons, QWidget* parent)
    : QWidget(parent)
    , m_source(source)
    , m_status(status)
    , m_theme(theme)
    , m_icons(icons)
    , m_dot(new QLabel(this))
    , m_label(new QLabel(this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 0, 6, 0);
    layout->setSpacing(4);
    layout->addWidget(m_dot);
    layout->addWidget(m_label);
    connect(status, &SourceStatus::changed, this, [this](Source changed) {
        if (changed == m_source)
            refresh();
    });
    connect(theme, &ThemeController::themeChanged, this, &SourceIndicator::refresh);
    refresh();
}

void SourceIndicator::refresh() {
    const SourceSnapshot s = m_status->snapshot(m_source);
    ThemeController::Status colour = ThemeController::Status::Unknown;
    QString icon = QStringLiteral("circle");
    switch (s.state) {
    case SourceState::Connected:
        colour = ThemeController::Status::Good;
        icon = QStringLiteral("circle-check");
        break;
    case SourceState::Connecting:
    case SourceState::Degraded:
        colour = ThemeController::Status::Warning;
        icon = QStringLiteral("circle-alert");
        break;
    case SourceState::Down:
        colour = ThemeController::Status::Bad;
        icon = QStringLiteral("circle-x");
        break;
    case SourceState::NotConfigured:
    case SourceState::Disconnected:
        break;
    }
    m_dot->setPixmap(m_icons->icon(icon, m_theme->statusColor(colour)).pixmap(12, 12));

    QString age;
    if (s.lastSuccess.isValid())
        age = shortAge(s.lastSuccess.secsTo(QDateTime::currentDateTimeUtc()));
    const QString name = SourceStatus::sourceName(m_source);
    m_label->setText(age.isEmpty() ? name : tr("%1 · %2").arg(name, age));

    QString tip = tr("%1: %2").arg(name, SourceStatus::stateName(s.state));
    if (s.lastSuccess.isValid())
        tip += QLatin1Char('\n') +
               tr("Last data: %1")
                   .arg(QLocale().toString(s.lastSuccess.toLocalTime(), QLocale::LongFormat));
    if (!s.detail.isEmpty())
        tip += QLatin1Char('\n') + s.detail;
    setToolTip(tip);
    setAccessibleName(tip);
}

QString SourceIndicator::text() const {
    return m_label->text();
}

} // namespace tpp
