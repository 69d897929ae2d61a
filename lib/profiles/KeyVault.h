#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFuture>
#include <QObject>

class QFile;

namespace Open311 {

class ProfileStore;

// Where API keys live: the system keychain (Secret Service or KWallet, through QtKeychain),
// or, where there is none (kiosks, minimal desktops), an explicitly provisioned root-owned key
// file or the OPEN311_API_KEY variable. Never plain settings, never a silent fallback.
class KeyVault : public QObject
{
    Q_OBJECT

public:
    enum class Source
    {
        None,
        Environment,
        KeyFile,
        Keychain
    };
    Q_ENUM(Source)

    static inline const QString kService = QStringLiteral("org.open311.Reporter");
    static inline const QString kEnvironmentVariable = QStringLiteral("OPEN311_API_KEY");

    explicit KeyVault(const ProfileStore* profiles, QObject* parent = nullptr);

    // The key for a profile, from the first source that has one; an empty value when none does.
    QFuture<Result<QString>> key(const QString& profileId);
    Source lastSource() const { return m_lastSource; }
    QFuture<Result<bool>> store(const QString& profileId, const QString& key);
    QFuture<Result<bool>> remove(const QString& profileId);

    // A provisioned key file: root-owned, not readable or writable by others, one line.
    static Result<QString> readKeyFile(const QString& path);
    // The key on the first line of an open key file, empty when there is none, or why the file
    // is damaged: its bytes must never go to the city as a key.
    static Result<QString> keyFromFile(QFile& file);

    // Moves OPEN311_API_KEY out of the environment into memory, before anything could start a
    // child process (a browser for a link) that would inherit it. Called first thing in main().
    static void claimEnvironmentKey();
    // OPEN311_API_KEY as set now, or as claimed; empty when neither.
    static QString environmentKey();

private:
    const ProfileStore* m_profiles;
    Source m_lastSource = Source::None;
};

} // namespace Open311
