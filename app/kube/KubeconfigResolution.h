#pragma once

#include "kube/KubeCredentials.h"
#include "kube/KubeconfigExec.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tpp::kube {

/// What resolving a kubeconfig context gave: credentials ready for the client,
/// an exec plugin still to run (or to approve first), or an error that names
/// the file and the key at fault.
struct KubeconfigResolution {
    enum class Status {
        Ready,          ///< credentials complete
        ExecPending,    ///< approved exec plugin: ExecCredentialPlugin completes it
        ApprovalNeeded, ///< exec plugin not approved: show exec->commandLine(), nothing ran
        Failed,         ///< see error
    };

    Status status = Status::Failed;
    KubeCredentials credentials; ///< everything but the plugin's part when an exec is pending
    std::optional<KubeconfigExec> exec;
    QString error;
    QStringList warnings; ///< for the banner (e.g. insecure-skip-tls-verify)

    [[nodiscard]] bool isReady() const { return status == Status::Ready; }
};

} // namespace tpp::kube
