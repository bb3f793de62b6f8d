#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace tpp {

/// The honest "nothing to show, and here is why" block every page has: an icon,
/// a headline, an explanation and at most one action. Used for "not
/// connected", "not configured" and error states alike, so they look the same
/// everywhere.
class EmptyState : public QWidget {
    Q_OBJECT
public:
    explicit EmptyState(QWidget* parent = nullptr);

    void show(const QIcon& icon, const QString& headline, const QString& body,
              const QString& actionText = {});
    [[nodiscard]] QString headline() const;
    [[nodiscard]] QString body() const;

Q_SIGNALS:
    void actionTriggered();

private:
    QLabel* m_icon;
    QLabel* m_headline;
    QLabel* m_body;
    QPushButton* m_action;
};

} // namespace tpp
