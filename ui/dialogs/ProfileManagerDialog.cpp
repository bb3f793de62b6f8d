#include "dialogs/ProfileManagerDialog.h"

#include "IconSet.h"
#include "ProfileListModel.h"
#include "dialogs/ProfileEditorDialog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tpp {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore* store, SecretStore* secrets,
                                           IconSet* icons, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_model(new ProfileListModel(store, this))
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
    , m_edit(new QPushButton(icons->icon(QStringLiteral("pencil")), tr("&Edit…"), this))
    , m_duplicate(new QPushButton(icons->icon(QStringLiteral("copy")), tr("D&uplicate"), this))
    , m_delete(new QPushButton(icons->icon(QStringLiteral("trash-2")), tr("&Delete…"), this))
    , m_export(new QPushButton(icons->icon(QStringLiteral("upload")), tr("E&xport…"), this))
    , m_activate(new QPushButton(icons->icon(QStringLiteral("plug")), tr("&Connect"), this)) {
    setWindowTitle(tr("Platform profiles"));
    resize(560, 380);
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(true);
    m_list->setAccessibleName(tr("Profiles"));

    auto* create = new QPushButton(icons->icon(QStringLiteral("plus")), tr("&New…"), this);
    auto* import = new QPushButton(icons->icon(QStringLiteral("download")), tr("&Import…"), this);
    auto* buttons = new QVBoxLayout;
    for (QPushButton* b : {create, m_edit, m_duplicate, m_delete})
        buttons->addWidget(b);
    buttons->addSpacing(12);
    buttons->addWidget(import);
    buttons->addWidget(m_export);
    buttons->addStretch(1);

    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("profileMessage"));

    auto* bottom = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_activate->setDefault(true);
    bottom->addButton(m_activate, QDialogButtonBox::AcceptRole);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_message);
    layout->addWidget(bottom);

    connect(create, &QPushButton::clicked, this, &ProfileManagerDialog::createProfile);
    connect(m_edit, &QPushButton::clicked, this, &ProfileManagerDialog::editProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileManagerDialog::deleteProfile);
    connect(import, &QPushButton::clicked, this, &ProfileManagerDialog::importProfile);
    connect(m_export, &QPushButton::clicked, this, &ProfileManagerDialog::exportProfile);
    connect(m_list, &QListView::doubleClicked, this, &ProfileManagerDialog::editProfile);
    connect(m_activate, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty()) {
            Q_EMIT activateRequested(selectedName());
            accept();
        }
    });
    connect(bottom, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfileManagerDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ProfileManagerDialog::updateButtons);

    select(store->activeName());
    if (selectedName().isEmpty() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    updateButtons();
}

QString ProfileManagerDialog::selectedName() const {
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(ProfileListModel::NameRole).toString() : QString();
}

void ProfileManagerDialog::select(const QString& name) {
    const int row = m_model->rowOf(name);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void ProfileManagerDialog::updateButtons() {
    const bool any = !selectedName().isEmpty();
    for (QPushButton* b : {m_edit, m_duplicate, m_delete, m_export, m_activate})
        b->setEnabled(any);
}

void ProfileManagerDialog::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    m_message->setForegroundRole(error ? QPalette::BrightText : QPalette::WindowText);
    m_message->setVisible(!text.isEmpty());
}

void ProfileManagerDialog::createProfile() {
    ProfileEditorDialog editor(m_store, m_secrets, nullptr, this);
    if (editor.exec() == QDialog::Accepted)
        select(editor.savedName());
}

void ProfileManagerDialog::editProfile() {
    const auto profile = m_store->profile(selectedName());
    if (!profile)
        return;
    ProfileEditorDialog editor(m_store, m_secrets, &*profile, this);
    if (editor.exec() == QDialog::Accepted)
        select(editor.savedName());
}

void ProfileManagerDialog::duplicateProfile() {
    const QString copy = m_store->duplicate(selectedName());
    if (copy.isEmpty())
        showMessage(tr("Could not duplicate “%1”.").arg(selectedName()), true);
    else {
        select(copy);
        showMessage(
            tr("Duplicated as “%1”. Passwords are not copied: enter them in Edit.").arg(copy),
            false);
    }
}

void ProfileManagerDialog::deleteProfile() {
    const QString name = selectedName();
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile “%1” and its saved passwords? The platform itself is not "
           "touched.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_store->remove(name);
    for (SecretKind kind : {SecretKind::DatabasePassword, SecretKind::RedisPassword,
                            SecretKind::SshPassword, SecretKind::BackupPassword})
        m_secrets->remove(Profile::secretKey(name, kind));
    showMessage(tr("Deleted “%1”.").arg(name), false);
}

void ProfileManagerDialog::importProfile() {
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import a profile"), QDir::homePath(), tr("Profiles (*.ini);;All files (*)"));
    if (path.isEmpty())
        return;
    const auto result = m_store->importFile(path);
    if (!result.profile) {
        showMessage(result.errors.join(QLatin1Char('\n')), true);
        return;
    }
    select(result.profile->name);
    showMessage(tr("Imported “%1”. Enter its passwords in Edit.").arg(result.profile->name), false);
}

void ProfileManagerDialog::exportProfile() {
    const QString name = selectedName();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export “%1”").arg(name),
                                                      QDir::homePath() + QLatin1Char('/') + name +
                                                          QStringLiteral(".ini"),
                                                      tr("Profiles (*.ini)"));
    if (path.isEmpty())
        return;
    const QString error = m_store->exportFile(name, path);
    showMessage(error.isEmpty() ? tr("Exported “%1” to %2 (without passwords).").arg(name, path)
                                : error,
                !error.isEmpty());
}

} // namespace tpp
