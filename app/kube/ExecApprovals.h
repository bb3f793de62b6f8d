#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace tpp::kube {

/// The exec plugin commands the user allowed to run, per kubeconfig file. A
/// kubeconfig can name any program (kubernetes/kubectl #697), so a plugin runs
/// only when this exact command and argument list was approved for this file.
/// Kept in the QSettings given (not owned).
class ExecApprovals {
public:
    explicit ExecApprovals(QSettings& settings);

    [[nodiscard]] bool isApproved(const QString& kubeconfigPath, const QString& command,
                                  const QStringList& args) const;
    void approve(const QString& kubeconfigPath, const QString& command, const QStringList& args);
    void revoke(const QString& kubeconfigPath, const QString& command, const QStringList& args);

private:
    [[nodiscard]] static QString key(const QString& kubeconfigPath, const QString& command,
                                     const QStringList& args);
    QSettings& m_settings;
};

} // namespace tpp::kube
