#include "kube/KubeconfigContexts.h"

#include <QTemporaryDir>
#include <QTest>

using tpp::KubeconfigContexts;

class tst_KubeconfigContexts : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString write(const QString& name, const QByteArray& text) {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(f.fileName()));
        f.write(text);
        return f.fileName();
    }

private Q_SLOTS:
    void readsContextsAndCurrent() {
        const QString file = write(
            QStringLiteral("a"), "apiVersion: v1\nkind: Config\ncurrent-context: tpp-admin\n"
                                 "contexts:\n- name: tpp-admin\n  context: {cluster: c, user: a}\n"
                                 "- name: tpp-viewer\n  context: {cluster: c, user: v}\n");
        const auto r = KubeconfigContexts::read(file);
        QVERIFY(r.errors.isEmpty());
        QCOMPARE(r.contexts,
                 (QStringList{QStringLiteral("tpp-admin"), QStringLiteral("tpp-viewer")}));
        QCOMPARE(r.currentContext, QStringLiteral("tpp-admin"));
    }
    void mergesKubeconfigListFirstWins() {
        const QString a = write(QStringLiteral("m1"),
                                "current-context: one\ncontexts:\n- name: one\n- name: shared\n");
        const QString b = write(QStringLiteral("m2"),
                                "current-context: two\ncontexts:\n- name: shared\n- name: two\n");
        qputenv("KUBECONFIG",
                (a + u':' + m_dir.filePath(QStringLiteral("missing")) + u':' + b).toLocal8Bit());
        const auto r = KubeconfigContexts::read();
        qunsetenv("KUBECONFIG");
        QVERIFY2(r.errors.isEmpty(),
                 qPrintable(r.errors.join(
                     u'\n'))); // missing files in the list are skipped, as kubectl does
        QCOMPARE(r.contexts, (QStringList{QStringLiteral("one"), QStringLiteral("shared"),
                                          QStringLiteral("two")}));
        QCOMPARE(r.currentContext, QStringLiteral("one"));
        QCOMPARE(r.files.size(), 2);
    }
    void errorsNameTheFile() {
        const QString bad = write(QStringLiteral("bad"), "contexts: {not: a list}\n");
        const auto r = KubeconfigContexts::read(bad);
        QCOMPARE(r.errors.size(), 1);
        QVERIFY2(r.errors.first().startsWith(bad) && r.errors.first().contains(u"contexts"),
                 qPrintable(r.errors.first()));
        const auto broken =
            KubeconfigContexts::read(write(QStringLiteral("broken"), "contexts: [\n"));
        QCOMPARE(broken.errors.size(), 1);
        const auto missing = KubeconfigContexts::read(m_dir.filePath(QStringLiteral("nope")));
        QVERIFY(missing.errors.first().contains(u"not found"));
    }
};

QTEST_GUILESS_MAIN(tst_KubeconfigContexts)
#include "tst_kubeconfigcontexts.moc"
