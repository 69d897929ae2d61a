#include "CommandLineTool.h"

#include "FutureCallback.h"

#include "KeyVault.h"
#include "Outbox.h"
#include "ProfileStore.h"
#include "OutboxSender.h"
#include "SecretRedactor.h"
#include "TrackerPoller.h"
#include "TrackerStore.h"
#include "Version.h"

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

QJsonValue orNull(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject errorJson(const Error& error)
{
    QJsonObject object;
    object.insert(QStringLiteral("kind"), error.kindName());
    object.insert(QStringLiteral("code"),
                  error.code() >= 0 ? QJsonValue(error.code()) : QJsonValue(QJsonValue::Null));
    object.insert(QStringLiteral("message"), error.message());
    if (!error.detail().isEmpty())
        object.insert(QStringLiteral("detail"), error.detail());
    return object;
}

QString padded(const QString& text, qsizetype width)
{
    return text + QString(qMax<qsizetype>(0, width - text.size()) + 2, QLatin1Char(' '));
}

} // namespace

CommandLineTool::CommandLineTool(QObject* parent)
    : QObject(parent), m_out(stdout), m_err(stderr)
{
}

CommandLineTool::~CommandLineTool()
{
    for (QThread* thread : std::as_const(m_workers)) {
        thread->quit();
        thread->wait();
    }
}

QString CommandLineTool::profileKey() const
{
    // Outbox rows and followed requests belong to the profile when one is used, so the window
    // and the command line share them.
    if (m_profile)
        return m_profile->id;
    QString endpoint = m_parser.value(QStringLiteral("endpoint"));
    if (endpoint.isEmpty())
        endpoint = qEnvironmentVariable("OPEN311_ENDPOINT");
    return QUrl(endpoint, QUrl::StrictMode).toString();
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
        usageError(tr("There is no jurisdiction \u201c%1\u201d (see: open311 profiles).").arg(name));
        return;
    }
    if (m_profile->isTraining) {
        usageError(tr("The training city runs inside the app. Start open311-sandbox and use --endpoint."));
        return;
    }
    if (std::optional<Error> invalid = ProfileStore::validate(*m_profile)) {
        fail(*invalid);
        return;
    }
    // An explicit key file or the environment come first, as without a profile.
    if (m_parser.isSet(QStringLiteral("api-key-file")) || !qEnvironmentVariableIsEmpty("OPEN311_API_KEY")) {
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
            usageError(tr("No API key is set for %1. Set one in the app's settings, provision a key file, "
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
            m_out << p.id << '\t' << p.displayName << '\t' << p.baseUrl.toString() << '\t' << p.cityId << '\t'
                  << flags << '\n';
        }
    }
    m_out.flush();
    done(Success);
}

void CommandLineTool::run(const QStringList& arguments)
{
    m_parser.setApplicationDescription(
        tr("Reports non-emergency problems to a city's Open311 GeoReport v1 server.\n\n"
           "Commands:\n"
           "  profiles            the jurisdictions configured on this computer\n"
           "  services            list the city's services\n"
           "  submit              file a new report (needs --service-code and a location)\n"
           "  status ID [ID...]   show the status of reports\n"
           "  outbox list         reports not yet sent, and why\n"
           "  outbox flush        send what waits in the outbox for this endpoint\n"
           "  outbox resend ID    send a report again (after checking it did not arrive)\n"
           "  outbox discard ID   remove a report from the outbox\n"
           "  track add ID...     follow requests (sent reports are followed by themselves)\n"
           "  track list          the followed requests and their last known status\n"
           "  track poll          check every followed request that is not closed, once\n\n"
           "Every submission is written to the outbox before it is sent, and is sent at most "
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
                                   tr("services, submit or status."));
    m_parser.addOptions({
        { QStringLiteral("profile"), tr("Use a configured jurisdiction (see: open311 profiles)."), tr("NAME") },
        { QStringLiteral("endpoint"), tr("The server's base URL, e.g. https://city.example/dev/V1/."),
          tr("URL") },
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
    });

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
    m_json = m_parser.isSet(QStringLiteral("json"));

    const QStringList positional = m_parser.positionalArguments();
    const QString command = positional.value(0);
    static const QStringList submitOnly = {
        QStringLiteral("service-code"), QStringLiteral("lat"),        QStringLiteral("lon"),
        QStringLiteral("address"),      QStringLiteral("email"),      QStringLiteral("device-id"),
        QStringLiteral("account-id"),   QStringLiteral("first-name"), QStringLiteral("last-name"),
        QStringLiteral("phone"),        QStringLiteral("description"),
        QStringLiteral("description-file"), QStringLiteral("media-url"), QStringLiteral("no-outbox"),
    };
    if (command != QLatin1String("submit")) {
        for (const QString& option : submitOnly) {
            if (m_parser.isSet(option)) {
                usageError(tr("The option --%1 belongs to the submit command.").arg(option));
                return;
            }
        }
    }

    if (command.isEmpty()) {
        usageError(tr("Name a command: services, submit or status."));
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
    } else {
        usageError(tr("Unknown command \u201c%1\u201d. Use profiles, services, submit, status, outbox or track.")
                       .arg(command));
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
            problem = tr("The API key file %1 is empty.").arg(path);
        return key;
    }
    return qEnvironmentVariable(qPrintable(kApiKeyVariable)).trimmed();
}

bool CommandLineTool::setUpClient()
{
    QString endpointText = m_parser.value(QStringLiteral("endpoint"));
    if (endpointText.isEmpty())
        endpointText = qEnvironmentVariable("OPEN311_ENDPOINT");
    QString cityId = m_parser.value(QStringLiteral("city-id"));
    if (cityId.isEmpty())
        cityId = qEnvironmentVariable("OPEN311_CITY_ID");
    bool allowHttp = m_parser.isSet(QStringLiteral("allow-http"));
    if (m_profile) {
        endpointText = m_profile->baseUrl.toString();
        if (cityId.isEmpty())
            cityId = m_profile->cityId;
        allowHttp = allowHttp || m_profile->allowPlainHttp;
    }
    if (endpointText.isEmpty()) {
        usageError(tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile."));
        return false;
    }
    const Endpoint endpoint(QUrl(endpointText, QUrl::StrictMode), cityId, allowHttp);
    if (std::optional<Error> invalid = endpoint.check()) {
        fail(*invalid);
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
    m_client = new Client(endpoint, [key] { return key; }, this);
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
            fail(Error::validation(Error::Field::Longitude, tr("--lon takes a number of degrees.")));
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
            usageError(tr("The description file %1 cannot be read: %2").arg(path, file.errorString()));
            return;
        }
        // Read one byte past the limit's worst case so that an oversized file is reported, not cut.
        request.description = QString::fromUtf8(file.read(NewRequest::kMaxDescriptionCodePoints * 4 + 1));
    } else {
        request.description = m_parser.value(QStringLiteral("description"));
    }

    if (std::optional<Error> invalid = request.validate()) {
        fail(*invalid);
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
    onResult(m_client->createRequest(request), this, [this](const Result<CreateResult>& result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        printCreated(result.value());
    });
}

void CommandLineTool::printCreated(const CreateResult& created)
{
    {
        if (m_json) {
            const QJsonObject object {
                { QStringLiteral("service_request_id"), created.serviceRequestId },
                { QStringLiteral("service_level_agreement"), orNull(created.serviceLevelAgreement) },
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
    m_sender = new OutboxSender(m_outbox.get(), [client](const OutboxEntry&) { return client; }, this);
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
            m_client->statusUpdate(ids[i]).then([deliver, i](const Result<RequestStatus>& r) { deliver(i, r); });
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
        QMetaObject::invokeMethod(anchor, [this, anchor, w, workers, ids, deliver, endpoint, key, timeoutMs] {
            auto* client = new Client(endpoint, [key] { return key; }, anchor);
            client->setTimeout(timeoutMs);
            client->setMaxConcurrent(kStatusConcurrency / workers);
            for (qsizetype i = w; i < ids.size(); i += workers) {
                client->statusUpdate(ids[i]).then([this, deliver, i](const Result<RequestStatus>& r) {
                    QMetaObject::invokeMethod(this, [deliver, i, r] { deliver(i, r); }, Qt::QueuedConnection);
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
        usageError(tr("Use outbox list, outbox flush, outbox resend ID or outbox discard ID."));
        return;
    }
    const bool needsId = action == QLatin1String("resend") || action == QLatin1String("discard");
    bool ok = false;
    const qint64 localId = arguments.value(1).toLongLong(&ok);
    if (needsId && (arguments.size() != 2 || !ok)) {
        usageError(tr("outbox %1 takes the number of one report (see: open311 outbox list).").arg(action));
        return;
    }
    if (!needsId && arguments.size() != 1) {
        usageError(tr("outbox %1 takes no arguments.").arg(action));
        return;
    }
    if (!openOutbox())
        return;

    if (action == QLatin1String("list")) {
        const QList<OutboxEntry> entries = m_outbox->list(true);
        if (m_json) {
            QJsonArray array;
            for (const OutboxEntry& e : entries) {
                array.append(QJsonObject {
                    { QStringLiteral("id"), e.localId },
                    { QStringLiteral("state"), OutboxEntry::stateName(e.state) },
                    { QStringLiteral("endpoint"), e.endpoint.toString() },
                    { QStringLiteral("service_code"), e.request.serviceCode },
                    { QStringLiteral("created"), QDateTime::fromMSecsSinceEpoch(e.createdMs, Qt::UTC).toString(Qt::ISODate) },
                    { QStringLiteral("attempts"), e.attempts },
                    { QStringLiteral("reason"), orNull(e.reason) },
                    { QStringLiteral("error_kind"), orNull(e.errorKind) },
                    { QStringLiteral("error_code"), e.errorCode >= 0 ? QJsonValue(e.errorCode) : QJsonValue(QJsonValue::Null) },
                });
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const OutboxEntry& e : entries) {
                m_out << e.localId << '\t' << OutboxEntry::stateName(e.state) << '\t'
                      << e.request.serviceCode << '\t'
                      << QDateTime::fromMSecsSinceEpoch(e.createdMs).toString(Qt::ISODate) << '\t'
                      << e.reason << '\n';
            }
        }
        m_out.flush();
        done(Success);
        return;
    }
    if (action == QLatin1String("discard")) {
        if (!m_outbox->discard(localId)) {
            usageError(tr("There is no report %1 in the outbox that can be discarded.").arg(localId));
            return;
        }
        m_err << tr("Report %1 was removed from the outbox.").arg(localId) << Qt::endl;
        done(Success);
        return;
    }

    // flush and resend send over the network: they need the endpoint and the key.
    if (!setUpClient())
        return;
    const QUrl endpoint = m_client->endpoint().baseUrl();
    Client* client = m_client;
    m_sender = new OutboxSender(
        m_outbox.get(),
        [client, endpoint](const OutboxEntry& entry) {
            // A key is only ever sent to the endpoint it was given for.
            return entry.endpoint == endpoint ? client : nullptr;
        },
        this);
    m_sender->setAutomaticRetries(false);
    auto worst = std::make_shared<int>(Success);
    auto sent = std::make_shared<int>(0);
    connect(m_sender, &OutboxSender::entrySent, this, [this, sent](qint64 id, const CreateResult& r) {
        ++*sent;
        trackSent(id, r.serviceRequestId);
        m_out << id << '\t' << r.serviceRequestId << '\n';
    });
    connect(m_sender, &OutboxSender::entryFailed, this,
            [this, worst](qint64 id, const Error& error, OutboxEntry::State state) {
                *worst = qMax(*worst, error.exitCode());
                m_err << tr("Report %1 (%2): %3").arg(id).arg(OutboxEntry::stateName(state), error.message())
                      << Qt::endl;
            });
    connect(m_sender, &OutboxSender::idle, this, [this, worst, sent] {
        m_out.flush();
        m_err << tr("%n report(s) sent; %1 still in the outbox.", nullptr, *sent)
                     .arg(m_outbox->pendingCount())
              << Qt::endl;
        done(*worst);
    });
    if (action == QLatin1String("resend")) {
        const std::optional<OutboxEntry> entry = m_outbox->find(localId);
        if (!entry || entry->state == OutboxEntry::State::Sent || entry->endpoint != endpoint) {
            usageError(tr("Report %1 is not waiting in the outbox for this endpoint.").arg(localId));
            return;
        }
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
        QString error;
        if (!m_tracker->open(error)) {
            m_err << error << Qt::endl;
            m_tracker.reset();
        }
    }
    return m_tracker.get();
}

void CommandLineTool::trackSent(qint64 localId, const QString& requestId)
{
    const std::optional<OutboxEntry> entry = m_outbox ? m_outbox->find(localId) : std::nullopt;
    if (entry && tracker())
        tracker()->addSent(*entry, requestId, QDateTime::currentMSecsSinceEpoch());
}

void CommandLineTool::track(const QStringList& arguments)
{
    const QString action = arguments.value(0);
    if (action != QLatin1String("add") && action != QLatin1String("list") && action != QLatin1String("poll")) {
        usageError(tr("Use track add ID..., track list or track poll."));
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
        usageError(tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT), or a --profile."));
        return;
    }
    if (!tracker()) {
        done(UsageError);
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
    if (action == QLatin1String("list")) {
        const QList<TrackedRequest> requests = tracker()->list(profile);
        if (m_json) {
            QJsonArray array;
            for (const TrackedRequest& r : requests) {
                array.append(QJsonObject {
                    { QStringLiteral("service_request_id"), r.requestId },
                    { QStringLiteral("service_name"), orNull(r.serviceName) },
                    { QStringLiteral("status"), orNull(r.status) },
                    { QStringLiteral("status_notes"), orNull(r.statusNotes) },
                    { QStringLiteral("address"), orNull(r.address) },
                    { QStringLiteral("last_checked"), r.lastCheckedMs > 0 ? QJsonValue(QDateTime::fromMSecsSinceEpoch(r.lastCheckedMs, Qt::UTC).toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null) },
                    { QStringLiteral("error"), r.errorKind.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QJsonObject { { QStringLiteral("kind"), r.errorKind }, { QStringLiteral("code"), r.errorCode >= 0 ? QJsonValue(r.errorCode) : QJsonValue(QJsonValue::Null) }, { QStringLiteral("message"), r.errorMessage } }) },
                    { QStringLiteral("history"), [&] {
                          QJsonArray steps;
                          for (const StatusChange& c : tracker()->history(profile, r.requestId))
                              steps.append(QJsonObject { { QStringLiteral("at"), QDateTime::fromMSecsSinceEpoch(c.atMs, Qt::UTC).toString(Qt::ISODate) }, { QStringLiteral("status"), c.status }, { QStringLiteral("notes"), orNull(c.notes) } });
                          return steps;
                      }() },
                });
            }
            m_out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        } else {
            for (const TrackedRequest& r : requests) {
                m_out << r.requestId << '\t' << (r.status.isEmpty() ? QStringLiteral("-") : r.status) << '\t'
                      << r.serviceName << '\t' << (r.errorMessage.isEmpty() ? r.statusNotes : r.errorMessage) << '\n';
            }
        }
        m_out.flush();
        done(Success);
        return;
    }
    // poll: one round over everything not closed.
    if (!setUpClient())
        return;
    m_client->setMaxConcurrent(kStatusConcurrency);
    auto* poller = new TrackerPoller(tracker(), m_client, profile, this);
    auto changed = std::make_shared<int>(0);
    connect(poller, &TrackerPoller::statusChanged, this,
            [this, changed](const TrackedRequest& r, const QString& previous) {
                ++*changed;
                m_out << r.requestId << '\t' << previous << " -> " << r.status << '\t' << r.statusNotes << '\n';
            });
    connect(poller, &TrackerPoller::checkFailed, this, [this](const QString& id, const Error& error) {
        m_err << tr("%1: %2").arg(id, error.message()) << Qt::endl;
    });
    connect(poller, &TrackerPoller::roundFinished, this, [this, changed](int checked, int failed) {
        m_out.flush();
        m_err << tr("%1 checked, %2 changed, %3 failed.").arg(checked).arg(*changed).arg(failed) << Qt::endl;
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
