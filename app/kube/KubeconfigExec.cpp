#include "kube/KubeconfigExec.h"

#include <QRegularExpression>

namespace tpp::kube {

namespace {

QString shellQuoted(const QString& word) {
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_@%+=:,./-]+$"));
    if (plain.match(word).hasMatch())
        return word;
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

QString KubeconfigExec::commandLine() const {
    QStringList words{shellQuoted(command)};
    for (const QString& arg : args)
        words << shellQuoted(arg);
    return words.join(QLatin1Char(' '));
}

} // namespace tpp::kube
