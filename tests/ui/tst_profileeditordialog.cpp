// The profile editor: fields become a stored profile; bad input is refused
// with a message naming the field, and nothing is stored.
#include "dialogs/ProfileEditorDialog.h"
#include "profile/ProfileStore.h"
#include "profile/SecretStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace tpp;

class tst_ProfileEditorDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    static QLineEdit* field(QDialog& d, int index) {
        return d.findChildren<QLineEdit*>().value(index);
    }

private Q_SLOTS:
    void editsAndSavesAProfile() {
        QSettings settings(m_dir.filePath(QStringLiteral("e.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("tpp-console-test"));
        Profile p;
        p.name = QStringLiteral("staging");
        p.dbHost = QStringLiteral("db");
        QVERIFY(store.save(p).isEmpty());
        ProfileEditorDialog dialog(&store, &secrets, &p);
        auto* name = dialog.findChildren<QLineEdit*>().first();
        QCOMPARE(name->text(), QStringLiteral("staging"));
        name->setText(QStringLiteral("staging-2"));
        dialog.findChild<QSpinBox*>()->setValue(6543);
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        buttons->button(QDialogButtonBox::Save)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(store.names(), QStringList{QStringLiteral("staging-2")});
        QCOMPARE(store.profile(QStringLiteral("staging-2"))->dbPort, 6543);
        QCOMPARE(store.profile(QStringLiteral("staging-2"))->dbHost, QStringLiteral("db"));
    }

    void refusesBadInputNamingTheField() {
        QSettings settings(m_dir.filePath(QStringLiteral("f.conf")), QSettings::IniFormat);
        ProfileStore store(&settings);
        SecretStore secrets(QStringLiteral("tpp-console-test"));
        ProfileEditorDialog dialog(&store, &secrets, nullptr);
        QVERIFY(!dialog.profile().name.isEmpty()); // a new profile gets a free default name
        const auto edits = dialog.findChildren<QLineEdit*>();
        for (QLineEdit* edit : edits)
            if (edit->placeholderText().startsWith(u"http://127.0.0.1:9090"))
                edit->setText(QStringLiteral("ftp://prometheus"));
        dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
        auto* errors = dialog.findChild<QLabel*>(QStringLiteral("profileErrors"));
        QVERIFY(errors && !errors->isHidden());
        QVERIFY2(errors->text().contains(u"prometheusUrl"), qPrintable(errors->text()));
        QVERIFY(store.names().isEmpty());
    }
};

QTEST_MAIN(tst_ProfileEditorDialog)
#include "tst_profileeditordialog.moc"
