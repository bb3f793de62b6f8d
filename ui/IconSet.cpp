#include "IconSet.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace tpp {

namespace {

QPixmap render(const QByteArray& svg, const QColor& color, int size) {
    QByteArray tinted = svg;
    tinted.replace("currentColor", color.name(QColor::HexRgb).toLatin1());
    QSvgRenderer renderer(tinted);
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    renderer.render(&painter);
    return pixmap;
}

QByteArray load(const QString& name) {
    QFile file(QStringLiteral(":/icons/%1.svg").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace

void IconSet::setColors(const QColor& normal, const QColor& disabled, const QColor& selected) {
    m_normal = normal;
    m_disabled = disabled;
    m_selected = selected;
    m_cache.clear();
}

QIcon IconSet::icon(const QString& name) const {
    if (const auto it = m_cache.constFind(name); it != m_cache.cend())
        return *it;
    const QByteArray svg = load(name);
    QIcon icon;
    if (!svg.isEmpty()) {
        // Pixmaps at the sizes the UI uses, at 2x for high-DPI screens.
        for (int size : {16, 20, 24, 32, 48}) {
            icon.addPixmap(render(svg, m_normal, size), QIcon::Normal);
            icon.addPixmap(render(svg, m_disabled, size), QIcon::Disabled);
            icon.addPixmap(render(svg, m_selected, size), QIcon::Selected);
        }
    }
    m_cache.insert(name, icon);
    return icon;
}

QIcon IconSet::icon(const QString& name, const QColor& color) const {
    const QByteArray svg = load(name);
    QIcon icon;
    if (!svg.isEmpty())
        for (int size : {12, 16, 24, 32, 48, 64})
            icon.addPixmap(render(svg, color, size));
    return icon;
}

} // namespace tpp
