#include "cli/CommandContext.h"

#include "cli/CommandLineWording.h"
#include "cli/CommandOutput.h"
#include "core/Client.h"
#include "core/FutureCallback.h"
#include "core/SecretRedactor.h"
#include "core/ServerLocale.h"
#include "i18n/Translations.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"
#include "session/AppSession.h"

#include <QCommandLineParser>
#include <QFile>

#include <cmath>

namespace Open311 {

CommandContext::CommandContext(
    const QCommandLineParser& options, CommandOutput& output, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_output(output)
    , m_session(new AppSession({}, this))
{ }

QString CommandContext::endpointText() const
{
    if (m_profile)
        return m_profile->baseUrlFor(Translations::language()).toString();
    QString endpoint = m_options.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty())
        endpoint = qEnvironmentVariable("OPEN311_ENDPOINT");
    return endpoint;
}

QUrl CommandContext::chosenEndpoint() const
{
    const QString text = endpointText();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString CommandContext::profileKey() const
{
    // Outbox rows and followed requests belong to the profile when one is used, so the window
    // and the command line share them.
    if (m_profile)
        return m_profile->id;
    return QUrl(endpointText(), QUrl::StrictMode).toString();
}

void CommandContext::withProfile(const std::function<void()>& next)
{
    if (!m_options.isSet(QStringLiteral("profile"))) {
        next();
        return;
    }
    resolveProfile(m_options.value(QStringLiteral("profile")),
        [this, next](const Result<ResolvedProfile>& resolved) {
            if (!resolved.ok()) {
                m_output.fail(resolved.error());
                return;
            }
            m_profile = resolved.value().profile;
            m_profileApiKey = resolved.value().apiKey;
            next();
        });
}

void CommandContext::resolveProfile(const QString& name, const ProfileCallback& done)
{
    m_session->openProfiles();
    const std::optional<Profile> profile = m_session->profiles()->find(name);
    if (!profile) {
        done(Error::validation(Error::Field::None,
            tr("There is no jurisdiction \u201c%1\u201d (see: open311 profiles).").arg(name)));
        return;
    }
    if (profile->isTraining) {
        done(Error::validation(Error::Field::None,
            tr("The training city runs inside the app. Start open311-sandbox and use "
               "--endpoint.")));
        return;
    }
    if (std::optional<Error> invalid = ProfileStore::validate(*profile)) {
        done(*invalid);
        return;
    }
    // An explicit key file or the environment come first, as without a profile.
    if (m_options.isSet(QStringLiteral("api-key-file")) || !KeyVault::environmentKey().isEmpty()) {
        done(ResolvedProfile { *profile, QString() });
        return;
    }
    onResult(m_session->keys()->key(profile->id), this,
        [chosen = *profile, done](const Result<QString>& key) {
            if (!key.ok()) {
                done(key.error());
                return;
            }
            if (key.value().isEmpty()) {
                done(Error::validation(Error::Field::None,
                    tr("No API key is set for %1. Set one in the app's settings, provision a key "
                       "file, "
                       "or set OPEN311_API_KEY.")
                        .arg(chosen.displayName)));
                return;
            }
            done(ResolvedProfile { chosen, key.value() });
        });
}

QString CommandContext::readApiKey(QString& problem) const
{
    if (m_options.isSet(QStringLiteral("api-key-file"))) {
        const QString path = m_options.value(QStringLiteral("api-key-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("The API key file %1 cannot be read: %2").arg(path, file.errorString());
            return QString();
        }
        const Result<QString> key = KeyVault::keyFromFile(file);
        if (!key.ok())
            problem = key.error().message();
        else if (key.value().isEmpty())
            problem = CommandLineWording::emptyApiKeyFile(path);
        return key.ok() ? key.value() : QString();
    }
    // A blank key would be sent as api_key= and refused by the city (error 200, "no key"), after
    // a submission had already been written to the outbox.
    const QString given = KeyVault::environmentKey();
    const QString key = given.trimmed();
    if (key.isEmpty())
        problem = given.isEmpty() ? CommandLineWording::noApiKey()
                                  : CommandLineWording::blankApiKeyVariable();
    return key;
}

std::optional<Protocol> CommandContext::protocol() const
{
    if (m_options.isSet(QStringLiteral("protocol")))
        return protocolFromShortName(m_options.value(QStringLiteral("protocol")));
    return m_profile ? m_profile->protocol : Protocol::GeoReportV1;
}

bool CommandContext::setUpClient(bool keyRequired)
{
    const QString endpointText = this->endpointText();
    const std::optional<Protocol> protocol = this->protocol();
    if (!protocol) {
        m_output.usageError(tr("--protocol takes v1 or v2."));
        return false;
    }
    QString cityId = m_options.value(QStringLiteral("city-id"));
    const QString jurisdictionId = m_options.value(QStringLiteral("jurisdiction-id"));
    if (!cityId.isEmpty() && !jurisdictionId.isEmpty() && cityId != jurisdictionId) {
        m_output.usageError(tr("Give --city-id or --jurisdiction-id, not both."));
        return false;
    }
    if (cityId.isEmpty())
        cityId = jurisdictionId;
    if (cityId.isEmpty())
        cityId = qEnvironmentVariable("OPEN311_CITY_ID");
    bool allowHttp = m_options.isSet(QStringLiteral("allow-http"));
    WireFormat format = WireFormat::Json;
    if (m_profile) {
        if (cityId.isEmpty())
            cityId = m_profile->cityId;
        allowHttp = allowHttp || m_profile->allowPlainHttp;
        format = m_profile->format;
    }
    if (m_options.isSet(QStringLiteral("format"))) {
        const std::optional<WireFormat> given
            = formatFromName(m_options.value(QStringLiteral("format")));
        if (!given) {
            m_output.usageError(tr("--format takes json or xml."));
            return false;
        }
        format = *given;
    }
    if (endpointText.isEmpty()) {
        m_output.usageError(CommandLineWording::noEndpoint());
        return false;
    }
    // --locale "" asks in the server's own language, whatever the profile and LANG say.
    QString locale = m_options.value(QStringLiteral("locale")).trimmed();
    if (!m_options.isSet(QStringLiteral("locale")) && m_profile
        && *protocol == Protocol::GeoReportV2)
        locale = ServerLocale::pick(m_profile->serverLocales, Translations::language());
    const Endpoint endpoint
        = Endpoint(QUrl(endpointText, QUrl::StrictMode), cityId, allowHttp, *protocol, format)
              .withLocale(locale);
    if (std::optional<Error> invalid = endpoint.check()) {
        m_output.fail(CommandLineWording::forEndpoint(*invalid, endpoint));
        return false;
    }
    // GeoReport v2 reads without a key; only a create needs one.
    if (*protocol == Protocol::GeoReportV2 && !keyRequired && m_profileApiKey.isEmpty()
        && !m_options.isSet(QStringLiteral("api-key-file"))
        && KeyVault::environmentKey().isEmpty()) {
        return makeClient(endpoint, QString());
    }

    QString problem;
    const QString key = m_profileApiKey.isEmpty() ? readApiKey(problem) : m_profileApiKey;
    if (!problem.isEmpty()) {
        m_output.usageError(problem);
        return false;
    }
    SecretRedactor::addSecret(key);

    return makeClient(endpoint, key);
}

bool CommandContext::makeClient(const Endpoint& endpoint, const QString& key)
{
    int timeoutMs = Client::kDefaultTimeoutMs;
    if (m_options.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = m_options.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            m_output.usageError(tr("--timeout takes a number of seconds between 0 and 3600."));
            return false;
        }
        timeoutMs = int(seconds * 1000);
    }
    m_client = new Client(
        endpoint, [key] { return key; }, this);
    m_apiKey = key;
    m_client->setTimeout(timeoutMs);
    return true;
}

} // namespace Open311
