#pragma once

#include "core/Error.h"
#include "core/Profile.h"

#include <QCoreApplication>
#include <QList>
#include <QVariant>

#include <optional>

class QSettings;

namespace Open311 {

// The jurisdictions the app knows: built-in presets, those IT deployed system-wide (with
// locks), and the user's own. Kept in QSettings; never a key (see KeyVault).
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(Open311::ProfileStore)

public:
    static inline const QString kTrainingId = QStringLiteral("training");
    // The same training city over the deprecated GeoReport v1, for trainers who need it.
    static inline const QString kTrainingV1Id = QStringLiteral("training-v1");
    static inline const QString kSanFranciscoId = QStringLiteral("sfgov.org");
    static inline const QString kMiamiDadeId = QStringLiteral("miamidade.gov");

    ProfileStore();

    static QList<Profile> presets();
    // Presets, then system profiles, then the user's; a later one with the same id wins
    // unless the system locks it.
    QList<Profile> profiles() const;
    std::optional<Profile> find(const QString& idOrName) const;

    bool isSystemProfile(const QString& id) const;
    // IT may lock profiles (no adding, editing or removing) and single settings.
    bool profilesLocked() const;
    bool isLocked(const QString& setting) const;

    // Why this profile cannot be saved or used, if it cannot.
    static std::optional<Error> validate(const Profile& profile);
    // What a new or changed profile must also have (whose map it is, a well-formed city
    // language); a profile saved before these rules still opens without.
    static std::optional<Error> checkForSaving(const Profile& profile);
    // Why reports cannot be sent with it (San Francisco's server is gone), if they cannot.
    static std::optional<QString> submitBlocker(const Profile& profile);

    bool save(const Profile& profile, QString& error);
    bool remove(const QString& id, QString& error);
    Profile duplicate(const Profile& profile) const;

    QString activeProfileId() const;
    void setActiveProfileId(const QString& id);

    // A setting with the system's default and lock applied.
    QVariant value(const QString& key, const QVariant& fallback = QVariant()) const;
    void setValue(const QString& key, const QVariant& value);

    // A file that carries a profile to another desk, without its key.
    static QByteArray exportProfile(const Profile& profile);
    static std::optional<Profile> importProfile(const QByteArray& json, QString& error);

    // A settings file that could not be read whole.
    struct Damage
    {
        enum class Kind
        {
            Unreadable,
            SystemFile, // the administrator's: reported, never rewritten
            NotCopied, // the user's, left as it was: no copy could be made
            Repaired, // the user's: copied aside, then written again with what could be read
        };
        Kind kind = Kind::Repaired;
        QString path;
        QString copy;
        QString reason;
    };
    // Called first thing, before anything could save over what a damaged file still holds;
    // the files are sound afterwards, so each damage is found once.
    static QList<Damage> repairFiles();
    // One sentence for the user (after the translations are installed).
    static QString describe(const Damage& damage);

    // The system configuration's provisioned key file for a profile, if any (kiosks).
    QString provisionedKeyFile(const QString& id) const;

private:
    static Profile fromSettings(QSettings& settings, const QString& id);
    static void readProtocol(Profile& profile, const QString& name);
    static void toSettings(QSettings& settings, const Profile& profile);
    static QString uniqueId(const QString& base, const QList<Profile>& existing);
};

} // namespace Open311
