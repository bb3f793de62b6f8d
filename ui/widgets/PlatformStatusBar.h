#pragma once

#include "core/SourceStatus.h"

#include <QList>
#include <QStatusBar>

class QLabel;
class QTimer;

namespace tpp {

class IconSet;
class SourceIndicator;
class ThemeController;

/// The bottom bar (UI.md): the active profile (red on production), one
/// indicator per source with the age of its data, and the firing-alert count.
class PlatformStatusBar : public QStatusBar {
    Q_OBJECT
public:
    PlatformStatusBar(SourceStatus* status, ThemeController* theme, IconSet* icons,
                      QWidget* parent = nullptr);

    void setProfile(const QString& name, bool production);
    /// -1: unknown (no Alertmanager data yet).
    void setFiringAlerts(int count);

    [[nodiscard]] QString profileText() const;
    [[nodiscard]] SourceIndicator* indicator(Source source) const;

Q_SIGNALS:
    void profileClicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restyleProfile();

    ThemeController* m_theme;
    QLabel* m_profile;
    QLabel* m_alerts;
    QList<SourceIndicator*> m_indicators;
    QTimer* m_ageTimer;
    bool m_production = false;
};

} // namespace tpp
