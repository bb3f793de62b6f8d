#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QSettings;

namespace tpp::kube {

/// The exec plugin commands the user allowed to run, per kubeconfig file. A
/// kubeconfig can name any program (kubernetes/kubectl #697), so a plugin runs
/// only when this exact command, argument list and environment was approved
/// for this file: an approved plugin whose kubeconfig later adds, say,
/// LD_PRELOAD to its env list needs approving again.
/// Kept in the QSettings given (not owned).
class ExecApprovals {
public:
    explicit ExecApprovals(QSettings& settings);

    using Env = QList<std::pair<QString, QString>>;

    [[nodiscard]] bool isApproved(const QString& kubeconfigPath, const QString& command,
                                  const QStringList& args, const Env& env = {}) const;
    void approve(const QString& kubeconfigPath, const QString& command, const QStringList& args,
                 const Env& env = {});
    void revoke(const QString& kubeconfigPath, const QString& command, const QStringList& args,
                const Env& env = {});

private:
    [[nodiscard]] static QString key(const QString& kubeconfigPath, const QString& command,
                                     const QStringList& args, const Env& env);
    QSettings& m_settings;
};

} // namespace tpp::kube
