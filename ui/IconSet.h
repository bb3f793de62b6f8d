#pragma once

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QString>

namespace tpp {

/// The bundled lucide icons (resources/icons, ISC licence), tinted from the
/// palette so they read well in light and dark themes. Lucide draws with
/// stroke="currentColor"; we substitute the colour and render the SVG ourselves.
class IconSet {
public:
    void setColors(const QColor& normal, const QColor& disabled, const QColor& selected);
    [[nodiscard]] QIcon icon(const QString& name) const;
    /// One icon in an explicit colour (status dots, banners).
    [[nodiscard]] QIcon icon(const QString& name, const QColor& color) const;

private:
    QColor m_normal{0x33, 0x33, 0x33};
    QColor m_disabled{0x99, 0x99, 0x99};
    QColor m_selected{0xff, 0xff, 0xff};
    mutable QHash<QString, QIcon> m_cache;
};

} // namespace tpp
