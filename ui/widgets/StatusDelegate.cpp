#include "widgets/StatusDelegate.h"

namespace tpp {

StatusDelegate::Tone StatusDelegate::toneOf(const QString& word) {
    static const QHash<QString, Tone> tones{
        {QStringLiteral("running"), Tone::Good},     {QStringLiteral("succeeded"), Tone::Good},
        {QStringLiteral("healthy"), Tone::Good},     {QStringLiteral("creating"), Tone::Warning},
        {QStringLiteral("pending"), Tone::Warning},  {QStringLiteral("cancelled"), Tone::Warning},
        {QStringLiteral("error"), Tone::Bad},        {QStringLiteral("failed"), Tone::Bad},
        {QStringLiteral("refused"), Tone::Bad},      {QStringLiteral("stopped"), Tone::Muted},
        {QStringLiteral("terminated"), Tone::Muted},
    };
    return tones.value(word.toLower(), Tone::None);
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const {
    QStyledItemDelegate::initStyleOption(option, index);
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    QColor color;
    switch (toneOf(option->text)) {
    case Tone::Good:
        color = dark ? QColor(0x3f, 0xb9, 0x50) : QColor(0x1a, 0x7f, 0x37);
        break;
    case Tone::Warning:
        color = dark ? QColor(0xd2, 0x99, 0x22) : QColor(0x9a, 0x67, 0x00);
        break;
    case Tone::Bad:
        color = dark ? QColor(0xf8, 0x51, 0x49) : QColor(0xcf, 0x22, 0x2e);
        break;
    case Tone::Muted:
        color = option->palette.color(QPalette::PlaceholderText);
        break;
    case Tone::None:
        return;
    }
    if (!(option->state & QStyle::State_Selected))
        option->palette.setColor(QPalette::Text, color);
    option->font.setWeight(QFont::DemiBold);
}

} // namespace tpp
