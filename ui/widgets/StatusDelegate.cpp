#include "widgets/StatusDelegate.h"

#include "ThemeController.h"

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
        color = ThemeController::statusColor(ThemeController::Status::Good, dark);
        break;
    case Tone::Warning:
        color = ThemeController::statusColor(ThemeController::Status::Warning, dark);
        break;
    case Tone::Bad:
        color = ThemeController::statusColor(ThemeController::Status::Bad, dark);
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
