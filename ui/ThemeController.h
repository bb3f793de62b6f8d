#pragma once

#include <QColor>
#include <QObject>
#include <QPalette>

namespace tpp {

class IconSet;

/// Light and dark palettes on the Fusion style, following the system unless
/// the user picks one. Also the single source of the status colours (UI.md:
/// green healthy, amber degraded, red failed, grey unknown) so every widget
/// means the same thing by the same colour.
class ThemeController : public QObject {
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)
    enum class Status { Good, Warning, Bad, Unknown };

    /// @param systemPalette the palette the platform gave the application at
    ///        start, before any theming: it tells whether the system is dark.
    ThemeController(IconSet* icons, QPalette systemPalette, QObject* parent = nullptr);

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] bool isDark() const { return m_dark; }
    [[nodiscard]] QColor statusColor(Status status) const { return statusColor(status, m_dark); }
    /// The same colours for widgets that only know their palette (delegates).
    [[nodiscard]] static QColor statusColor(Status status, bool dark);
    [[nodiscard]] QColor accent() const;

    [[nodiscard]] static Mode parseMode(const QString& text, bool* ok = nullptr);
    [[nodiscard]] static QString modeName(Mode mode);

Q_SIGNALS:
    void themeChanged();

private:
    void apply();
    [[nodiscard]] bool systemIsDark() const;

    IconSet* m_icons;
    QPalette m_systemPalette;
    Mode m_mode = Mode::System;
    bool m_dark = false;
};

} // namespace tpp
