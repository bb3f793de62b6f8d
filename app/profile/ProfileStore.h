#pragma once

#include "profile/Profile.h"

#include <QObject>
#include <QSettings>

#include <optional>

namespace tpp {

/// The user's platform profiles, kept in QSettings under "profiles/<name>".
/// Only non-secret fields are stored here (secrets go to SecretStore). Import
/// and export use a standalone INI file with one [profile] group, so a profile
/// can be handed to a colleague without handing over a password.
class ProfileStore : public QObject {
    Q_OBJECT
public:
    /// @param settings where profiles live; not owned, must outlive the store.
    explicit ProfileStore(QSettings* settings, QObject* parent = nullptr);

    [[nodiscard]] QStringList names() const;
    [[nodiscard]] std::optional<Profile> profile(const QString& name) const;

    /// Saves @p profile; with @p previousName set and different, renames. Returns
    /// the reasons it was refused (each naming the field), empty on success.
    QStringList save(const Profile& profile, const QString& previousName = {});
    bool remove(const QString& name);
    /// Copies a profile under a free name ("name (copy)", "name (copy 2)", …); returns it.
    QString duplicate(const QString& name);

    struct FileResult {
        std::optional<Profile> profile;
        QStringList errors;
    };
    /// Reads a profile file without storing it. Errors name the file and field.
    [[nodiscard]] static FileResult readFile(const QString& path);
    /// Reads a profile file and stores it under a free name; returns the name or errors.
    FileResult importFile(const QString& path);
    /// Writes the named profile to @p path; returns an error text, empty on success.
    [[nodiscard]] QString exportFile(const QString& name, const QString& path) const;

    [[nodiscard]] QString activeName() const;
    void setActiveName(const QString& name);

    [[nodiscard]] QString freeName(const QString& wanted) const;

Q_SIGNALS:
    void profileAdded(const QString& name);
    void profileRemoved(const QString& name);
    void profileChanged(const QString& name);
    void activeChanged(const QString& name);

private:
    [[nodiscard]] static QString groupFor(const QString& name);
    QSettings* m_settings;
};

} // namespace tpp
