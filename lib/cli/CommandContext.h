#pragma once

#include "core/Profile.h"
#include "core/Result.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

class QCommandLineParser;

namespace Open311 {

class AppSession;
class Client;
class CommandOutput;

// What a command runs against: the options given, the endpoint (from --profile, --endpoint or
// the environment), the API key and the client built from them. Resolving these is one job,
// done the same way for every command.
class CommandContext : public QObject
{
    Q_OBJECT

public:
    // Status reads in flight at once, for `status` and `track poll` (the client allows 6).
    static constexpr int kStatusConcurrency = 16;

    CommandContext(
        const QCommandLineParser& options, CommandOutput& output, QObject* parent = nullptr);

    const QCommandLineParser& options() const { return m_options; }
    CommandOutput& output() const { return m_output; }

    // The endpoint as given (the profile's, --endpoint or OPEN311_ENDPOINT); empty when none is.
    QString endpointText() const;
    QUrl chosenEndpoint() const;
    // What outbox rows and followed requests belong to: the profile's id, else the endpoint.
    QString profileKey() const;
    const std::optional<Profile>& profile() const { return m_profile; }
    // The application core the window drives too: its stores and its jurisdictions.
    AppSession& session() const { return *m_session; }

    // Resolves --profile and its key (which may come from the keychain, asynchronously), then
    // runs `next`; without --profile it runs `next` at once. Fails the command instead when
    // the profile cannot be used.
    void withProfile(const std::function<void()>& next);
    // Builds the client from the endpoint, city id, key and --timeout; false when one of them
    // is wrong, after failing the command with the option that fixes it.
    // A GeoReport v2 read needs no key: pass keyRequired false, and a key is used when given.
    bool setUpClient(bool keyRequired = true);
    // --protocol, else the profile's, else v1; nullopt for a word that names neither.
    std::optional<Protocol> protocol() const;
    Client* client() const { return m_client; }
    // The key setUpClient() chose, for commands that build more clients (on worker threads).
    QString apiKey() const { return m_apiKey; }

private:
    struct ResolvedProfile
    {
        Profile profile;
        QString apiKey; // empty: taken from --api-key-file or the environment, as without one
    };
    using ProfileCallback = std::function<void(const Result<ResolvedProfile>&)>;

    // Looks up a jurisdiction and fetches its key, in one step, so that a shared application
    // core can take it over; `done` runs once, possibly at once.
    void resolveProfile(const QString& name, const ProfileCallback& done);
    QString readApiKey(QString& problem) const;
    bool makeClient(const Endpoint& endpoint, const QString& key);

    const QCommandLineParser& m_options;
    CommandOutput& m_output;
    std::optional<Profile> m_profile;
    QString m_profileApiKey;
    QString m_apiKey;
    Client* m_client = nullptr;
    AppSession* m_session;
};

} // namespace Open311
