#pragma once

#include "kube/KubeconfigResolution.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace tpp::kube {

class ExecApprovals;

/// The merged kubeconfig, read the way kubectl reads it: an explicit file, else
/// every file of $KUBECONFIG (':'-separated, missing files skipped), else
/// ~/.kube/config. For clusters, users and contexts the first file that defines
/// a name wins; current-context comes from the first file that sets it.
///
/// Loading checks the structure (YAML, lists, names); the entries a context
/// uses are decoded by resolve(), so one broken user entry does not make every
/// other context unusable, and its error appears when it is used.
class Kubeconfig {
public:
    [[nodiscard]] static Kubeconfig load(const QString& explicitPath = {});
    /// The files as $KUBECONFIG lists them: missing ones are skipped.
    [[nodiscard]] static Kubeconfig loadFiles(const QStringList& files);
    [[nodiscard]] static QStringList defaultFiles();

    [[nodiscard]] QStringList files() const;    ///< the files that were read
    [[nodiscard]] QStringList errors() const;   ///< each names the file (and line or key)
    [[nodiscard]] QStringList warnings() const; ///< about the files (e.g. readable by others)
    [[nodiscard]] QString currentContext() const;
    [[nodiscard]] QStringList contextNames() const; ///< in merge order

    /// Resolves a context (empty: the current one). A user with an exec plugin
    /// gives ExecPending when `approvals` approved its command for the file
    /// that defined it, else ApprovalNeeded; nothing is run here.
    [[nodiscard]] KubeconfigResolution resolve(const QString& contextName = {},
                                               const ExecApprovals* approvals = nullptr) const;

    Kubeconfig();
    ~Kubeconfig();
    Kubeconfig(const Kubeconfig&);
    Kubeconfig& operator=(const Kubeconfig&);
    Kubeconfig(Kubeconfig&&) noexcept;
    Kubeconfig& operator=(Kubeconfig&&) noexcept;

private:
    struct Data;
    static Kubeconfig read(const QStringList& files, bool explicitFile);
    std::shared_ptr<const Data> d;
};

} // namespace tpp::kube
