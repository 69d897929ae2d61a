#include "sandbox/SandboxServer.h"

#include "core/Logging.h"
#include "core/NewRequest.h"
#include "sandbox/SandboxCity.h"
#include "sandbox/TileRenderer.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <QtMath>

#include <cmath>
#include <iterator>

namespace Open311 {

namespace {

const char* const kProgressNotes[] = {
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Assigned to crew"),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Inspection scheduled"),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Crew on site"),
};
const char* const kClosingNotes[] = {
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Repaired. Thank you for your report."),
    QT_TRANSLATE_NOOP("Open311::SandboxServer", "Completed by the street maintenance crew."),
};
const char* const kDuplicateNote
    = QT_TRANSLATE_NOOP("Open311::SandboxServer", "Duplicate of an earlier report; closed.");

// What the city's crews would call the same spot.
constexpr double kDuplicateMeters = 50.0;

struct Position
{
    double latitude = 0;
    double longitude = 0;
};

// Where a request is: its coordinates, or else the point its address names in the city.
std::optional<Position> positionOf(const NewRequest& request)
{
    if (request.latitude && request.longitude)
        return Position { *request.latitude, *request.longitude };
    if (const std::optional<SandboxCity::Place> place = SandboxCity::locate(request.addressString))
        return Position { place->latitude, place->longitude };
    return std::nullopt;
}

bool sameSpot(const NewRequest& a, const std::optional<Position>& here, const NewRequest& b)
{
    const std::optional<Position> there = positionOf(b);
    if (here && there) {
        // Flat is exact enough at 50 m.
        const double metersPerDegree = 111320.0;
        const double north = (there->latitude - here->latitude) * metersPerDegree;
        const double east = (there->longitude - here->longitude) * metersPerDegree
            * std::cos(qDegreesToRadians((here->latitude + there->latitude) / 2.0));
        return std::hypot(north, east) <= kDuplicateMeters;
    }
    const QString address = a.addressString.simplified();
    return !address.isEmpty()
        && address.compare(b.addressString.simplified(), Qt::CaseInsensitive) == 0;
}

class Document
{
public:
    explicit Document(const char* root)
        : m_writer(&m_bytes)
    {
        m_writer.setAutoFormatting(true);
        m_writer.writeStartDocument();
        m_writer.writeStartElement(QLatin1String(root));
    }
    QXmlStreamWriter& writer() { return m_writer; }
    void error(int code, const QString& description)
    {
        m_writer.writeStartElement(QStringLiteral("Open311Error"));
        if (code > 0) {
            m_writer.writeTextElement(QStringLiteral("errorCode"), QString::number(code));
            m_writer.writeTextElement(QStringLiteral("errorDescription"), description);
        }
        m_writer.writeEndElement();
    }
    HttpResponse finish()
    {
        m_writer.writeEndElement();
        m_writer.writeEndDocument();
        return HttpResponse::xml(m_bytes);
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// An error answer shaped like the spec's example: the error, then the empty payload element.
HttpResponse errorAnswer(const char* root, const char* payload, int code, const QString& text)
{
    Document doc(root);
    doc.error(code, text);
    doc.writer().writeEmptyElement(QLatin1String(payload));
    return doc.finish();
}

std::optional<double> coordinate(
    const HttpRequest& request, const QString& name, double limit, bool& invalid)
{
    if (!request.hasQueryItem(name) || request.queryValue(name).trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = request.queryValue(name).trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > limit) {
        invalid = true;
        return std::nullopt;
    }
    return value;
}

QJsonObject placeJson(const SandboxCity::Place& place, int placeId)
{
    QJsonObject address { { QStringLiteral("road"), place.road },
        { QStringLiteral("city"), SandboxCity::cityName() },
        { QStringLiteral("country"), SandboxCity::tr("Sandbox Country") },
        { QStringLiteral("country_code"), QStringLiteral("xx") } };
    if (!place.houseNumber.isEmpty())
        address.insert(QStringLiteral("house_number"), place.houseNumber);
    const QString lat = QString::number(place.latitude, 'f', 7);
    const QString lon = QString::number(place.longitude, 'f', 7);
    return {
        { QStringLiteral("place_id"), placeId },
        { QStringLiteral("licence"),
            QStringLiteral("Synthetic data of the Open311 Reporter training city") },
        { QStringLiteral("lat"), lat },
        { QStringLiteral("lon"), lon },
        { QStringLiteral("category"), QStringLiteral("place") },
        { QStringLiteral("type"),
            place.houseNumber.isEmpty() ? QStringLiteral("street") : QStringLiteral("house") },
        { QStringLiteral("place_rank"), 30 },
        { QStringLiteral("importance"), 0.5 },
        { QStringLiteral("addresstype"), QStringLiteral("place") },
        { QStringLiteral("name"), place.road },
        { QStringLiteral("display_name"), place.displayName },
        { QStringLiteral("address"), address },
        { QStringLiteral("boundingbox"),
            QJsonArray { QString::number(place.latitude - 0.0001, 'f', 7),
                QString::number(place.latitude + 0.0001, 'f', 7),
                QString::number(place.longitude - 0.0001, 'f', 7),
                QString::number(place.longitude + 0.0001, 'f', 7) } },
    };
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_tiles(std::make_unique<TileRenderer>())
    , m_tileCache(options.tileCacheBytes)
    , m_random(quint32(options.seed ^ (options.seed >> 32)))
{
    if (m_options.apiKeys.isEmpty())
        m_options.apiKeys = { SandboxOptions::kTrainingKey };
    if (!m_options.pathPrefix.startsWith(QLatin1Char('/')))
        m_options.pathPrefix.prepend(QLatin1Char('/'));
    if (!m_options.pathPrefix.endsWith(QLatin1Char('/')))
        m_options.pathPrefix.append(QLatin1Char('/'));
    m_http.setHandler([this](const HttpRequest& request) { return handle(request); });
    connect(&m_http, &HttpServer::requestServed, this, &SandboxServer::requestServed);
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::start(QString& error, const QHostAddress& address, quint16 port)
{
    if (m_options.servicesFile.isEmpty()) {
        m_catalogue = SandboxCatalogue::builtIn();
    } else {
        m_catalogue = SandboxCatalogue::fromFile(m_options.servicesFile, error);
        if (!error.isEmpty())
            return false;
    }
    m_store = std::make_unique<SandboxStore>(m_options.dataPath);
    if (!m_store->open(error))
        return false;
    if (!m_http.listen(address, port)) {
        error = tr("The training city cannot listen on %1 port %2: %3")
                    .arg(address.toString())
                    .arg(port)
                    .arg(m_http.errorString());
        return false;
    }
    return true;
}

QUrl SandboxServer::endpointUrl() const
{
    QUrl url = baseUrl();
    url.setPath(m_options.pathPrefix);
    return url;
}

QString SandboxServer::tileUrlTemplate() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/tiles/"));
    return url.toString() + QStringLiteral("{z}/{x}/{y}{r}.png");
}

QUrl SandboxServer::geocoderUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/geocoder/"));
    return url;
}

bool SandboxServer::keyIsValid(const QString& key) const
{
    return m_options.apiKeys.contains(key);
}

SandboxServer::Fault SandboxServer::drawFault()
{
    if (m_options.faultRate <= 0 || m_random.generateDouble() >= m_options.faultRate)
        return Fault::None;
    static const Fault kinds[]
        = { Fault::Html500, Fault::Drop, Fault::Stall, Fault::Truncate, Fault::BackEndDown };
    const Fault fault = kinds[m_random.bounded(5)];
    m_faults[fault] += 1;
    return fault;
}

HttpResponse SandboxServer::handle(const HttpRequest& request)
{
    HttpResponse response;
    if (request.method != "GET" && request.method != "HEAD") {
        response = HttpResponse::text(405, "Only GET is supported.\n");
    } else if (request.path.startsWith(m_options.pathPrefix)) {
        const QString method = request.path.mid(m_options.pathPrefix.size());
        const Fault fault = drawFault();
        if (fault == Fault::Html500) {
            response = HttpResponse::html(500,
                "<!DOCTYPE html><html><head><title>500 Internal "
                "Server Error</title></head><body><h1>Internal "
                "Server Error</h1><p>The server encountered an "
                "internal error.</p></body></html>");
        } else if (method == QLatin1String("service_list")) {
            response = serviceList(request, fault);
        } else if (method == QLatin1String("create_request")) {
            response = createRequest(request, fault);
        } else if (method == QLatin1String("status_update")) {
            response = statusUpdate(request, fault);
        } else {
            response = HttpResponse::html(404,
                "<html><body><h1>404 Not Found</h1><p>No such "
                "GeoReport method.</p></body></html>");
        }
        switch (fault) {
        case Fault::Drop:
            response.action = HttpResponse::Action::Drop;
            break;
        case Fault::Stall:
            response.action = HttpResponse::Action::Stall;
            break;
        case Fault::Truncate:
            response.action = HttpResponse::Action::Truncate;
            break;
        default:
            break;
        }
    } else if (request.path.startsWith(QLatin1String("/tiles/"))) {
        response = tile(request);
    } else if (request.path == QLatin1String("/geocoder/search")) {
        response = search(request);
    } else if (request.path == QLatin1String("/geocoder/reverse")) {
        response = reverse(request);
    } else {
        response = HttpResponse::html(404, "<html><body><h1>404 Not Found</h1></body></html>");
    }
    response.delayMs = m_options.latencyMs;
    // The path only: the query holds the API key.
    qCInfo(lcSandbox).noquote() << request.method << request.path << response.status;
    return response;
}

HttpResponse SandboxServer::serviceList(const HttpRequest& request, Fault fault)
{
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return errorAnswer("ServiceResponse", "Open311ServiceList", 100, tr("Missing API Key"));
    if (!keyIsValid(key))
        return errorAnswer("ServiceResponse", "Open311ServiceList", 101, tr("Invalid API Key"));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return errorAnswer("ServiceResponse", "Open311ServiceList", 102,
            tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    if (fault == Fault::BackEndDown)
        return errorAnswer("ServiceResponse", "Open311ServiceList", 102,
            tr("Service list back-end is down; try again later."));
    Document doc("ServiceResponse");
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311ServiceList"));
    for (const Service& service : m_catalogue.services()) {
        w.writeEmptyElement(QStringLiteral("service"));
        w.writeAttribute(QStringLiteral("service_code"), service.code);
        w.writeAttribute(QStringLiteral("service_name"), service.name);
        w.writeAttribute(QStringLiteral("service_description"), service.description);
    }
    w.writeEndElement();
    doc.error(0, QString());
    return doc.finish();
}

HttpResponse SandboxServer::createRequest(const HttpRequest& request, Fault fault)
{
    auto fail = [](int code, const QString& text) {
        return errorAnswer("CreateResponse", "Open311Create", code, text);
    };
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return fail(200, tr("Missing API Key"));
    if (!keyIsValid(key))
        return fail(201, tr("Invalid api_key received -- can't proceed with create_request."));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return fail(204, tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    const QString code = request.queryValue(QStringLiteral("service_code"));
    if (code.isEmpty())
        return fail(202, tr("Missing service_code"));
    const Service* service = m_catalogue.find(code);
    if (!service)
        return fail(203, tr("Invalid service_code %1").arg(code));

    SandboxStore::Request stored;
    NewRequest& fields = stored.request;
    bool invalid = false;
    fields.latitude = coordinate(request, QStringLiteral("lat"), 90.0, invalid);
    fields.longitude = coordinate(request, QStringLiteral("lon"), 180.0, invalid);
    if (invalid || fields.latitude.has_value() != fields.longitude.has_value())
        return fail(204, tr("lat and lon must both be given as WGS84 degrees."));
    fields.addressString = request.queryValue(QStringLiteral("address_string"));
    if (!fields.latitude && fields.addressString.trimmed().isEmpty())
        return fail(204, tr("Either lat/lon or address_string is required."));
    fields.description = request.queryValue(QStringLiteral("description"));
    if (NewRequest::codePointCount(fields.description) > NewRequest::kMaxDescriptionCodePoints)
        return fail(204, tr("The description is limited to 4,000 characters."));
    if (fault == Fault::BackEndDown)
        return fail(204, tr("Lagan WS is down; nothing was created. Try again later."));

    stored.keyHash = SandboxStore::hashKey(key);
    fields.serviceCode = service->code;
    stored.serviceName = service->name;
    fields.email = request.queryValue(QStringLiteral("customer_email"));
    fields.deviceId = request.queryValue(QStringLiteral("device_id"));
    fields.accountId = request.queryValue(QStringLiteral("account_id"));
    fields.firstName = request.queryValue(QStringLiteral("first_name"));
    fields.lastName = request.queryValue(QStringLiteral("last_name"));
    fields.phone = request.queryValue(QStringLiteral("phone_number"));
    fields.mediaUrl = request.queryValue(QStringLiteral("media_url"));
    stored.createdMs = QDateTime::currentMSecsSinceEpoch();
    const QString id = m_store->insert(stored);
    if (id.isEmpty())
        return fail(204, tr("The request could not be stored; nothing was created."));

    Document doc("CreateResponse");
    doc.error(0, QString());
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311Create"));
    w.writeTextElement(QStringLiteral("service_request_id"), id);
    w.writeTextElement(QStringLiteral("service_level_agreement"),
        m_catalogue.serviceLevelAgreement(service->code));
    if (fields.accountId.isEmpty())
        w.writeEmptyElement(QStringLiteral("account_id"));
    else
        w.writeTextElement(QStringLiteral("account_id"), fields.accountId);
    w.writeEndElement();
    return doc.finish();
}

HttpResponse SandboxServer::statusUpdate(const HttpRequest& request, Fault fault)
{
    auto fail = [](int code, const QString& text) {
        return errorAnswer("StatusResponse", "Open311Status", code, text);
    };
    const QString key = request.queryValue(QStringLiteral("api_key"));
    if (key.isEmpty())
        return fail(300, tr("Missing API key"));
    if (!keyIsValid(key))
        return fail(301, tr("Invalid API Key"));
    if (request.queryValue(QStringLiteral("city_id")) != m_options.cityId)
        return fail(302, tr("Unknown city_id; this server serves %1.").arg(m_options.cityId));
    if (fault == Fault::BackEndDown)
        return fail(302, tr("Status back-end is down; try again later."));
    const QString id = request.queryValue(QStringLiteral("service_request_id")).trimmed();
    const std::optional<SandboxStore::Request> stored = m_store->find(id);
    // A request filed with another key is as unknown as one never filed.
    if (!stored || stored->keyHash != SandboxStore::hashKey(key))
        return fail(302,
            tr("Id not valid or you are attempting to search for a service request "
               "you did not create"));
    const RequestStatus status = statusOf(*stored, QDateTime::currentMSecsSinceEpoch());
    Document doc("StatusResponse");
    QXmlStreamWriter& w = doc.writer();
    w.writeStartElement(QStringLiteral("Open311Status"));
    w.writeTextElement(QStringLiteral("service_request_id"), status.serviceRequestId);
    w.writeTextElement(QStringLiteral("status"), status.status);
    if (status.statusNotes.isEmpty())
        w.writeEmptyElement(QStringLiteral("status_notes"));
    else
        w.writeTextElement(QStringLiteral("status_notes"), status.statusNotes);
    w.writeTextElement(QStringLiteral("service_name"), status.serviceName);
    w.writeEndElement();
    doc.error(0, QString());
    return doc.finish();
}

SandboxServer::LifeCycle SandboxServer::lifeCycleOf(const QString& id) const
{
    // splitmix64: seeding a QRandomGenerator per lookup cost a tenth of the server's time.
    quint64 state = m_options.seed ^ (quint64(id.toLongLong()) * 0x9E3779B97F4A7C15ull);
    auto next = [&state] {
        quint64 z = (state += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    };
    auto unit = [&next] { return double(next() >> 11) / double(1ull << 53); };
    const double paceMs = m_options.paceSeconds * 1000.0;
    LifeCycle cycle;
    cycle.firstStageMs = paceMs * (1.0 + 0.5 * unit());
    cycle.secondStageMs = paceMs * (1.0 + 0.5 * unit());
    cycle.progressNote = int(next() % std::size(kProgressNotes));
    cycle.closingNote = int(next() % std::size(kClosingNotes));
    return cycle;
}

bool SandboxServer::isDuplicate(const SandboxStore::Request& request) const
{
    if (!m_store)
        return false;
    const auto known = m_duplicates.constFind(request.id);
    if (known != m_duplicates.cend())
        return *known;
    bool duplicate = false;
    const std::optional<Position> here = positionOf(request.request);
    m_store->forEachEarlier(
        request.request.serviceCode, request.id, [&](const SandboxStore::Request& other) {
            // One the city had closed by then was fixed: this is a new problem at that spot.
            const LifeCycle cycle = lifeCycleOf(other.id);
            const double closedMs
                = double(other.createdMs) + cycle.firstStageMs + cycle.secondStageMs;
            if (closedMs > double(request.createdMs)
                && sameSpot(request.request, here, other.request))
                duplicate = true;
            return !duplicate;
        });
    m_duplicates.insert(request.id, duplicate);
    return duplicate;
}

RequestStatus SandboxServer::statusOf(const SandboxStore::Request& request, qint64 nowMs) const
{
    // Each request gets its own reproducible timing and notes from the seed and its id; a
    // duplicate note only where there is something it duplicates.
    const LifeCycle cycle = lifeCycleOf(request.id);
    const double age = double(nowMs - request.createdMs);

    RequestStatus status;
    status.serviceRequestId = request.id;
    status.serviceName = request.serviceName;
    if (age < cycle.firstStageMs) {
        status.status = QStringLiteral("open");
    } else if (age < cycle.firstStageMs + cycle.secondStageMs) {
        status.status = QStringLiteral("open");
        status.statusNotes = tr(kProgressNotes[cycle.progressNote]);
    } else {
        status.status = QStringLiteral("closed");
        status.statusNotes
            = isDuplicate(request) ? tr(kDuplicateNote) : tr(kClosingNotes[cycle.closingNote]);
    }
    return status;
}

HttpResponse SandboxServer::tile(const HttpRequest& request)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/tiles/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})(@2x)?\\.png$"));
    const QRegularExpressionMatch match = pattern.match(request.path);
    if (!match.hasMatch())
        return HttpResponse::text(404, "No such tile.\n");
    const int z = match.captured(1).toInt();
    const int x = match.captured(2).toInt();
    const int y = match.captured(3).toInt();
    const int scale = match.captured(4).isEmpty() ? 1 : 2;
    if (z < TileRenderer::kMinZoom || z > TileRenderer::kMaxZoom || x >= (1 << z) || y >= (1 << z))
        return HttpResponse::text(404, "No such tile.\n");

    const QByteArray etag = "\"sandbox-" + QByteArray::number(TileRenderer::kStyleVersion) + '-'
        + QCryptographicHash::hash(request.path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20)
        + "\"";
    HttpResponse response;
    response.contentType = "image/png";
    response.headers.append({ QByteArray("Cache-Control"), QByteArray("public, max-age=604800") });
    response.headers.append({ QByteArray("ETag"), etag });
    if (request.headers.value("if-none-match") == etag) {
        response.status = 304;
        return response;
    }
    const QString cacheKey = request.path;
    if (QByteArray* cached = m_tileCache.object(cacheKey)) {
        response.body = *cached;
        return response;
    }
    response.body = m_tiles->renderPng(z, x, y, scale);
    if (m_tileCache.maxCost() > 0)
        m_tileCache.insert(cacheKey, new QByteArray(response.body), response.body.size());
    return response;
}

HttpResponse SandboxServer::search(const HttpRequest& request)
{
    const QString format = request.queryValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("jsonv2") && format != QLatin1String("json"))
        return HttpResponse::json(R"({"error":"Only format=jsonv2 is supported."})", 400);
    const QString query = request.queryValue(QStringLiteral("q"));
    bool ok = false;
    int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 10;
    QJsonArray results;
    int placeId = 1;
    for (const SandboxCity::Place& place : SandboxCity::search(query, qMin(limit, 40)))
        results.append(placeJson(place, placeId++));
    return HttpResponse::json(QJsonDocument(results).toJson(QJsonDocument::Compact));
}

HttpResponse SandboxServer::reverse(const HttpRequest& request)
{
    bool latOk = false;
    bool lonOk = false;
    const double lat = request.queryValue(QStringLiteral("lat")).toDouble(&latOk);
    const double lon = request.queryValue(QStringLiteral("lon")).toDouble(&lonOk);
    if (!latOk || !lonOk)
        return HttpResponse::json(
            R"({"error":"Parameter 'lat' or 'lon' missing or invalid."})", 400);
    const std::optional<SandboxCity::Place> place = SandboxCity::reverse(lat, lon);
    // Nominatim answers "nothing here" with 200 and an error object.
    if (!place)
        return HttpResponse::json(R"({"error":"Unable to geocode"})");
    return HttpResponse::json(QJsonDocument(placeJson(*place, 1)).toJson(QJsonDocument::Compact));
}

} // namespace Open311
