#include "dialogs/ProfileEditorDialog.h"

#include "kube/KubeconfigContexts.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace tpp {

namespace {

QLabel* sectionLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setWeight(QFont::DemiBold);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QStringList splitList(const QString& text) {
    QStringList out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

} // namespace

ProfileEditorDialog::ProfileEditorDialog(ProfileStore* store, SecretStore* secrets,
                                         const Profile* existing, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets)
    , m_keyStoreBanner(new QLabel(this))
    , m_errors(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
    , m_name(new QLineEdit(this))
    , m_production(new QCheckBox(tr("Production — require typed confirmation for changes"), this))
    , m_kubeconfig(new QLineEdit(this))
    , m_context(new QComboBox(this))
    , m_contextProblems(new QLabel(this))
    , m_namespaces(new QLineEdit(this))
    , m_dbHost(new QLineEdit(this))
    , m_dbPort(new QSpinBox(this))
    , m_dbName(new QLineEdit(this))
    , m_dbUser(new QLineEdit(this))
    , m_dbSslMode(new QComboBox(this))
    , m_dbUri(new QLineEdit(this))
    , m_dbPassword(new QLineEdit(this))
    , m_redisUrl(new QLineEdit(this))
    , m_redisPassword(new QLineEdit(this))
    , m_prometheusUrl(new QLineEdit(this))
    , m_alertmanagerUrl(new QLineEdit(this))
    , m_health(new QPlainTextEdit(this))
    , m_sshHosts(new QLineEdit(this))
    , m_backup(new QLineEdit(this)) {
    setWindowTitle(existing ? tr("Edit profile “%1”").arg(existing->name) : tr("New profile"));
    resize(620, 720);

    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    layout->addRow(sectionLabel(tr("General"), form));
    layout->addRow(tr("&Name"), m_name);
    layout->addRow(QString(), m_production);

    layout->addRow(sectionLabel(tr("Cluster"), form));
    auto* kubeRow = new QHBoxLayout;
    m_kubeconfig->setPlaceholderText(tr("default: $KUBECONFIG or ~/.kube/config"));
    auto* browse = new QToolButton(form);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose a kubeconfig file"));
    kubeRow->addWidget(m_kubeconfig);
    kubeRow->addWidget(browse);
    layout->addRow(tr("&Kubeconfig"), kubeRow);
    m_context->setEditable(true);
    layout->addRow(tr("C&ontext"), m_context);
    m_contextProblems->setWordWrap(true);
    m_contextProblems->setForegroundRole(QPalette::BrightText);
    layout->addRow(QString(), m_contextProblems);
    m_namespaces->setPlaceholderText(tr("terminal-plus-plus, terminal-plus-plus-sandboxes"));
    layout->addRow(tr("Na&mespaces"), m_namespaces);

    layout->addRow(sectionLabel(tr("Database (PostgreSQL)"), form));
    layout->addRow(tr("&Host"), m_dbHost);
    m_dbPort->setRange(1, 65535);
    layout->addRow(tr("&Port"), m_dbPort);
    layout->addRow(tr("Database"), m_dbName);
    layout->addRow(tr("&User"), m_dbUser);
    m_dbSslMode->addItems({QStringLiteral("disable"), QStringLiteral("allow"),
                           QStringLiteral("prefer"), QStringLiteral("require"),
                           QStringLiteral("verify-ca"), QStringLiteral("verify-full")});
    layout->addRow(tr("SSL mode"), m_dbSslMode);
    m_dbUri->setPlaceholderText(tr("or a libpq URI: postgresql://user@host:5432/db (no password)"));
    layout->addRow(tr("URI"), m_dbUri);
    m_dbPassword->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("Password"), m_dbPassword);

    layout->addRow(sectionLabel(tr("Services"), form));
    m_redisUrl->setPlaceholderText(QStringLiteral("redis://127.0.0.1:6379"));
    layout->addRow(tr("Redis URL"), m_redisUrl);
    m_redisPassword->setEchoMode(QLineEdit::Password);
    layout->addRow(tr("Redis password"), m_redisPassword);
    m_prometheusUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:9090"));
    layout->addRow(tr("Prometheus URL"), m_prometheusUrl);
    m_alertmanagerUrl->setPlaceholderText(QStringLiteral("http://127.0.0.1:9093"));
    layout->addRow(tr("Alertmanager URL"), m_alertmanagerUrl);
    m_health->setPlaceholderText(
        tr("one per line: name=url, e.g. backend=http://host:8000/health"));
    m_health->setMaximumHeight(72);
    layout->addRow(tr("Health endpoints"), m_health);

    layout->addRow(sectionLabel(tr("Access"), form));
    m_sshHosts->setPlaceholderText(tr("user@host:port, comma-separated"));
    layout->addRow(tr("SSH hosts"), m_sshHosts);
    m_backup->setPlaceholderText(tr("file:///var/backups/tpp or sftp://user@host/path"));
    layout->addRow(tr("Backup destination"), m_backup);

    auto* scroll = new QScrollArea(this);
    scroll->setWidget(form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_keyStoreBanner->setWordWrap(true);
    m_keyStoreBanner->setVisible(false);
    m_keyStoreBanner->setObjectName(QStringLiteral("keyStoreBanner"));
    m_errors->setWordWrap(true);
    m_errors->setForegroundRole(QPalette::BrightText);
    m_errors->setVisible(false);
    m_errors->setObjectName(QStringLiteral("profileErrors"));

    auto* outer = new QVBoxLayout(this);
    outer->addWidget(m_keyStoreBanner);
    outer->addWidget(scroll, 1);
    outer->addWidget(m_errors);
    outer->addWidget(m_buttons);

    connect(browse, &QToolButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig"), m_kubeconfig->text());
        if (!file.isEmpty())
            m_kubeconfig->setText(file);
    });
    connect(m_kubeconfig, &QLineEdit::editingFinished, this, &ProfileEditorDialog::reloadContexts);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ProfileEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Secrets report back by key; only the keys this dialog asked about matter here.
    connect(m_secrets, &SecretStore::writeFinished, this,
            [this](const QString& key) { secretDone(key, {}); });
    connect(m_secrets, &SecretStore::failed, this,
            [this](const QString& key, SecretStore::Operation op, SecretStore::Failure failure,
                   const QString& message) {
                if (op == SecretStore::Operation::Write)
                    secretDone(key, SecretStore::describe(failure, message));
                else if (op == SecretStore::Operation::Read &&
                         failure == SecretStore::Failure::NoBackend &&
                         key.startsWith(m_probeName + QLatin1Char('/'))) {
                    m_keyStoreBanner->setText(SecretStore::describe(failure, message));
                    m_keyStoreBanner->setVisible(true);
                    m_dbPassword->setPlaceholderText(tr("cannot be saved: no key store"));
                    m_redisPassword->setPlaceholderText(tr("cannot be saved: no key store"));
                }
            });
    connect(
        m_secrets, &SecretStore::readFinished, this, [this](const QString& key, const QString&) {
            // Only say a secret is stored; never put its text into a widget.
            if (key == Profile::secretKey(m_probeName, SecretKind::DatabasePassword))
                m_dbPassword->setPlaceholderText(tr("stored in the key store — type to replace"));
            else if (key == Profile::secretKey(m_probeName, SecretKind::RedisPassword))
                m_redisPassword->setPlaceholderText(
                    tr("stored in the key store — type to replace"));
        });

    Profile initial;
    if (existing) {
        initial = *existing;
        m_originalName = existing->name;
    } else {
        initial.name = store->freeName(tr("New profile"));
        initial.namespaces = {QStringLiteral("terminal-plus-plus"),
                              QStringLiteral("terminal-plus-plus-sandboxes")};
    }
    load(initial);
    reloadContexts();
    // Probe the key store once: it tells the user up front whether secrets can be
    // kept, and for an existing profile whether a password is stored already.
    m_probeName = initial.name;
    m_secrets->read(Profile::secretKey(m_probeName, SecretKind::DatabasePassword));
    m_secrets->read(Profile::secretKey(m_probeName, SecretKind::RedisPassword));
}

void ProfileEditorDialog::load(const Profile& p) {
    m_name->setText(p.name);
    m_production->setChecked(p.production);
    m_kubeconfig->setText(p.kubeconfig);
    m_context->setCurrentText(p.kubeContext);
    m_namespaces->setText(p.namespaces.join(QLatin1String(", ")));
    m_dbHost->setText(p.dbHost);
    m_dbPort->setValue(p.dbPort);
    m_dbName->setText(p.dbName);
    m_dbUser->setText(p.dbUser);
    m_dbSslMode->setCurrentText(p.dbSslMode);
    m_dbUri->setText(p.dbUri);
    m_redisUrl->setText(p.redisUrl);
    m_prometheusUrl->setText(p.prometheusUrl);
    m_alertmanagerUrl->setText(p.alertmanagerUrl);
    QStringList health;
    for (const HealthEndpoint& endpoint : p.healthEndpoints)
        health << endpoint.name + QLatin1Char('=') + endpoint.url;
    m_health->setPlainText(health.join(QLatin1Char('\n')));
    m_sshHosts->setText(p.sshHosts.join(QLatin1String(", ")));
    m_backup->setText(p.backupDestination);
}

void ProfileEditorDialog::reloadContexts() {
    const QString chosen = m_context->currentText();
    const KubeconfigContexts found = KubeconfigContexts::read(m_kubeconfig->text().trimmed());
    m_context->clear();
    m_context->addItems(found.contexts);
    m_context->setCurrentText(chosen.isEmpty() ? found.currentContext : chosen);
    QStringList problems = found.errors;
    if (found.files.isEmpty() && found.errors.isEmpty())
        problems << tr("No kubeconfig found (%1).")
                        .arg(KubeconfigContexts::defaultFiles().join(QLatin1String(", ")));
    m_contextProblems->setText(problems.join(QLatin1Char('\n')));
    m_contextProblems->setVisible(!problems.isEmpty());
}

Profile ProfileEditorDialog::profile() const {
    Profile p;
    p.name = m_name->text().trimmed();
    p.production = m_production->isChecked();
    p.kubeconfig = m_kubeconfig->text().trimmed();
    p.kubeContext = m_context->currentText().trimmed();
    p.namespaces = splitList(m_namespaces->text());
    p.dbHost = m_dbHost->text().trimmed();
    p.dbPort = m_dbPort->value();
    p.dbName = m_dbName->text().trimmed();
    p.dbUser = m_dbUser->text().trimmed();
    p.dbSslMode = m_dbSslMode->currentText();
    p.dbUri = m_dbUri->text().trimmed();
    p.redisUrl = m_redisUrl->text().trimmed();
    p.prometheusUrl = m_prometheusUrl->text().trimmed();
    p.alertmanagerUrl = m_alertmanagerUrl->text().trimmed();
    for (const QString& line :
         m_health->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            p.healthEndpoints.append({QString(), line.trimmed()});
        else
            p.healthEndpoints.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    p.sshHosts = splitList(m_sshHosts->text());
    p.backupDestination = m_backup->text().trimmed();
    return p;
}

void ProfileEditorDialog::save() {
    const Profile p = profile();
    const QStringList errors = m_store->save(p, m_originalName);
    if (!errors.isEmpty()) {
        m_errors->setText(errors.join(QLatin1Char('\n')));
        m_errors->setVisible(true);
        return;
    }
    m_savedName = p.name;
    m_originalName = p.name; // a second Save after a secret failure edits, not re-creates
    m_errors->setVisible(false);
    m_pendingSecrets.clear();
    m_secretErrors.clear();
    const QList<QPair<QLineEdit*, SecretKind>> secretFields{
        {m_dbPassword, SecretKind::DatabasePassword}, {m_redisPassword, SecretKind::RedisPassword}};
    for (const auto& [field, kind] : secretFields) {
        if (field->text().isEmpty())
            continue;
        m_pendingSecrets << p.secretKey(kind);
    }
    if (m_pendingSecrets.isEmpty()) {
        accept();
        return;
    }
    m_buttons->setEnabled(false);
    for (const auto& [field, kind] : secretFields)
        if (!field->text().isEmpty())
            m_secrets->write(p.secretKey(kind), field->text());
}

void ProfileEditorDialog::secretDone(const QString& key, const QString& error) {
    if (!m_pendingSecrets.removeOne(key))
        return;
    if (!error.isEmpty())
        m_secretErrors << error;
    if (!m_pendingSecrets.isEmpty())
        return;
    m_buttons->setEnabled(true);
    m_dbPassword->clear();
    m_redisPassword->clear();
    if (m_secretErrors.isEmpty()) {
        accept();
        return;
    }
    // The profile itself is saved; say plainly that the secrets are not.
    m_errors->setText(
        tr("The profile was saved, but its passwords were not: %1").arg(m_secretErrors.first()));
    m_errors->setVisible(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
}

} // namespace tpp
