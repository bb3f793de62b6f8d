#include "dialogs/SecretPromptDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpp {

SecretPromptDialog::SecretPromptDialog(const QString& what, const QString& why, bool canSave,
                                       QWidget* parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_save(new QCheckBox(tr("Save in the key store"), this)) {
    setWindowTitle(tr("%1 needed").arg(what));
    auto* layout = new QVBoxLayout(this);
    auto* reason = new QLabel(why, this);
    reason->setWordWrap(true);
    reason->setMinimumWidth(380);
    layout->addWidget(reason);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(what);
    m_secret->setAccessibleName(what);
    layout->addWidget(m_secret);
    m_save->setChecked(canSave);
    m_save->setEnabled(canSave);
    if (!canSave)
        m_save->setToolTip(tr("No key store is available: the secret is kept in memory for "
                              "this run only."));
    layout->addWidget(m_save);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this, [buttons](const QString& text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString SecretPromptDialog::secret() const {
    return m_secret->text();
}
bool SecretPromptDialog::saveRequested() const {
    return m_save->isEnabled() && m_save->isChecked();
}

} // namespace tpp
