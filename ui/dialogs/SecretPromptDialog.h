#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace tpp {

/// Asks for one secret when the key store has none (or there is no key store).
/// With no key store the "save" box is disabled and says why: the value is
/// then used for this run only and never written anywhere.
class SecretPromptDialog : public QDialog {
    Q_OBJECT
public:
    SecretPromptDialog(const QString& what, const QString& why, bool canSave,
                       QWidget* parent = nullptr);

    [[nodiscard]] QString secret() const;
    [[nodiscard]] bool saveRequested() const;

private:
    QLineEdit* m_secret;
    QCheckBox* m_save;
};

} // namespace tpp
