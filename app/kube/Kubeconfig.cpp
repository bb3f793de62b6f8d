#include "kube/Kubeconfig.h"

#include "kube/ExecApprovals.h"
#include "kube/KubeconfigFields.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSslCertificate>
#include <QUrl>

#include <yaml-cpp/yaml.h>

namespace tpp::kube {

namespace {

using Fields = KubeconfigFields;
using Fault = KubeconfigFields::Fault;

/// A named entry (cluster, user or context) and where it came from.
struct Entry {
    QString file;
    QString keyPath; ///< e.g. users[1].user
    YAML::Node body; ///< the inner mapping; null when the entry has none
};

void checkPemCertificate(const Fields& fields, const char* dataKey, const char* fileKey,
                         const QByteArray& pem) {
    if (!pem.isEmpty() && QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
        Fields::fail(
            fields.file(), fields.keyPath(fields.has(dataKey) ? dataKey : fileKey),
            QCoreApplication::translate("tpp::kube::Kubeconfig", "no PEM certificate in it"));
}

KubeconfigExec readExec(const Fields& user, const YAML::Node& node) {
    const QString path = user.keyPath("exec");
    if (!node.IsMap())
        Fields::fail(user.file(), path,
                     QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a mapping"));
    const Fields exec(user.file(), path, node);
    KubeconfigExec result;
    result.kubeconfigPath = QFileInfo(user.file()).absoluteFilePath();
    result.keyPath = path;
    result.apiVersion = exec.string("apiVersion");
    if (result.apiVersion.isEmpty())
        Fields::fail(user.file(), exec.keyPath("apiVersion"),
                     QCoreApplication::translate("tpp::kube::Kubeconfig", "missing"));
    const bool v1 = result.apiVersion == QLatin1String("client.authentication.k8s.io/v1");
    if (!v1 && result.apiVersion != QLatin1String("client.authentication.k8s.io/v1beta1"))
        Fields::fail(user.file(), exec.keyPath("apiVersion"),
                     QCoreApplication::translate(
                         "tpp::kube::Kubeconfig",
                         "\"%1\" is not supported (client.authentication.k8s.io/v1 or v1beta1)")
                         .arg(result.apiVersion));
    result.command = exec.string("command");
    if (result.command.isEmpty())
        Fields::fail(user.file(), exec.keyPath("command"),
                     QCoreApplication::translate("tpp::kube::Kubeconfig", "missing"));
    // client-go resolves a relative command with a '/' against the file's folder.
    if (result.command.contains(QLatin1Char('/')) && QDir::isRelativePath(result.command))
        result.command = exec.path("command");
    result.args = exec.stringList("args");
    if (const YAML::Node env = exec.node("env"); env.IsDefined()) {
        if (!env.IsSequence())
            Fields::fail(user.file(), exec.keyPath("env"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a list"));
        for (std::size_t i = 0; i < env.size(); ++i) {
            const Fields entry(user.file(), exec.keyPath("env") + QStringLiteral("[%1]").arg(i),
                               env[i]);
            if (!env[i].IsMap())
                Fields::fail(user.file(), exec.keyPath("env") + QStringLiteral("[%1]").arg(i),
                             QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                         "must be a mapping with name and value"));
            const QString name = entry.string("name");
            if (name.isEmpty() || name.contains(QLatin1Char('=')))
                Fields::fail(user.file(), entry.keyPath("name"),
                             QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                         "missing or not a variable name"));
            result.env.append({name, entry.string("value")});
        }
    }
    result.installHint = exec.string("installHint");
    const QString mode = exec.string("interactiveMode");
    if (mode.isEmpty()) {
        if (v1)
            Fields::fail(user.file(), exec.keyPath("interactiveMode"),
                         QCoreApplication::translate(
                             "tpp::kube::Kubeconfig",
                             "missing; client.authentication.k8s.io/v1 needs Never, IfAvailable or "
                             "Always"));
    } else if (mode == QLatin1String("Never")) {
        result.interactiveMode = KubeconfigExec::InteractiveMode::Never;
    } else if (mode == QLatin1String("IfAvailable")) {
        result.interactiveMode = KubeconfigExec::InteractiveMode::IfAvailable;
    } else if (mode == QLatin1String("Always")) {
        result.interactiveMode = KubeconfigExec::InteractiveMode::Always;
    } else {
        Fields::fail(user.file(), exec.keyPath("interactiveMode"),
                     QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                 "\"%1\" is not one of Never, IfAvailable, Always")
                         .arg(mode));
    }
    result.provideClusterInfo = exec.boolean("provideClusterInfo");
    return result;
}

} // namespace

struct Kubeconfig::Data {
    QStringList files;
    QStringList errors;
    QStringList warnings;
    QString currentContext;
    QStringList contextOrder;
    QHash<QString, Entry> clusters;
    QHash<QString, Entry> users;
    QHash<QString, Entry> contexts;

    void readFile(const QString& file);
    void readList(const QString& file, const YAML::Node& root, const char* listKey,
                  const char* bodyKey, QHash<QString, Entry>& into, QStringList* order);
    [[nodiscard]] QString fileList() const {
        return files.isEmpty() ? QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                             "(no kubeconfig file found)")
                               : files.join(QStringLiteral(", "));
    }
};

Kubeconfig::Kubeconfig()
    : d(std::make_shared<Data>()) {}
Kubeconfig::~Kubeconfig() = default;
Kubeconfig::Kubeconfig(const Kubeconfig&) = default;
Kubeconfig& Kubeconfig::operator=(const Kubeconfig&) = default;
Kubeconfig::Kubeconfig(Kubeconfig&&) noexcept = default;
Kubeconfig& Kubeconfig::operator=(Kubeconfig&&) noexcept = default;

QStringList Kubeconfig::defaultFiles() {
    const QByteArray env = qgetenv("KUBECONFIG");
    if (!env.isEmpty()) {
        QStringList files;
        for (const QString& part : QString::fromLocal8Bit(env).split(QDir::listSeparator()))
            if (!part.isEmpty() && !files.contains(part))
                files << part;
        return files;
    }
    return {QDir::homePath() + QStringLiteral("/.kube/config")};
}

Kubeconfig Kubeconfig::load(const QString& explicitPath) {
    if (!explicitPath.isEmpty())
        return read({explicitPath}, true);
    return read(defaultFiles(), false);
}

Kubeconfig Kubeconfig::loadFiles(const QStringList& files) {
    return read(files, false);
}

Kubeconfig Kubeconfig::read(const QStringList& files, bool explicitFile) {
    auto data = std::make_shared<Data>();
    for (const QString& file : files) {
        if (!QFileInfo::exists(file)) {
            // kubectl skips missing files of KUBECONFIG, but not an explicit path.
            if (explicitFile)
                data->errors << QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                            "%1: file not found")
                                    .arg(file);
            continue;
        }
        data->readFile(file);
    }
    Kubeconfig result;
    result.d = std::move(data);
    return result;
}

void Kubeconfig::Data::readFile(const QString& file) {
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        errors << QCoreApplication::translate("tpp::kube::Kubeconfig", "%1: cannot be read: %2")
                      .arg(file, f.errorString());
        return;
    }
    files << file;
    const QFileInfo info(file);
    if (info.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        warnings << QCoreApplication::translate(
                        "tpp::kube::Kubeconfig",
                        "%1: other users can read this file, and it may hold credentials "
                        "(chmod 600 fixes it)")
                        .arg(file);
    const QByteArray text = f.readAll();
    YAML::Node root;
    try {
        root = YAML::Load(text.toStdString());
    } catch (const YAML::Exception& e) {
        errors << QCoreApplication::translate("tpp::kube::Kubeconfig", "%1: line %2, column %3: %4")
                      .arg(file)
                      .arg(e.mark.line + 1)
                      .arg(e.mark.column + 1)
                      .arg(QString::fromStdString(e.msg));
        return;
    }
    if (!root || root.IsNull())
        return; // an empty file is an empty config, as for kubectl
    if (!root.IsMap()) {
        errors << QCoreApplication::translate("tpp::kube::Kubeconfig",
                                              "%1: line %2: the document is not a mapping")
                      .arg(file)
                      .arg(root.Mark().line + 1);
        return;
    }
    try {
        const Fields top(file, QString(), root);
        if (const YAML::Node current = top.node("current-context"); current.IsDefined()) {
            if (!current.IsScalar())
                Fields::fail(
                    file, QStringLiteral("current-context"),
                    QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a string"));
            if (currentContext.isEmpty())
                currentContext = QString::fromStdString(current.Scalar());
        }
        readList(file, root, "clusters", "cluster", clusters, nullptr);
        readList(file, root, "users", "user", users, nullptr);
        readList(file, root, "contexts", "context", contexts, &contextOrder);
    } catch (const Fault& fault) {
        errors << fault.message;
    }
}

void Kubeconfig::Data::readList(const QString& file, const YAML::Node& root, const char* listKey,
                                const char* bodyKey, QHash<QString, Entry>& into,
                                QStringList* order) {
    const YAML::Node list = Fields(file, QString(), root).node(listKey);
    const QString listName = QLatin1String(listKey);
    if (!list.IsDefined())
        return;
    if (!list.IsSequence())
        Fields::fail(file, listName,
                     QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a list"));
    QStringList seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString itemPath = listName + QStringLiteral("[%1]").arg(i);
        const YAML::Node item = list[i];
        if (!item.IsMap())
            Fields::fail(file, itemPath,
                         QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                     "must be a mapping with a name"));
        const Fields fields(file, itemPath, item);
        const QString name = fields.string("name");
        if (name.isEmpty())
            Fields::fail(file, fields.keyPath("name"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig", "missing"));
        if (seen.contains(name))
            Fields::fail(file, fields.keyPath("name"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                     "\"%1\" is defined twice in this file")
                             .arg(name));
        seen << name;
        const YAML::Node body = fields.node(bodyKey);
        if (body.IsDefined() && !body.IsMap())
            Fields::fail(file, fields.keyPath(bodyKey),
                         QCoreApplication::translate("tpp::kube::Kubeconfig", "must be a mapping"));
        // The first file that defines a name wins, as in kubectl's merge.
        if (into.contains(name))
            continue;
        into.insert(name, Entry{file, fields.keyPath(bodyKey), body});
        if (order)
            *order << name;
    }
}

QStringList Kubeconfig::files() const {
    return d->files;
}
QStringList Kubeconfig::errors() const {
    return d->errors;
}
QStringList Kubeconfig::warnings() const {
    return d->warnings;
}
QString Kubeconfig::currentContext() const {
    return d->currentContext;
}
QStringList Kubeconfig::contextNames() const {
    return d->contextOrder;
}

KubeconfigResolution Kubeconfig::resolve(const QString& contextName,
                                         const ExecApprovals* approvals) const {
    KubeconfigResolution r;
    // A broken file could have defined the context (the first file wins), so
    // nothing is resolved until every file reads, as with kubectl.
    if (!d->errors.isEmpty()) {
        r.error = d->errors.join(QLatin1Char('\n'));
        return r;
    }
    const QString name = contextName.isEmpty() ? d->currentContext : contextName;
    if (name.isEmpty()) {
        r.error =
            QCoreApplication::translate("tpp::kube::Kubeconfig",
                                        "no context was chosen and no current-context is set in %1")
                .arg(d->fileList());
        return r;
    }
    const auto contextIt = d->contexts.constFind(name);
    if (contextIt == d->contexts.constEnd()) {
        r.error = QCoreApplication::translate("tpp::kube::Kubeconfig",
                                              "context \"%1\" is not defined in %2")
                      .arg(name, d->fileList());
        return r;
    }
    KubeCredentials& c = r.credentials;
    c.contextName = name;
    try {
        const Fields context(contextIt->file, contextIt->keyPath, contextIt->body);
        const QString clusterName = context.string("cluster");
        if (clusterName.isEmpty())
            Fields::fail(context.file(), context.keyPath("cluster"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig", "missing"));
        c.userName = context.string("user");
        c.defaultNamespace = context.string("namespace");
        if (c.defaultNamespace.isEmpty())
            c.defaultNamespace = QStringLiteral("default");

        const auto clusterIt = d->clusters.constFind(clusterName);
        if (clusterIt == d->clusters.constEnd())
            Fields::fail(
                context.file(), context.keyPath("cluster"),
                QCoreApplication::translate("tpp::kube::Kubeconfig",
                                            "cluster \"%1\" is not defined in any kubeconfig file")
                    .arg(clusterName));
        const Fields cluster(clusterIt->file, clusterIt->keyPath, clusterIt->body);
        const QString server = cluster.string("server");
        if (server.isEmpty())
            Fields::fail(cluster.file(), cluster.keyPath("server"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig", "missing"));
        c.server = QUrl(server, QUrl::StrictMode);
        if (!c.server.isValid() || c.server.host().isEmpty() ||
            (c.server.scheme() != QLatin1String("https") &&
             c.server.scheme() != QLatin1String("http")))
            Fields::fail(cluster.file(), cluster.keyPath("server"),
                         QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                     "\"%1\" is not an https:// URL")
                             .arg(server));
        c.caPem = cluster.dataOrFile("certificate-authority-data", "certificate-authority");
        checkPemCertificate(cluster, "certificate-authority-data", "certificate-authority",
                            c.caPem);
        c.insecureSkipTlsVerify = cluster.boolean("insecure-skip-tls-verify");
        if (c.insecureSkipTlsVerify && !c.caPem.isEmpty())
            Fields::fail(cluster.file(), cluster.keyPath("insecure-skip-tls-verify"),
                         QCoreApplication::translate(
                             "tpp::kube::Kubeconfig",
                             "cannot be used together with a certificate authority"));
        if (c.insecureSkipTlsVerify)
            r.warnings << QCoreApplication::translate(
                              "tpp::kube::Kubeconfig",
                              "%1: %2: the certificate of %3 is not verified; anyone between "
                              "you and the cluster can read and change the traffic")
                              .arg(cluster.file(), cluster.keyPath("insecure-skip-tls-verify"),
                                   server);
        c.tlsServerName = cluster.string("tls-server-name");

        if (!c.userName.isEmpty()) {
            const auto userIt = d->users.constFind(c.userName);
            if (userIt == d->users.constEnd())
                Fields::fail(
                    context.file(), context.keyPath("user"),
                    QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                "user \"%1\" is not defined in any kubeconfig file")
                        .arg(c.userName));
            const Fields user(userIt->file, userIt->keyPath, userIt->body);
            if (user.has("auth-provider"))
                Fields::fail(user.file(), user.keyPath("auth-provider"),
                             QCoreApplication::translate(
                                 "tpp::kube::Kubeconfig",
                                 "auth-provider plugins are not supported; use an exec plugin"));
            if (user.has("username") || user.has("password"))
                Fields::fail(user.file(),
                             user.keyPath(user.has("username") ? "username" : "password"),
                             QCoreApplication::translate("tpp::kube::Kubeconfig",
                                                         "basic authentication is not supported"));
            c.clientCertPem = user.dataOrFile("client-certificate-data", "client-certificate");
            c.clientKeyPem = user.dataOrFile("client-key-data", "client-key");
            if (c.clientCertPem.isEmpty() != c.clientKeyPem.isEmpty())
                Fields::fail(
                    user.file(),
                    user.keyPath(c.clientCertPem.isEmpty() ? "client-certificate" : "client-key"),
                    QCoreApplication::translate(
                        "tpp::kube::Kubeconfig",
                        "missing; a client certificate needs both certificate and key"));
            checkPemCertificate(user, "client-certificate-data", "client-certificate",
                                c.clientCertPem);
            c.bearerToken = user.string("token");
            // tokenFile wins over token (client-go reads it and prefers it).
            if (user.has("tokenFile")) {
                c.bearerToken = QString::fromUtf8(user.fileContents("tokenFile").trimmed());
                if (c.bearerToken.isEmpty())
                    Fields::fail(
                        user.file(), user.keyPath("tokenFile"),
                        QCoreApplication::translate("tpp::kube::Kubeconfig", "the file is empty"));
            }
            if (const YAML::Node exec = user.node("exec"); exec.IsDefined())
                r.exec = readExec(user, exec);
        }
    } catch (const Fault& fault) {
        r.error = fault.message;
        r.credentials = {};
        return r;
    }
    if (r.exec) {
        if (approvals && approvals->isApproved(r.exec->kubeconfigPath, r.exec->command,
                                               r.exec->args, r.exec->env)) {
            r.status = KubeconfigResolution::Status::ExecPending;
        } else {
            r.status = KubeconfigResolution::Status::ApprovalNeeded;
            r.error = QCoreApplication::translate(
                          "tpp::kube::Kubeconfig",
                          "%1: %2: the credential plugin \"%3\" runs only after you approve it")
                          .arg(r.exec->kubeconfigPath, r.exec->keyPath, r.exec->commandLine());
        }
        return r;
    }
    r.status = KubeconfigResolution::Status::Ready;
    return r;
}

} // namespace tpp::kube
