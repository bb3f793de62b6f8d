#include "kube/ExecApprovals.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>

namespace tpp::kube {

namespace {
const QString group = QStringLiteral("kube/execApprovals");
} // namespace

ExecApprovals::ExecApprovals(QSettings& settings)
    : m_settings(settings) {}

QString ExecApprovals::key(const QString& kubeconfigPath, const QString& command,
                           const QStringList& args, const Env& env) {
    // The same file reached by another spelling of its path is the same file.
    const QFileInfo info(kubeconfigPath);
    const QString canonical =
        info.canonicalFilePath().isEmpty() ? info.absoluteFilePath() : info.canonicalFilePath();
    // A JSON array keeps word boundaries: ("a b") and ("a", "b") differ. Hashed
    // because QSettings keys cannot hold '/' and arbitrary text.
    QJsonArray words{canonical, command};
    for (const QString& arg : args)
        words.append(arg);
    // The environment is part of what runs (LD_PRELOAD, PATH, …). Appended only
    // when present, so approvals of plugins without env keep their key.
    if (!env.isEmpty()) {
        QJsonArray pairs;
        for (const auto& [name, value] : env)
            pairs.append(QJsonArray{name, value});
        words.append(pairs);
    }
    const QByteArray canonicalText = QJsonDocument(words).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalText, QCryptographicHash::Sha256).toHex());
}

bool ExecApprovals::isApproved(const QString& kubeconfigPath, const QString& command,
                               const QStringList& args, const Env& env) const {
    return m_settings.contains(group + QLatin1Char('/') + key(kubeconfigPath, command, args, env));
}

void ExecApprovals::approve(const QString& kubeconfigPath, const QString& command,
                            const QStringList& args, const Env& env) {
    // The value is for people reading the settings file; only the key counts.
    QStringList shown{command};
    shown += args;
    m_settings.setValue(group + QLatin1Char('/') + key(kubeconfigPath, command, args, env),
                        QStringList{kubeconfigPath} + shown);
}

void ExecApprovals::revoke(const QString& kubeconfigPath, const QString& command,
                           const QStringList& args, const Env& env) {
    m_settings.remove(group + QLatin1Char('/') + key(kubeconfigPath, command, args, env));
}

} // namespace tpp::kube
