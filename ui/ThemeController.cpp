#include "ThemeController.h"

#include "IconSet.h"

#include <QApplication>
#include <QStyleFactory>

namespace tpp {

namespace {

QPalette lightPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xf6, 0xf7, 0xf9));
    p.setColor(QPalette::WindowText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Base, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::AlternateBase, QColor(0xf3, 0xf5, 0xf8));
    p.setColor(QPalette::ToolTipBase, QColor(0x24, 0x29, 0x2f));
    p.setColor(QPalette::ToolTipText, QColor(0xf6, 0xf8, 0xfa));
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Text, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::Button, QColor(0xf0, 0xf2, 0xf5));
    p.setColor(QPalette::ButtonText, QColor(0x1f, 0x23, 0x28));
    p.setColor(QPalette::BrightText, QColor(0xd1, 0x24, 0x2f));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x09, 0x69, 0xda));
    p.setColor(QPalette::Mid, QColor(0xd0, 0xd7, 0xde));
    p.setColor(QPalette::Midlight, QColor(0xe6, 0xe9, 0xed));
    p.setColor(QPalette::Dark, QColor(0xaf, 0xb8, 0xc1));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x8c, 0x95, 0x9f));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x8c, 0x95, 0x9f));
    return p;
}

QPalette darkPalette() {
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x1b, 0x1f, 0x24));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Base, QColor(0x0d, 0x11, 0x17));
    p.setColor(QPalette::AlternateBase, QColor(0x16, 0x1b, 0x22));
    p.setColor(QPalette::ToolTipBase, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::ToolTipText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0x7d, 0x85, 0x90));
    p.setColor(QPalette::Text, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::Button, QColor(0x21, 0x26, 0x2d));
    p.setColor(QPalette::ButtonText, QColor(0xe6, 0xed, 0xf3));
    p.setColor(QPalette::BrightText, QColor(0xff, 0x7b, 0x72));
    p.setColor(QPalette::Highlight, QColor(0x1f, 0x6f, 0xeb));
    p.setColor(QPalette::HighlightedText, QColor(0xff, 0xff, 0xff));
    p.setColor(QPalette::Link, QColor(0x58, 0xa6, 0xff));
    p.setColor(QPalette::Mid, QColor(0x30, 0x36, 0x3d));
    p.setColor(QPalette::Midlight, QColor(0x26, 0x2c, 0x33));
    p.setColor(QPalette::Dark, QColor(0x0a, 0x0c, 0x10));
    p.setColor(QPalette::Light, QColor(0x3d, 0x44, 0x4d));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x6e, 0x76, 0x81));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x6e, 0x76, 0x81));
    return p;
}

} // namespace

ThemeController::ThemeController(IconSet* icons, QPalette systemPalette, QObject* parent)
    : QObject(parent)
    , m_icons(icons)
    , m_systemPalette(std::move(systemPalette)) {
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    apply();
}

bool ThemeController::systemIsDark() const {
    // Qt 6.4 has no QStyleHints::colorScheme(); the platform theme's palette and
    // GTK_THEME are what a 6.4 application can see of the system's choice.
    const QByteArray gtkTheme = qgetenv("GTK_THEME").toLower();
    if (gtkTheme.contains(":dark") || gtkTheme.endsWith("-dark"))
        return true;
    const QColor window = m_systemPalette.color(QPalette::Window);
    const QColor text = m_systemPalette.color(QPalette::WindowText);
    return window.lightness() < text.lightness();
}

void ThemeController::setMode(Mode mode) {
    m_mode = mode;
    apply();
}

void ThemeController::apply() {
    m_dark = m_mode == Mode::Dark || (m_mode == Mode::System && systemIsDark());
    const QPalette palette = m_dark ? darkPalette() : lightPalette();
    QApplication::setPalette(palette);
    m_icons->setColors(palette.color(QPalette::WindowText).lighter(m_dark ? 90 : 140),
                       palette.color(QPalette::Disabled, QPalette::WindowText),
                       palette.color(QPalette::HighlightedText));
    Q_EMIT themeChanged();
}

QColor ThemeController::statusColor(Status status, bool dark) {
    switch (status) {
    case Status::Good:
        return dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
    case Status::Warning:
        return dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
    case Status::Bad:
        return dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
    case Status::Unknown:
        return dark ? QColor(0x8b, 0x94, 0x9e) : QColor(0x6e, 0x77, 0x81);
    }
    return {};
}

QColor ThemeController::accent() const {
    return QApplication::palette().color(QPalette::Highlight);
}

ThemeController::Mode ThemeController::parseMode(const QString& text, bool* ok) {
    if (ok)
        *ok = true;
    if (text == QLatin1String("light"))
        return Mode::Light;
    if (text == QLatin1String("dark"))
        return Mode::Dark;
    if (text != QLatin1String("system") && ok)
        *ok = false;
    return Mode::System;
}

QString ThemeController::modeName(Mode mode) {
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

} // namespace tpp
