#pragma once

#include <QStyledItemDelegate>

namespace tpp {

/// Colours a status word the way UI.md says, everywhere the same: green
/// running/healthy/succeeded, amber pending/degraded, red failed/error, grey
/// stopped/unknown. The word stays: colour never stands alone. Light and dark
/// variants follow the view's palette.
class StatusDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    enum class Tone { Good, Warning, Bad, Muted, None };
    [[nodiscard]] static Tone toneOf(const QString& word);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace tpp
