#include "profile/SecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace tpp {

namespace {

SecretStore::Failure classify(QKeychain::Error error) {
    switch (error) {
    case QKeychain::EntryNotFound:
        return SecretStore::Failure::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStore::Failure::NoBackend;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStore::Failure::Denied;
    default:
        return SecretStore::Failure::Other;
    }
}

// QtKeychain passes libsecret's GError through as OtherError when the session
// bus or the Secret Service is missing. These are the messages libsecret/GDBus
// give for "nothing to talk to"; they mean "no backend" to the user.
SecretStore::Failure refine(SecretStore::Failure failure, const QString& message) {
    static const char* const kNoServiceMessages[] = {
        "org.freedesktop.secrets", // name not provided by any .service file
        "No keychain service",     // QtKeychain's own wording
        "Could not connect",       // GDBus: the bus address leads nowhere
        "Cannot autolaunch D-Bus", // GDBus: no bus and no X11 to start one
        "Cannot spawn a message bus",
        "ServiceUnknown",
        "/org/freedesktop/secrets/collection", // a Secret Service without a usable keyring
    };
    if (failure != SecretStore::Failure::Other)
        return failure;
    for (const char* text : kNoServiceMessages)
        if (message.contains(QLatin1String(text), Qt::CaseInsensitive))
            return SecretStore::Failure::NoBackend;
    return failure;
}

} // namespace

SecretStore::SecretStore(QString service, QObject* parent)
    : QObject(parent)
    , m_service(std::move(service)) {}

void SecretStore::read(const QString& key) {
    if (const auto it = m_session.constFind(key); it != m_session.cend()) {
        // Still asynchronous, so callers see one behaviour whatever the source.
        const QString value = *it;
        QMetaObject::invokeMethod(
            this, [this, key, value] { Q_EMIT readFinished(key, value); }, Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            Q_EMIT readFinished(key, job->textData());
            return;
        }
        const QString message = job->errorString();
        Q_EMIT failed(key, Operation::Read, refine(classify(job->error()), message), message);
    });
    job->start();
}

void SecretStore::write(const QString& key, const QString& value) {
    auto* job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setTextData(value);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        if (job->error() == QKeychain::NoError) {
            m_session.remove(key);
            Q_EMIT writeFinished(key);
            return;
        }
        const QString message = job->errorString();
        Q_EMIT failed(key, Operation::Write, refine(classify(job->error()), message), message);
    });
    job->start();
}

void SecretStore::remove(const QString& key) {
    m_session.remove(key);
    auto* job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, job, key] {
        // Deleting what is not there is success: the end state is what was asked for.
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            Q_EMIT removeFinished(key);
            return;
        }
        const QString message = job->errorString();
        Q_EMIT failed(key, Operation::Remove, refine(classify(job->error()), message), message);
    });
    job->start();
}

void SecretStore::rememberForSession(const QString& key, const QString& value) {
    m_session.insert(key, value);
}

void SecretStore::forgetSession() {
    m_session.clear();
}

QString SecretStore::describe(Failure failure, const QString& detail) {
    switch (failure) {
    case Failure::NotFound:
        return QCoreApplication::translate("tpp::SecretStore", "No secret is stored for this yet.");
    case Failure::NoBackend:
        return QCoreApplication::translate(
                   "tpp::SecretStore",
                   "Secrets cannot be saved: no usable Secret Service is running (%1). Start "
                   "and unlock gnome-keyring or KWallet to keep them; until then the console "
                   "asks for them each run and keeps them in memory only.")
            .arg(detail);
    case Failure::Denied:
        return QCoreApplication::translate("tpp::SecretStore", "The key store refused access (%1).")
            .arg(detail);
    case Failure::Other:
        return QCoreApplication::translate("tpp::SecretStore", "The key store failed: %1")
            .arg(detail);
    }
    return detail;
}

} // namespace tpp
