#include "cli/CommandLineTool.h"

#include "core/FutureCallback.h"

#include "cli/CommandLineWording.h"
#include "cli/CommandTable.h"
#include "cli/ReportSummary.h"
#include "core/SecretRedactor.h"
#include "core/Version.h"
#include "profiles/KeyVault.h"
#include "profiles/ProfileStore.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"
#include "store/RequestJson.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>

namespace Open311 {

namespace {

constexpr int kStatusConcurrency = 16;
constexpr int kIdsPerWorker = 64;
const QString kApiKeyVariable = QStringLiteral("OPEN311_API_KEY");

// The spec's create_request arguments, as the outbox keeps them (RequestJson's names).
const char* const kRequestFields[] = {
    "service_code",
    "lat",
    "lon",
    "address_string",
    "customer_email",
    "device_id",
    "account_id",
    "first_name",
    "last_name",
    "phone_number",
    "description",
    "media_url",
};

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonValue orNull(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QJsonObject errorJson(const Error& error)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), error.kindName());
    object.insert(QStringLiteral("code"),
        error.code() >= 0 ? QJsonValue(error.code()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("message"), SecretRedactor::redact(error.message()));
    if (!error.detail().isEmpty())
        object.insert(QStringLiteral("detail"), error.detail());
    return object;
}

QString isoTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate);
}

QJsonObject outboxJson(const OutboxEntry& e)
{
    QJsonObject object {
        { QStringLiteral("id"), e.localId },
        { QStringLiteral("state"), OutboxEntry::stateName(e.state) },
        { QStringLiteral("endpoint"), e.endpoint.toString() },
        { QStringLiteral("city_id"), orNull(e.cityId) },
        { QStringLiteral("service_name"), orNull(e.serviceName) },
        { QStringLiteral("created"), isoTime(e.createdMs) },
        { QStringLiteral("attempts"), e.attempts },
        { QStringLiteral("reason"), orNull(e.reason) },
        { QStringLiteral("error_kind"), orNull(e.errorKind) },
        { QStringLiteral("error_code"),
            e.errorCode >= 0 ? QJsonValue(e.errorCode) : QJsonValue(QJsonValue::Null) },
    };
    // Every field, null when not given, so that scripts need not test for a key.
    const QJsonObject request = RequestJson::toJson(e.request);
    for (const char* field : kRequestFields) {
        const QString key = QLatin1String(field);
        object.insert(key,
            request.value(key).isUndefined() ? QJsonValue(QJsonValue::Null) : request.value(key));
    }
    return object;
}

QString padded(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - text.size()) + 2, QLatin1Char(' '));
}

// Scripts that ask for JSON get it for every failure, also one in the arguments themselves:
// the parser stops at a bad option, which may come before --json, and an option that wants a
// value takes the next argument, even when that is --json.
bool asksForJson(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--"))
            break;
        if (argument == QLatin1String("--json") || argument.startsWith(QLatin1String("--json=")))
            return true;
    }
    return false;
}

} // namespace

CommandLineTool::CommandLineTool(QObject* parent)
    : QObject(parent)
    , m_out(stdout)
    , m_err(stderr)
{ }

CommandLineTool::~CommandLineTool()
{
    for (QThread* thread : std::as_const(m_workers)) {
        thread->quit();
        thread->wait();
    }
}

QString CommandLineTool::endpointText() const
{
    if (m_profile)
        return m_profile->baseUrl.toString();
    QString endpoint = m_parser.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty())
        endpoint = qEnvironmentVariable("OPEN311_ENDPOINT");
    return endpoint;
}

QUrl CommandLineTool::chosenEndpoint() const
{
    const QString text = endpointText();
    return text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode);
}

QString CommandLineTool::profileKey() const
{
    // Outbox rows and followed requests belong to the profile when one is used, so the window
    // and the command line share them.
    if (m_profile)
        return m_profile->id;
    return QUrl(endpointText(), QUrl::StrictMode).toString();
}

void CommandLineTool::withProfile(const std::function<void()>& next)
{
    if (!m_parser.isSet(QStringLiteral("profile"))) {
        next();
        return;
    }
    ProfileStore profiles;
    const QString name = m_parser.value(QStringLiteral("profile"));
    m_profile = profiles.find(name);
    if (!m_profile) {
        usageError(
            tr("There is no jurisdiction \u201c%1\u201d (see: open311 profiles).").arg(name));
        return;
    }
    if (m_profile->isTraining) {
        usageError(
            tr("The training city runs inside the app. Start open311-sandbox and use --endpoint."));
        return;
    }
    if (std::optional<Error> invalid = ProfileStore::validate(*m_profile)) {
        fail(*invalid);
        return;
    }
    // An explicit key file or the environment come first, as without a profile.
    if (m_parser.isSet(QStringLiteral("api-key-file"))
        || !qEnvironmentVariableIsEmpty("OPEN311_API_KEY")) {
        next();
        return;
    }
    auto* vault = new KeyVault(&profiles, this);
    onResult(vault->key(m_profile->id), this, [this, next](const Result<QString>& key) {
        if (!key.ok()) {
            fail(key.error());
            return;
        }
        if (key.value().isEmpty()) {
            usageError(
                tr("No API key is set for %1. Set one in the app's settings, provision a key file, "
                   "or set OPEN311_API_KEY.")
                    .arg(m_profile->displayName));
            return;
        }
        m_profileApiKey = key.value();
        next();
    });
}

void CommandLineTool::listProfiles()
{
    ProfileStore store;
    const QList<Profile> profiles = store.profiles();
    if (m_json) {
        QJsonArray array;
        for (const Profile& p : profiles) {
            array.append(QJsonObject {
                { QStringLiteral("id"), p.id },
                { QStringLiteral("name"), p.displayName },
                { QStringLiteral("base_url"), orNull(p.baseUrl.toString()) },
                { QStringLiteral("city_id"), orNull(p.cityId) },
                { QStringLiteral("training"), p.isTraining },
                { QStringLiteral("deprecated"), p.deprecated },
                { QStringLiteral("managed"), store.isSystemProfile(p.id) },
                { QStringLiteral("note"), orNull(p.note) },
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const Profile& p : profiles) {
            QString flags;
            if (p.isTraining)
                flags = tr("training");
            else if (p.deprecated)
                flags = tr("deprecated");
            else if (store.isSystemProfile(p.id))
                flags = tr("managed");
            m_out << p.id << '\t' << p.displayName << '\t' << p.baseUrl.toString() << '\t'
                  << p.cityId << '\t' << flags << '\n';
        }
    }
    m_out.flush();
    done(Success);
}

void CommandLineTool::setUpParser()
{
    m_parser.setApplicationDescription(
        tr("Reports non-emergency problems to a city's Open311 GeoReport v1 server.")
        + QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n') + CommandTable::usage()
        + QLatin1Char('\n')
        + tr("Every submission is written to the outbox before it is sent, and is sent at most "
             "once; --no-outbox sends directly.\n\n"
             "The API key is read from the environment variable %1 or from --api-key-file; it is "
             "never given as an argument.\n\n"
             "Exit codes: 0 success, 2 usage or validation error (nothing was sent), 3 the server "
             "answered with an Open311 error, 4 HTTP, network, timeout or protocol failure, 5 the "
             "outcome of a submission is unknown.")
              .arg(kApiKeyVariable));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addPositionalArgument(QStringLiteral("command"),
        tr("%1 (see the commands above).").arg(CommandTable::nameList()));
    m_parser.addOptions({
        { QStringLiteral("profile"), tr("Use a configured jurisdiction (see: open311 profiles)."),
            tr("NAME") },
        { QStringLiteral("endpoint"),
            tr("The server's base URL, e.g. https://city.example/dev/V1/."), tr("URL") },
        { QStringLiteral("city-id"), tr("The city id the server expects."), tr("ID") },
        { QStringLiteral("timeout"), tr("Seconds to wait for an answer (default 30)."),
            tr("SECONDS") },
        { QStringLiteral("allow-http"),
            tr("Allow a plain http:// endpoint that is not on this machine.") },
        { QStringLiteral("json"), tr("Print JSON for scripts.") },
        { QStringLiteral("api-key-file"), tr("Read the API key from this file."), tr("PATH") },
        { QStringLiteral("service-code"), tr("submit: the service code."), tr("CODE") },
        { QStringLiteral("lat"), tr("submit: latitude (WGS84)."), tr("DEGREES") },
        { QStringLiteral("lon"), tr("submit: longitude (WGS84)."), tr("DEGREES") },
        { QStringLiteral("address"), tr("submit: the address as a person would write it."),
            tr("TEXT") },
        { QStringLiteral("email"), tr("submit: the reporter's email."), tr("EMAIL") },
        { QStringLiteral("device-id"), tr("submit: the device id."), tr("ID") },
        { QStringLiteral("account-id"), tr("submit: the account id."), tr("ID") },
        { QStringLiteral("first-name"), tr("submit: first name."), tr("NAME") },
        { QStringLiteral("last-name"), tr("submit: last name."), tr("NAME") },
        { QStringLiteral("phone"), tr("submit: phone number."), tr("NUMBER") },
        { QStringLiteral("description"), tr("submit: the description (at most 4,000 characters)."),
            tr("TEXT") },
        { QStringLiteral("description-file"), tr("submit: read the description from a file."),
            tr("PATH") },
        { QStringLiteral("media-url"), tr("submit: a link to a photo or page."), tr("URL") },
        { QStringLiteral("no-outbox"), tr("submit: send directly, without the outbox.") },
        { QStringLiteral("all"),
            tr("outbox list: the reports of every endpoint, not only this one's.") },
    });
}

void CommandLineTool::run(const QStringList& arguments)
{
    m_json = asksForJson(arguments);
    setUpParser();
    if (!m_parser.parse(arguments)) {
        usageError(m_parser.errorText());
        return;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        m_out.flush();
        done(Success);
        return;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << kVersion << Qt::endl;
        done(Success);
        return;
    }

    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    if (command.isEmpty()) {
        usageError(tr("Name a command: %1.").arg(CommandTable::nameList()));
        m_err << '\n'
              << tr("Commands:") << '\n'
              << CommandTable::usage() << '\n'
              << tr("Options: open311 --help") << Qt::endl;
        return;
    }
    if (!CommandTable::contains(command)) {
        usageError(
            tr("Unknown command \u201c%1\u201d. Use %2.").arg(command, CommandTable::nameList()));
        return;
    }
    static const QStringList submitOnly = {
        QStringLiteral("service-code"),
        QStringLiteral("lat"),
        QStringLiteral("lon"),
        QStringLiteral("address"),
        QStringLiteral("email"),
        QStringLiteral("device-id"),
        QStringLiteral("account-id"),
        QStringLiteral("first-name"),
        QStringLiteral("last-name"),
        QStringLiteral("phone"),
        QStringLiteral("description"),
        QStringLiteral("description-file"),
        QStringLiteral("media-url"),
        QStringLiteral("no-outbox"),
    };
    if (command != QLatin1String("submit")) {
        for (const QString& option : submitOnly) {
            if (m_parser.isSet(option)) {
                usageError(tr("The option --%1 belongs to the submit command.").arg(option));
                return;
            }
        }
    }
    if (m_parser.isSet(QStringLiteral("all"))
        && (command != QLatin1String("outbox") || positional.value(1) != QLatin1String("list"))) {
        usageError(tr("The option --all belongs to outbox list."));
        return;
    }
    if (m_parser.isSet(QStringLiteral("profile")) && m_parser.isSet(QStringLiteral("endpoint"))) {
        usageError(tr("Give --profile or --endpoint, not both."));
        return;
    }
    if (command == QLatin1String("profiles")) {
        listProfiles();
    } else if (command == QLatin1String("services")) {
        if (positional.size() > 1) {
            usageError(tr("services takes no arguments."));
            return;
        }
        withProfile([this] {
            if (setUpClient())
                listServices();
        });
    } else if (command == QLatin1String("submit")) {
        if (positional.size() > 1) {
            usageError(tr("submit takes no positional arguments; use the options."));
            return;
        }
        withProfile([this] {
            if (setUpClient())
                submit();
        });
    } else if (command == QLatin1String("status")) {
        if (positional.size() < 2) {
            usageError(tr("status needs at least one service request id."));
            return;
        }
        withProfile([this, positional] {
            if (setUpClient())
                status(positional.mid(1));
        });
    } else if (command == QLatin1String("outbox")) {
        withProfile([this, positional] { outbox(positional.mid(1)); });
    } else if (command == QLatin1String("track")) {
        withProfile([this, positional] { track(positional.mid(1)); });
    }
}

QString CommandLineTool::readApiKey(QString& problem) const
{
    if (m_parser.isSet(QStringLiteral("api-key-file"))) {
        const QString path = m_parser.value(QStringLiteral("api-key-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem = tr("The API key file %1 cannot be read: %2").arg(path, file.errorString());
            return QString();
        }
        const QString key = QString::fromUtf8(file.readLine(4096)).trimmed();
        if (key.isEmpty())
            problem = CommandLineWording::emptyApiKeyFile(path);
        return key;
    }
    // A blank key would be sent as api_key= and refused by the city (error 200, "no key"), after
    // a submission had already been written to the outbox.
    const QString given = qEnvironmentVariable(qPrintable(kApiKeyVariable));
    const QString key = given.trimmed();
    if (key.isEmpty())
        problem = given.isEmpty() ? CommandLineWording::noApiKey()
                                  : CommandLineWording::blankApiKeyVariable();
    return key;
}

bool CommandLineTool::setUpClient()
{
    const QString endpointText = this->endpointText();
    QString cityId = m_parser.value(QStringLiteral("city-id"));
    if (cityId.isEmpty())
        cityId = qEnvironmentVariable("OPEN311_CITY_ID");
    bool allowHttp = m_parser.isSet(QStringLiteral("allow-http"));
    if (m_profile) {
        if (cityId.isEmpty())
            cityId = m_profile->cityId;
        allowHttp = allowHttp || m_profile->allowPlainHttp;
    }
    if (endpointText.isEmpty()) {
        usageError(
            tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile."));
        return false;
    }
    const Endpoint endpoint(QUrl(endpointText, QUrl::StrictMode), cityId, allowHttp);
    if (std::optional<Error> invalid = endpoint.check()) {
        fail(CommandLineWording::forEndpoint(*invalid, endpoint));
        return false;
    }

    QString problem;
    const QString key = m_profileApiKey.isEmpty() ? readApiKey(problem) : m_profileApiKey;
    if (!problem.isEmpty()) {
        usageError(problem);
        return false;
    }
    SecretRedactor::addSecret(key);

    int timeoutMs = Client::kDefaultTimeoutMs;
    if (m_parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = m_parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || !std::isfinite(seconds) || seconds <= 0 || seconds > 3600) {
            usageError(tr("--timeout takes a number of seconds between 0 and 3600."));
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

void CommandLineTool::listServices()
{
    onResult(m_client->serviceList(), this, [this](const Result<ServiceList>& result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        if (m_json) {
            QJsonArray array;
            for (const Service& service : result.value()) {
                array.append(QJsonObject {
                    { QStringLiteral("service_code"), service.code },
                    { QStringLiteral("service_name"), service.name },
                    { QStringLiteral("service_description"), service.description },
                });
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            qsizetype width = 4;
            for (const Service& service : result.value())
                width = qMax(width, service.code.size());
            m_out << padded(tr("CODE"), width) << tr("NAME") << '\n';
            for (const Service& service : result.value())
                m_out << padded(service.code, width) << service.name << '\n';
        }
        m_out.flush();
        done(Success);
    });
}

void CommandLineTool::submit()
{
    NewRequest request;
    request.serviceCode = m_parser.value(QStringLiteral("service-code"));
    const bool hasLat = m_parser.isSet(QStringLiteral("lat"));
    const bool hasLon = m_parser.isSet(QStringLiteral("lon"));
    if (hasLat) {
        bool ok = false;
        request.latitude = QLocale::c().toDouble(m_parser.value(QStringLiteral("lat")), &ok);
        if (!ok) {
            fail(Error::validation(Error::Field::Latitude, tr("--lat takes a number of degrees.")));
            return;
        }
    }
    if (hasLon) {
        bool ok = false;
        request.longitude = QLocale::c().toDouble(m_parser.value(QStringLiteral("lon")), &ok);
        if (!ok) {
            fail(
                Error::validation(Error::Field::Longitude, tr("--lon takes a number of degrees.")));
            return;
        }
    }
    request.addressString = m_parser.value(QStringLiteral("address"));
    request.email = m_parser.value(QStringLiteral("email"));
    request.deviceId = m_parser.value(QStringLiteral("device-id"));
    request.accountId = m_parser.value(QStringLiteral("account-id"));
    request.firstName = m_parser.value(QStringLiteral("first-name"));
    request.lastName = m_parser.value(QStringLiteral("last-name"));
    request.phone = m_parser.value(QStringLiteral("phone"));
    request.mediaUrl = m_parser.value(QStringLiteral("media-url"));
    if (m_parser.isSet(QStringLiteral("description"))
        && m_parser.isSet(QStringLiteral("description-file"))) {
        usageError(tr("Give --description or --description-file, not both."));
        return;
    }
    if (m_parser.isSet(QStringLiteral("description-file"))) {
        const QString path = m_parser.value(QStringLiteral("description-file"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            usageError(
                tr("The description file %1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        // Read one byte past the limit's worst case so that an oversized file is reported, not cut.
        request.description
            = QString::fromUtf8(file.read(NewRequest::kMaxDescriptionCodePoints * 4 + 1));
    } else {
        request.description = m_parser.value(QStringLiteral("description"));
    }

    if (std::optional<Error> invalid = request.validate()) {
        fail(CommandLineWording::forRequest(
            *invalid, request, m_parser.isSet(QStringLiteral("description-file"))));
        return;
    }
    if (m_profile) {
        if (const std::optional<QString> blocked = ProfileStore::submitBlocker(*m_profile)) {
            usageError(*blocked);
            return;
        }
    }
    if (!m_parser.isSet(QStringLiteral("no-outbox"))) {
        sendThroughOutbox(request);
        return;
    }
    onResult(m_client->createRequest(request), this,
        [this, request](const Result<CreateResult>& result) {
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            trackSentDirectly(request, result.value().serviceRequestId);
            printCreated(result.value());
        });
}

void CommandLineTool::printCreated(const CreateResult& created)
{
    {
        if (m_json) {
            const QJsonObject object {
                { QStringLiteral("service_request_id"), created.serviceRequestId },
                { QStringLiteral("service_level_agreement"),
                    orNull(created.serviceLevelAgreement) },
                { QStringLiteral("account_id"), orNull(created.accountId) },
            };
            m_out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            m_out << created.serviceRequestId << '\n';
            if (!created.serviceLevelAgreement.isEmpty())
                m_err << created.serviceLevelAgreement << Qt::endl;
        }
        m_out.flush();
        done(Success);
    }
}

bool CommandLineTool::openOutbox()
{
    m_outbox = std::make_unique<Outbox>(Outbox::defaultPath());
    QString error;
    if (!m_outbox->open(error)) {
        usageError(error + QLatin1Char(' ') + tr("Use --no-outbox to send without it."));
        return false;
    }
    return true;
}

void CommandLineTool::sendThroughOutbox(const NewRequest& request)
{
    if (!openOutbox())
        return;
    OutboxEntry entry;
    entry.profile = profileKey();
    entry.endpoint = m_client->endpoint().baseUrl();
    entry.cityId = m_client->endpoint().cityId();
    entry.allowPlainHttp = m_client->endpoint().allowPlainHttp();
    entry.request = request;
    // Durably written before any byte goes to the network.
    const qint64 localId = m_outbox->add(entry);
    if (localId == 0) {
        usageError(tr("The report could not be written to the outbox %1.").arg(m_outbox->path()));
        return;
    }
    Client* client = m_client;
    m_sender = new OutboxSender(
        m_outbox.get(), [client](const OutboxEntry&) { return client; }, this);
    m_sender->setAutomaticRetries(false);
    connect(m_sender, &OutboxSender::entrySent, this,
        [this, localId](qint64 id, const CreateResult& created) {
            trackSent(id, created.serviceRequestId);
            if (id == localId)
                printCreated(created);
        });
    connect(m_sender, &OutboxSender::entryFailed, this,
        [this, localId](qint64 id, const Error& error, OutboxEntry::State) {
            if (id != localId)
                return;
            m_err << tr("The report is kept in the outbox as number %1 (see: open311 outbox "
                        "list).")
                         .arg(id)
                  << Qt::endl;
            fail(error);
        });
    // Only this report: others in the outbox wait for `open311 outbox flush`.
    if (!m_sender->sendNow(localId))
        usageError(tr("The report was taken by another process."));
}

void CommandLineTool::status(const QStringList& ids)
{
    struct Round
    {
        QList<Result<RequestStatus>> results;
        int pending = 0;
    };
    auto round = std::make_shared<Round>();
    round->results.resize(ids.size());
    round->pending = int(ids.size());

    auto report = [this, ids, round] {
        int exitCode = Success;
        QJsonArray array;
        for (qsizetype i = 0; i < ids.size(); ++i) {
            const Result<RequestStatus>& result = round->results[i];
            if (result.ok()) {
                const RequestStatus& status = result.value();
                if (m_json) {
                    array.append(QJsonObject {
                        { QStringLiteral("service_request_id"), status.serviceRequestId },
                        { QStringLiteral("status"), status.status },
                        { QStringLiteral("status_notes"), orNull(status.statusNotes) },
                        { QStringLiteral("service_name"), orNull(status.serviceName) },
                    });
                } else {
                    m_out << status.serviceRequestId << '\t' << status.status << '\t'
                          << status.serviceName << '\t' << status.statusNotes << '\n';
                }
                continue;
            }
            exitCode = qMax(exitCode, result.error().exitCode());
            if (m_json) {
                array.append(QJsonObject { { QStringLiteral("service_request_id"), ids[i] },
                    { QStringLiteral("error"), errorJson(result.error()) } });
            } else {
                m_err << tr("%1: %2").arg(ids[i], result.error().message()) << Qt::endl;
            }
        }
        if (m_json)
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        m_out.flush();
        done(exitCode);
    };

    auto deliver = [round, report](qsizetype i, const Result<RequestStatus>& result) {
        round->results[i] = result;
        if (--round->pending == 0)
            report();
    };
    // Qt's own work per request, on the thread that owns the QNetworkAccessManager, is what
    // limits a long list (1,000 ids: 147 ms on one thread, 118 ms on two; curl takes 134 ms),
    // so long lists are shared between clients on worker threads. Each worker's client pipelines
    // its reads over Qt's connections; results come back to this thread in any order and are
    // printed in the order given.
    const int workers = ids.size() >= kIdsPerWorker ? 2 : 1;
    if (workers == 1) {
        m_client->setMaxConcurrent(kStatusConcurrency);
        for (qsizetype i = 0; i < ids.size(); ++i) {
            // The client finishes its futures on this thread, so the continuation runs right here.
            m_client->statusUpdate(ids[i]).then(
                [deliver, i](const Result<RequestStatus>& r) { deliver(i, r); });
        }
        return;
    }
    const Endpoint endpoint = m_client->endpoint();
    const QString key = m_apiKey;
    const int timeoutMs = m_client->timeout();
    for (int w = 0; w < workers; ++w) {
        auto* thread = new QThread(this);
        auto* anchor = new QObject;
        anchor->moveToThread(thread);
        connect(thread, &QThread::finished, anchor, &QObject::deleteLater);
        m_workers.append(thread);
        thread->start();
        QMetaObject::invokeMethod(
            anchor, [this, anchor, w, workers, ids, deliver, endpoint, key, timeoutMs] {
                auto* client = new Client(
                    endpoint, [key] { return key; }, anchor);
                client->setTimeout(timeoutMs);
                client->setMaxConcurrent(kStatusConcurrency / workers);
                for (qsizetype i = w; i < ids.size(); i += workers) {
                    client->statusUpdate(ids[i]).then(
                        [this, deliver, i](const Result<RequestStatus>& r) {
                            QMetaObject::invokeMethod(
                                this, [deliver, i, r] { deliver(i, r); }, Qt::QueuedConnection);
                        });
                }
            });
    }
}

void CommandLineTool::outbox(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    static const QStringList actions = { QStringLiteral("list"), QStringLiteral("flush"),
        QStringLiteral("resend"), QStringLiteral("discard") };
    if (!actions.contains(action)) {
        usageError(tr("Use %1.").arg(CommandTable::synopsisList(QStringLiteral("outbox"))));
        return;
    }
    const bool needsId = action == QLatin1String("resend") || action == QLatin1String("discard");
    bool ok = false;
    const qint64 localId = arguments.value(1).toLongLong(&ok);
    if (needsId && (arguments.size() != 2 || !ok)) {
        usageError(
            tr("outbox %1 takes the number of one report (see: open311 outbox list).").arg(action));
        return;
    }
    if (!needsId && arguments.size() != 1) {
        usageError(tr("outbox %1 takes no arguments.").arg(action));
        return;
    }
    if (!openOutbox())
        return;

    if (action == QLatin1String("list")) {
        listOutbox();
        return;
    }
    if (action == QLatin1String("discard")) {
        if (!m_outbox->discard(localId)) {
            usageError(
                tr("There is no report %1 in the outbox that can be discarded.").arg(localId));
            return;
        }
        m_err << tr("Report %1 was removed from the outbox.").arg(localId) << Qt::endl;
        done(Success);
        return;
    }
    sendFromOutbox(action, localId);
}

void CommandLineTool::listOutbox()
{
    const QUrl endpoint = chosenEndpoint();
    // Without an endpoint there is no "this endpoint" to keep to.
    const bool all = m_parser.isSet(QStringLiteral("all")) || endpoint.isEmpty();
    QList<OutboxEntry> shown;
    int elsewhere = 0;
    for (const OutboxEntry& e : m_outbox->list(true)) {
        if (all || e.endpoint == endpoint)
            shown.append(e);
        else
            ++elsewhere;
    }
    if (m_json) {
        QJsonArray array;
        for (const OutboxEntry& e : std::as_const(shown))
            array.append(outboxJson(e));
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const OutboxEntry& e : std::as_const(shown)) {
            QStringList columns { QString::number(e.localId), OutboxEntry::stateName(e.state) };
            if (all)
                columns << e.endpoint.toString();
            columns << orDash(ReportSummary::service(e)) << orDash(ReportSummary::place(e))
                    << orDash(ReportSummary::excerpt(e.request.description))
                    << QDateTime::fromMSecsSinceEpoch(e.createdMs).toString(Qt::ISODate)
                    << e.reason;
            m_out << columns.join(QLatin1Char('\t')) << '\n';
        }
    }
    m_out.flush();
    adviseOnOutbox(shown, elsewhere);
    done(Success);
}

void CommandLineTool::adviseOnOutbox(const QList<OutboxEntry>& entries, int elsewhere)
{
    QStringList rejected;
    QStringList unknown;
    for (const OutboxEntry& e : entries) {
        if (e.state == OutboxEntry::State::Rejected)
            rejected << QString::number(e.localId);
        else if (e.state == OutboxEntry::State::OutcomeUnknown)
            unknown << QString::number(e.localId);
    }
    // A rejected report stays until a person acts; say which ones, and how.
    if (!rejected.isEmpty()) {
        m_err << tr("Rejected by the city: %1. Fix the problem (for a wrong key, set %2), then "
                    "`open311 outbox resend ID`, or `open311 outbox discard ID`.")
                     .arg(rejected.join(QStringLiteral(", ")), kApiKeyVariable)
              << Qt::endl;
    }
    if (!unknown.isEmpty()) {
        m_err << tr("Perhaps received by the city: %1. If the city does not have it, "
                    "`open311 outbox resend ID`; if it does, `open311 outbox discard ID`.")
                     .arg(unknown.join(QStringLiteral(", ")))
              << Qt::endl;
    }
    if (elsewhere > 0) {
        m_err << tr("%1 more wait for other endpoints (see: open311 outbox list --all).")
                     .arg(elsewhere)
              << Qt::endl;
    }
}

void CommandLineTool::sendFromOutbox(const QString& action, qint64 localId)
{
    const bool resend = action == QLatin1String("resend");
    std::optional<OutboxEntry> entry;
    if (resend) {
        // What can be told without the network or a key comes first.
        entry = m_outbox->find(localId);
        if (!entry) {
            usageError(
                tr("There is no report %1 in the outbox (see: open311 outbox list).").arg(localId));
            return;
        }
        if (entry->state == OutboxEntry::State::Sent) {
            usageError(tr("Report %1 was sent already; the city's request id is %2.")
                           .arg(localId)
                           .arg(entry->serviceRequestId));
            return;
        }
    }
    // flush and resend send over the network: they need the endpoint and the key.
    if (!setUpClient())
        return;
    const QUrl endpoint = m_client->endpoint().baseUrl();
    if (entry && entry->endpoint != endpoint) {
        usageError(tr("Report %1 waits for another endpoint, %2. Give --endpoint %2 (with its city "
                      "id and key) to resend it.")
                       .arg(localId)
                       .arg(entry->endpoint.toString()));
        return;
    }
    Client* client = m_client;
    m_sender = new OutboxSender(
        m_outbox.get(),
        [client, endpoint](const OutboxEntry& e) {
            // A key is only ever sent to the endpoint it was given for.
            return e.endpoint == endpoint ? client : nullptr;
        },
        this);
    m_sender->setAutomaticRetries(false);
    struct Round
    {
        int worst = Success;
        int sent = 0;
        QJsonArray results;
        bool over = false;
    };
    auto round = std::make_shared<Round>();
    connect(
        m_sender, &OutboxSender::entrySent, this, [this, round](qint64 id, const CreateResult& r) {
            ++round->sent;
            trackSent(id, r.serviceRequestId);
            if (m_json) {
                round->results.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("service_request_id"), r.serviceRequestId } });
            } else {
                m_out << id << '\t' << r.serviceRequestId << '\n';
            }
        });
    connect(m_sender, &OutboxSender::entryFailed, this,
        [this, round](qint64 id, const Error& error, OutboxEntry::State state) {
            round->worst = qMax(round->worst, error.exitCode());
            if (m_json) {
                round->results.append(QJsonObject { { QStringLiteral("id"), id },
                    { QStringLiteral("state"), OutboxEntry::stateName(state) },
                    { QStringLiteral("error"), errorJson(error) } });
            }
            m_err << tr("Report %1 (%2): %3")
                         .arg(id)
                         .arg(
                             OutboxEntry::stateName(state), SecretRedactor::redact(error.message()))
                  << Qt::endl;
        });
    auto finish = [this, round, endpoint] {
        // A report that fails before reaching the network finishes inside flush(), which then
        // goes on to send the next: the outbox is idle only when no send is left.
        if (round->over || m_sender->isBusy())
            return;
        round->over = true;
        if (m_json)
            m_out << QJsonDocument(round->results).toJson(QJsonDocument::Indented);
        m_out.flush();
        QList<OutboxEntry> waiting;
        int elsewhere = 0;
        for (const OutboxEntry& e : m_outbox->list(true)) {
            if (e.endpoint == endpoint)
                waiting.append(e);
            else
                ++elsewhere;
        }
        m_err << tr("%n report(s) sent; %1 still in the outbox.", nullptr, round->sent)
                     .arg(waiting.size())
              << Qt::endl;
        adviseOnOutbox(waiting, elsewhere);
        done(round->worst);
    };
    connect(m_sender, &OutboxSender::idle, this,
        [this, finish] { QTimer::singleShot(0, this, finish); });
    if (resend) {
        // A person asked for this, knowing it may file the report twice.
        if (entry->state != OutboxEntry::State::Queued && !m_outbox->resend(localId)) {
            usageError(tr("Report %1 is being sent by another process.").arg(localId));
            return;
        }
        if (!m_sender->sendNow(localId))
            usageError(tr("Report %1 is being sent by another process.").arg(localId));
        return;
    }
    m_sender->flush(true);
}

TrackerStore* CommandLineTool::tracker()
{
    if (!m_tracker) {
        m_tracker = std::make_unique<TrackerStore>(TrackerStore::defaultPath());
        if (!m_tracker->open(m_trackerError))
            m_tracker.reset();
    }
    return m_tracker.get();
}

void CommandLineTool::trackSent(qint64 localId, const QString& requestId)
{
    const std::optional<OutboxEntry> entry = m_outbox ? m_outbox->find(localId) : std::nullopt;
    if (!entry)
        return;
    if (tracker())
        tracker()->addSent(*entry, requestId, QDateTime::currentMSecsSinceEpoch());
    else
        m_err << m_trackerError << Qt::endl;
}

void CommandLineTool::trackSentDirectly(const NewRequest& request, const QString& requestId)
{
    // Without the outbox there is no entry to follow it by, and `track add` later would know
    // nothing but its id: no service, no address, no coordinates.
    OutboxEntry entry;
    entry.profile = profileKey();
    entry.endpoint = m_client->endpoint().baseUrl();
    entry.cityId = m_client->endpoint().cityId();
    entry.request = request;
    if (tracker())
        tracker()->addSent(entry, requestId, QDateTime::currentMSecsSinceEpoch());
    else
        m_err << m_trackerError << Qt::endl;
}

void CommandLineTool::track(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list")
        && action != QLatin1String("poll")) {
        usageError(tr("Use %1.").arg(CommandTable::synopsisList(QStringLiteral("track"))));
        return;
    }
    if (action == QLatin1String("add") && arguments.size() < 2) {
        usageError(tr("track add needs at least one service request id."));
        return;
    }
    if (action != QLatin1String("add") && arguments.size() != 1) {
        usageError(tr("track %1 takes no arguments.").arg(action));
        return;
    }
    // Requests are followed per profile (or endpoint), as the key that may see them belongs to it.
    const QString profile = profileKey();
    if (profile.isEmpty()) {
        usageError(
            tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile."));
        return;
    }
    if (!tracker()) {
        usageError(m_trackerError);
        return;
    }
    if (action == QLatin1String("add")) {
        for (const QString& id : arguments.mid(1)) {
            TrackedRequest request;
            request.profile = profile;
            request.requestId = id;
            tracker()->add(request);
        }
        m_err << tr("%n request(s) followed.", nullptr, int(arguments.size() - 1)) << Qt::endl;
        done(Success);
        return;
    }
    if (action == QLatin1String("poll")) {
        pollTracked(profile);
        return;
    }
    const QList<TrackedRequest> requests = tracker()->list(profile);
    if (m_json) {
        QJsonArray array;
        for (const TrackedRequest& r : requests) {
            QJsonArray steps;
            for (const StatusChange& c : tracker()->history(profile, r.requestId)) {
                steps.append(QJsonObject { { QStringLiteral("at"), isoTime(c.atMs) },
                    { QStringLiteral("status"), c.status },
                    { QStringLiteral("notes"), orNull(c.notes) } });
            }
            const QJsonValue error = r.errorKind.isEmpty()
                ? QJsonValue(QJsonValue::Null)
                : QJsonValue(QJsonObject { { QStringLiteral("kind"), r.errorKind },
                    { QStringLiteral("code"),
                        r.errorCode >= 0 ? QJsonValue(r.errorCode) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("message"), r.errorMessage } });
            array.append(QJsonObject {
                { QStringLiteral("service_request_id"), r.requestId },
                { QStringLiteral("service_name"), orNull(r.serviceName) },
                { QStringLiteral("status"), orNull(r.status) },
                { QStringLiteral("status_notes"), orNull(r.statusNotes) },
                { QStringLiteral("address"), orNull(r.address) },
                { QStringLiteral("lat"), orNull(r.latitude) },
                { QStringLiteral("lon"), orNull(r.longitude) },
                { QStringLiteral("submitted"),
                    r.submittedMs > 0 ? QJsonValue(isoTime(r.submittedMs))
                                      : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("last_checked"),
                    r.lastCheckedMs > 0 ? QJsonValue(isoTime(r.lastCheckedMs))
                                        : QJsonValue(QJsonValue::Null) },
                { QStringLiteral("error"), error },
                { QStringLiteral("history"), steps },
            });
        }
        m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        for (const TrackedRequest& r : requests) {
            m_out << r.requestId << '\t' << orDash(r.status) << '\t' << r.serviceName << '\t'
                  << orDash(ReportSummary::place(r.address, r.latitude, r.longitude)) << '\t'
                  << (r.errorMessage.isEmpty() ? r.statusNotes : r.errorMessage) << '\n';
        }
    }
    m_out.flush();
    done(Success);
}

void CommandLineTool::pollTracked(const QString& profile)
{
    // One round over everything not closed.
    if (!setUpClient())
        return;
    m_client->setMaxConcurrent(kStatusConcurrency);
    auto* poller = new TrackerPoller(tracker(), m_client, profile, this);
    struct Round
    {
        int changed = 0;
        QJsonArray results;
    };
    auto round = std::make_shared<Round>();
    connect(poller, &TrackerPoller::statusChanged, this,
        [this, round](const TrackedRequest& r, const QString& previous) {
            ++round->changed;
            if (m_json) {
                round->results.append(
                    QJsonObject { { QStringLiteral("service_request_id"), r.requestId },
                        { QStringLiteral("previous_status"), orNull(previous) },
                        { QStringLiteral("status"), r.status },
                        { QStringLiteral("status_notes"), orNull(r.statusNotes) } });
            } else {
                m_out << r.requestId << '\t' << previous << " -> " << r.status << '\t'
                      << r.statusNotes << '\n';
            }
        });
    connect(poller, &TrackerPoller::checkFailed, this,
        [this, round](const QString& id, const Error& error) {
            if (m_json) {
                round->results.append(QJsonObject { { QStringLiteral("service_request_id"), id },
                    { QStringLiteral("error"), errorJson(error) } });
            }
            m_err << tr("%1: %2").arg(id, SecretRedactor::redact(error.message())) << Qt::endl;
        });
    connect(poller, &TrackerPoller::roundFinished, this, [this, round](int checked, int failed) {
        if (m_json)
            m_out << QJsonDocument(round->results).toJson(QJsonDocument::Indented);
        m_out.flush();
        m_err
            << tr("%1 checked, %2 changed, %3 failed.").arg(checked).arg(round->changed).arg(failed)
            << Qt::endl;
        done(failed > 0 ? TransportError : Success);
    });
    poller->refreshAll();
}

void CommandLineTool::usageError(const QString& message)
{
    fail(Error::validation(Error::Field::None, message));
}

void CommandLineTool::fail(const Error& error)
{
    if (m_json) {
        m_out << QJsonDocument(QJsonObject { { QStringLiteral("error"), errorJson(error) } })
                     .toJson(QJsonDocument::Indented);
        m_out.flush();
    }
    m_err << SecretRedactor::redact(error.message()) << Qt::endl;
    done(error.exitCode());
}

void CommandLineTool::done(int exitCode)
{
    // Queued, so that a caller connecting to finished() after run() still hears it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

} // namespace Open311
