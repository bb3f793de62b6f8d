#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace tpp::kube {

/// A kubeconfig user's `exec` credential plugin, as written in the file (the
/// command already resolved against the kubeconfig's folder when it is a
/// relative path with a '/', as client-go does).
struct KubeconfigExec {
    enum class InteractiveMode { Never, IfAvailable, Always };

    QString apiVersion; ///< client.authentication.k8s.io/v1 or v1beta1
    QString command;
    QStringList args;
    QList<std::pair<QString, QString>> env; ///< added to the console's environment
    QString installHint;
    InteractiveMode interactiveMode = InteractiveMode::IfAvailable;
    bool provideClusterInfo = false;

    QString kubeconfigPath; ///< the file that defined the user: approvals are per file
    QString keyPath;        ///< e.g. users[1].user.exec, for error messages

    /// The command as a shell would show it (quoted), for the approval prompt
    /// and error messages. It is never given to a shell.
    [[nodiscard]] QString commandLine() const;
};

} // namespace tpp::kube
