#include "sandbox/SandboxServer.h"

#include "core/Logging.h"
#include "sandbox/SandboxApi.h"
#include "sandbox/SandboxApiV2.h"
#include "sandbox/SandboxBoundary.h"
#include "sandbox/SandboxGeocoder.h"
#include "sandbox/SandboxV2Form.h"

namespace Open311 {

namespace {

// Five photos at their cap and the form around them; other servers keep HttpLimits' 1 MiB.
constexpr qsizetype kMaxBodyBytes = 48 * 1024 * 1024;
static_assert(kMaxBodyBytes >= SandboxV2Form::kMaxMedia * (SandboxV2Form::kMaxMediaBytes + 1024),
    "a POST with every photo it may carry must fit");
// Three such uploads at once; 256 peers that each sent most of one and stopped would otherwise
// hold 12 GB until their idle timeouts.
constexpr qsizetype kMaxBufferedBytes = 3 * kMaxBodyBytes;
static_assert(kMaxBufferedBytes >= kMaxBodyBytes, "one upload alone must never be refused");

} // namespace

SandboxServer::SandboxServer(const SandboxOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_lifeCycle(options)
    , m_tiles(options.tileCacheBytes)
    , m_random(quint32(options.seed ^ (options.seed >> 32)))
{
    if (m_options.apiKeys.isEmpty())
        m_options.apiKeys = { SandboxOptions::kTrainingKey };
    for (QString* prefix : { &m_options.pathPrefix, &m_options.v2PathPrefix }) {
        if (!prefix->startsWith(QLatin1Char('/')))
            prefix->prepend(QLatin1Char('/'));
        if (!prefix->endsWith(QLatin1Char('/')))
            prefix->append(QLatin1Char('/'));
    }
    m_lifeCycle.setCatalogue(&m_catalogue);
    m_http.setMaxBodyBytes(kMaxBodyBytes);
    m_http.setMaxBufferedBytes(kMaxBufferedBytes);
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
    // Replaced with the store, so that nothing is left pointing at the one before.
    m_lifeCycle.setStore(m_store.get());
    m_api = std::make_unique<SandboxApi>(m_options, m_catalogue, *m_store, m_lifeCycle);
    m_apiV2 = std::make_unique<SandboxApiV2>(m_options, m_catalogue, *m_store, m_lifeCycle);
    if (!m_store->open(error))
        return false;
    if (!m_http.listen(address, port)) {
        error = tr("The training city cannot listen on %1 port %2: %3")
                    .arg(address.toString())
                    .arg(port)
                    .arg(m_http.errorString());
        return false;
    }
    m_apiV2->setBaseUrl(baseUrl());
    return true;
}

QUrl SandboxServer::endpointUrl() const
{
    QUrl url = baseUrl();
    url.setPath(m_options.pathPrefix);
    return url;
}

QUrl SandboxServer::v2EndpointUrl() const
{
    QUrl url = baseUrl();
    url.setPath(m_options.v2PathPrefix);
    return url;
}

QString SandboxServer::tileUrlTemplate() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/tiles/"));
    return url.toString() + QStringLiteral("{z}/{x}/{y}{r}.png");
}

QUrl SandboxServer::serviceAreaUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/boundary.geojson"));
    return url;
}

QUrl SandboxServer::geocoderUrl() const
{
    QUrl url = baseUrl();
    url.setPath(QStringLiteral("/geocoder/"));
    return url;
}

RequestStatus SandboxServer::statusOf(const SandboxStore::Request& request, qint64 nowMs) const
{
    return m_lifeCycle.statusOf(request, nowMs);
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
    // v2 first: it is the one that takes POST, and its prefix is the more specific one when
    // --prefix puts v1 at /dev/.
    if (request.path.startsWith(m_options.v2PathPrefix)) {
        const QString path = request.path.mid(m_options.v2PathPrefix.size());
        response = withFault(
            [&](bool backEndDown) { return m_apiV2->answer(path, request, backEndDown); });
    } else if (request.method != "GET" && request.method != "HEAD") {
        response = HttpResponse::text(405, "Only GET is supported.\n");
    } else if (request.path.startsWith(m_options.pathPrefix)) {
        const QString method = request.path.mid(m_options.pathPrefix.size());
        response
            = withFault([&](bool backEndDown) { return geoReport(method, request, backEndDown); });
    } else if (request.path.startsWith(QLatin1String("/tiles/"))) {
        response = m_tiles.answer(request);
    } else if (request.path == QLatin1String("/boundary.geojson")) {
        response = SandboxBoundary::answer();
    } else if (request.path == QLatin1String("/geocoder/search")) {
        response = SandboxGeocoder::search(request);
    } else if (request.path == QLatin1String("/geocoder/reverse")) {
        response = SandboxGeocoder::reverse(request);
    } else {
        response = HttpResponse::html(404, "<html><body><h1>404 Not Found</h1></body></html>");
    }
    response.delayMs
        = response.action == HttpResponse::Action::Stall ? m_options.stallMs : m_options.latencyMs;
    // The path only: the query holds the API key, and a v2 POST's body too.
    qCInfo(lcSandbox).noquote() << request.method << request.path << response.status;
    return response;
}

HttpResponse SandboxServer::withFault(const std::function<HttpResponse(bool backEndDown)>& call)
{
    HttpResponse response;
    const Fault fault = drawFault();
    if (fault == Fault::Html500) {
        response = HttpResponse::html(500,
            "<!DOCTYPE html><html><head><title>500 Internal "
            "Server Error</title></head><body><h1>Internal "
            "Server Error</h1><p>The server encountered an "
            "internal error.</p></body></html>");
    } else {
        response = call(fault == Fault::BackEndDown);
    }
    // Drops, stalls and truncations come after the method ran, as on a real server.
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
    return response;
}

HttpResponse SandboxServer::geoReport(
    const QString& method, const HttpRequest& request, bool backEndDown)
{
    if (method == QLatin1String("service_list"))
        return m_api->serviceList(request, backEndDown);
    if (method == QLatin1String("create_request"))
        return m_api->createRequest(request, backEndDown);
    if (method == QLatin1String("status_update"))
        return m_api->statusUpdate(request, backEndDown);
    return HttpResponse::html(404,
        "<html><body><h1>404 Not Found</h1><p>No such "
        "GeoReport method.</p></body></html>");
}

} // namespace Open311
