#include "profile/ProfileStore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>

#include <algorithm>

namespace tpp {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kFileGroup = QStringLiteral("profile");
} // namespace

ProfileStore::ProfileStore(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings) {}

QString ProfileStore::groupFor(const QString& name) {
    // Percent-encode so any profile name is a single, reversible settings group.
    return kProfiles + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QStringList ProfileStore::names() const {
    m_settings->beginGroup(kProfiles);
    QStringList out;
    for (const QString& group : m_settings->childGroups())
        out << QUrl::fromPercentEncoding(group.toLatin1());
    m_settings->endGroup();
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::profile(const QString& name) const {
    if (name.isEmpty() || !names().contains(name))
        return std::nullopt;
    m_settings->beginGroup(groupFor(name));
    Profile p = Profile::readFrom(*m_settings);
    m_settings->endGroup();
    p.name = name;
    return p;
}

QStringList ProfileStore::save(const Profile& profile, const QString& previousName) {
    QStringList errors = profile.validate();
    const bool renaming = !previousName.isEmpty() && previousName != profile.name;
    const bool exists = names().contains(profile.name);
    if (exists && (renaming || previousName.isEmpty()) && errors.isEmpty())
        errors << tr("name: a profile called \"%1\" exists already").arg(profile.name);
    if (!errors.isEmpty())
        return errors;

    m_settings->remove(groupFor(profile.name));
    m_settings->beginGroup(groupFor(profile.name));
    profile.writeTo(*m_settings);
    m_settings->endGroup();
    if (renaming) {
        m_settings->remove(groupFor(previousName));
        if (activeName() == previousName)
            setActiveName(profile.name);
        Q_EMIT profileRemoved(previousName);
    }
    m_settings->sync();
    if (exists && !renaming)
        Q_EMIT profileChanged(profile.name);
    else
        Q_EMIT profileAdded(profile.name);
    return {};
}

bool ProfileStore::remove(const QString& name) {
    if (!names().contains(name))
        return false;
    m_settings->remove(groupFor(name));
    if (activeName() == name)
        setActiveName({});
    m_settings->sync();
    Q_EMIT profileRemoved(name);
    return true;
}

QString ProfileStore::freeName(const QString& wanted) const {
    const QStringList existing = names();
    if (!existing.contains(wanted))
        return wanted;
    for (int i = 2;; ++i) {
        const QString candidate = tr("%1 (%2)").arg(wanted).arg(i);
        if (!existing.contains(candidate))
            return candidate;
    }
}

QString ProfileStore::duplicate(const QString& name) {
    auto p = profile(name);
    if (!p)
        return {};
    p->name = freeName(tr("%1 (copy)").arg(name));
    return save(*p).isEmpty() ? p->name : QString();
}

ProfileStore::FileResult ProfileStore::readFile(const QString& path) {
    FileResult result;
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable()) {
        result.errors << tr("%1: the file does not exist or cannot be read").arg(path);
        return result;
    }
    QSettings file(path, QSettings::IniFormat);
    if (file.status() != QSettings::NoError) {
        result.errors << tr("%1: not a valid INI file").arg(path);
        return result;
    }
    if (!file.childGroups().contains(kFileGroup)) {
        result.errors << tr("%1: no [profile] section").arg(path);
        return result;
    }
    file.beginGroup(kFileGroup);
    Profile p = Profile::readFrom(file);
    // A profile file must never smuggle a secret in; refuse rather than ignore it.
    for (const QString& key : file.childKeys()) {
        if (key.contains(QLatin1String("password"), Qt::CaseInsensitive) ||
            key.contains(QLatin1String("secret"), Qt::CaseInsensitive) ||
            key.contains(QLatin1String("token"), Qt::CaseInsensitive))
            result.errors << tr("%1: key \"%2\" looks like a secret; profiles carry no secrets")
                                 .arg(path, key);
    }
    file.endGroup();
    for (const QString& error : p.validate())
        result.errors << path + QLatin1String(": ") + error;
    if (result.errors.isEmpty())
        result.profile = p;
    return result;
}

ProfileStore::FileResult ProfileStore::importFile(const QString& path) {
    FileResult result = readFile(path);
    if (!result.profile)
        return result;
    result.profile->name = freeName(result.profile->name);
    result.errors = save(*result.profile);
    if (!result.errors.isEmpty())
        result.profile.reset();
    return result;
}

QString ProfileStore::exportFile(const QString& name, const QString& path) const {
    const auto p = profile(name);
    if (!p)
        return tr("no profile called \"%1\"").arg(name);
    QSettings file(path, QSettings::IniFormat);
    file.clear();
    file.beginGroup(kFileGroup);
    p->writeTo(file);
    file.endGroup();
    file.sync();
    if (file.status() != QSettings::NoError)
        return tr("%1: could not write the file").arg(path);
    return {};
}

QString ProfileStore::activeName() const {
    return m_settings->value(QStringLiteral("activeProfile")).toString();
}

void ProfileStore::setActiveName(const QString& name) {
    if (activeName() == name)
        return;
    m_settings->setValue(QStringLiteral("activeProfile"), name);
    m_settings->sync();
    Q_EMIT activeChanged(name);
}

} // namespace tpp
