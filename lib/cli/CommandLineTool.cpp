#include "CommandLineTool.h"

#include "SecretRedactor.h"
#include "Version.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cmath>
#include <cstdio>
#include <memory>

namespace Open311 {

namespace {

constexpr int kStatusConcurrency = 16;
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

void CommandLineTool::run(const QStringList& arguments)
{
    m_parser.setApplicationDescription(
        tr("Reports non-emergency problems to a city's Open311 GeoReport v1 server.\n\n"
           "Commands:\n"
           "  services            list the city's services\n"
           "  submit              file a new report (needs --service-code and a location)\n"
           "  status ID [ID...]   show the status of reports\n\n"
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
        QStringLiteral("description-file"), QStringLiteral("media-url"),
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
    if (command == QLatin1String("services")) {
        if (positional.size() > 1) {
            usageError(tr("services takes no arguments."));
            return;
        }
        if (setUpClient())
            listServices();
    } else if (command == QLatin1String("submit")) {
        if (positional.size() > 1) {
            usageError(tr("submit takes no positional arguments; use the options."));
            return;
        }
        if (setUpClient())
            submit();
    } else if (command == QLatin1String("status")) {
        if (positional.size() < 2) {
            usageError(tr("status needs at least one service request id."));
            return;
        }
        if (setUpClient())
            status(positional.mid(1));
    } else {
        usageError(tr("Unknown command \u201c%1\u201d. Use services, submit or status.").arg(command));
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
    if (endpointText.isEmpty()) {
        usageError(tr("Give the server with --endpoint URL (or OPEN311_ENDPOINT)."));
        return false;
    }
    const Endpoint endpoint(QUrl(endpointText, QUrl::StrictMode), cityId,
                            m_parser.isSet(QStringLiteral("allow-http")));
    if (std::optional<Error> invalid = endpoint.check()) {
        fail(*invalid);
        return false;
    }

    QString problem;
    const QString key = readApiKey(problem);
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
    m_client->setTimeout(timeoutMs);
    return true;
}

void CommandLineTool::listServices()
{
    m_client->serviceList().then(this, [this](const Result<ServiceList>& result) {
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

    m_client->createRequest(request).then(this, [this](const Result<CreateResult>& result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const CreateResult& created = result.value();
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
    });
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

    // Reads are pipelined over Qt's six connections per host; more calls in flight keep them
    // busy without opening more sockets. Ids that fail do not stop the others.
    m_client->setMaxConcurrent(kStatusConcurrency);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        // The client finishes its futures on this thread, so the continuation runs right here.
        m_client->statusUpdate(ids[i]).then([round, i, report](const Result<RequestStatus>& r) {
            round->results[i] = r;
            if (--round->pending == 0)
                report();
        });
    }
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
