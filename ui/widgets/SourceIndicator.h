#pragma once

#include "core/SourceStatus.h"

#include <QWidget>

class QLabel;

namespace tpp {

class IconSet;
class ThemeController;

/// One source in the status bar: a coloured dot, the source's name and the age
/// of its data ("Database · 12 s"). Colour never stands alone: the tooltip and
/// accessible name say the state in words.
class SourceIndicator : public QWidget {
    Q_OBJECT
public:
    SourceIndicator(Source source, SourceStatus* status, ThemeController* theme, IconSet* icons,
                    QWidget* parent = nullptr);

    /// Re-reads the status (called on change and by the status bar's age timer).
    void refresh();
    [[nodiscard]] QString text() const;

private:
    Source m_source;
    SourceStatus* m_status;
    ThemeController* m_theme;
    IconSet* m_icons;
    QLabel* m_dot;
    QLabel* m_label;
};

/// "just now", "42 s", "3 min", "2 h", "5 d": the age of data, short enough for a status bar.
[[nodiscard]] QString shortAge(qint64 seconds);

} // namespace tpp
