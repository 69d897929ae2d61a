#pragma once

#include "core/RequestStatus.h"
#include "http/HttpServer.h"
#include "sandbox/SandboxCatalogue.h"
#include "sandbox/SandboxLifeCycle.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxTiles.h"

#include <QObject>
#include <QRandomGenerator>

#include <functional>
#include <memory>

namespace Open311 {

class SandboxApi;
class SandboxApiV2;

// The training city: a GeoReport v1 and v2 server that follows the specs to the letter, with its
// own map tiles and a Nominatim-compatible geocoder, so the whole product works with no network.
// Runs in the reporter's process or as `open311-sandbox`. This class owns the HTTP server, routes
// each path and injects the faults and the latency, the same for both versions; SandboxApi,
// SandboxApiV2, SandboxTiles and SandboxGeocoder write the answers.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault
    {
        None,
        Html500,
        Drop,
        Stall,
        Truncate,
        BackEndDown
    };
    Q_ENUM(Fault)

    explicit SandboxServer(const SandboxOptions& options, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool start(
        QString& error, const QHostAddress& address = QHostAddress::LocalHost, quint16 port = 0);
    quint16 port() const { return m_http.port(); }
    QUrl baseUrl() const { return m_http.baseUrl(); }
    // Where the GeoReport methods live: base URL + path prefix.
    QUrl endpointUrl() const;
    // Where the GeoReport v2 methods live: base URL + v2 path prefix (/dev/v2/).
    QUrl v2EndpointUrl() const;
    // An XYZ template: .../tiles/{z}/{x}/{y}.png
    QString tileUrlTemplate() const;
    // Its service area as GeoJSON.
    QUrl serviceAreaUrl() const;
    QUrl geocoderUrl() const;

    const SandboxOptions& options() const { return m_options; }
    // Every answer waits this long from now on: a slow city, for a test or a demonstration.
    void setLatency(int ms) { m_options.latencyMs = ms; }
    const SandboxStore& store() const { return *m_store; }
    const SandboxCatalogue& catalogue() const { return m_catalogue; }
    // What status_update says about a request at this moment.
    RequestStatus statusOf(const SandboxStore::Request& request, qint64 nowMs) const;
    int faultsInjected(Fault kind) const { return m_faults.value(kind); }
    qsizetype tileCacheBytes() const { return m_tiles.cacheBytes(); }

Q_SIGNALS:
    void requestServed(const QByteArray& method, const QString& path, int status);

private:
    HttpResponse handle(const HttpRequest& request);
    // A GeoReport v1 method under the path prefix.
    HttpResponse geoReport(const QString& method, const HttpRequest& request, bool backEndDown);
    // Runs a GeoReport call, v1 or v2, with a fault drawn for it: `call` is told whether the
    // back-end is down, and a broken connection comes after it ran.
    HttpResponse withFault(const std::function<HttpResponse(bool backEndDown)>& call);
    Fault drawFault();

    SandboxOptions m_options;
    SandboxCatalogue m_catalogue;
    std::unique_ptr<SandboxStore> m_store;
    SandboxLifeCycle m_lifeCycle;
    // Made with the store in start(); it answers from that store.
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxApiV2> m_apiV2;
    SandboxTiles m_tiles;
    HttpServer m_http;
    QRandomGenerator m_random;
    QHash<Fault, int> m_faults;
};

} // namespace Open311
