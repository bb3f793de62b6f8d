#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

namespace tpp::kube {

/// Everything the REST client needs to reach one cluster as one user, resolved
/// from a kubeconfig context (files read, data decoded, exec plugin run). It is
/// the contract between the kubeconfig loader and KubeClient: the client never
/// looks at a kubeconfig itself.
struct KubeCredentials {
    QString contextName;
    QUrl server;      ///< https://host:port
    QByteArray caPem; ///< empty: system CAs
    bool insecureSkipTlsVerify = false;
    QString tlsServerName;
    QByteArray clientCertPem; ///< client certificate auth (with clientKeyPem)
    QByteArray clientKeyPem;
    QString bearerToken;      ///< token, tokenFile or an exec plugin's token
    QDateTime tokenExpiry;    ///< exec plugin expirationTimestamp (UTC); null: none
    QString defaultNamespace; ///< the context's namespace, "default" when unset
    QString userName;         ///< the kubeconfig user entry's name (for the audit trail)
};

} // namespace tpp::kube
