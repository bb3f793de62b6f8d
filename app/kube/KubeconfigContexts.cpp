#include "kube/KubeconfigContexts.h"

#include "kube/Kubeconfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

namespace tpp {

QStringList KubeconfigContexts::defaultFiles() {
    // One reading of KUBECONFIG for the whole console: the loader's.
    return kube::Kubeconfig::defaultFiles();
}

KubeconfigContexts KubeconfigContexts::read(const QString& explicitPath) {
    KubeconfigContexts result;
    const QStringList files = explicitPath.isEmpty() ? defaultFiles() : QStringList{explicitPath};
    for (const QString& file : files) {
        if (!QFileInfo::exists(file)) {
            // kubectl ignores missing files in KUBECONFIG, but not an explicit path.
            if (!explicitPath.isEmpty())
                result.errors << QCoreApplication::translate("tpp::KubeconfigContexts",
                                                             "%1: file not found")
                                     .arg(file);
            continue;
        }
        try {
            const YAML::Node root = YAML::LoadFile(file.toStdString());
            result.files << file;
            if (!root.IsMap())
                throw YAML::Exception(YAML::Mark::null_mark(), "the document is not a mapping");
            if (const auto current = root["current-context"];
                current && current.IsScalar() && result.currentContext.isEmpty())
                result.currentContext = QString::fromStdString(current.as<std::string>());
            const auto contexts = root["contexts"];
            if (contexts && !contexts.IsSequence())
                throw YAML::Exception(contexts.Mark(), "\"contexts\" is not a list");
            if (!contexts)
                continue;
            for (const auto& entry : contexts) {
                const auto name = entry["name"];
                if (!name || !name.IsScalar())
                    throw YAML::Exception(entry.Mark(), "a context has no \"name\"");
                const QString contextName = QString::fromStdString(name.as<std::string>());
                // First definition wins, as in kubectl's merge.
                if (!result.contexts.contains(contextName))
                    result.contexts << contextName;
            }
        } catch (const YAML::Exception& e) {
            result.errors << QCoreApplication::translate("tpp::KubeconfigContexts", "%1: %2")
                                 .arg(file, QString::fromStdString(e.what()));
        }
    }
    return result;
}

} // namespace tpp
