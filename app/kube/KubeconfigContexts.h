#pragma once

#include <QString>
#include <QStringList>

namespace tpp {

/// The context names a kubeconfig offers, read the way kubectl finds them:
/// an explicit file, else every file of $KUBECONFIG (':'-separated, first
/// current-context wins), else ~/.kube/config. Used by the profile editor to
/// let the user choose a context instead of typing one. (The full loader with
/// credentials arrives with the cluster client.)
struct KubeconfigContexts {
    QStringList contexts;
    QString currentContext;
    QStringList files;  ///< the files that were read
    QStringList errors; ///< each names the file and what is wrong in it

    [[nodiscard]] static KubeconfigContexts read(const QString& explicitPath = {});
    [[nodiscard]] static QStringList defaultFiles();
};

} // namespace tpp
