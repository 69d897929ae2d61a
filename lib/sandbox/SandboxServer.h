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

#include <memory>

namespace Open311 {

class SandboxApi;

// The training city: a GeoReport v1 server that follows the spec to the letter, with its own map
// tiles and a Nominatim-compatible geocoder, so the whole product works with no network. Runs in
// the reporter's process or as `open311-sandbox`. This class owns the HTTP server, routes each
// path and injects the faults; SandboxApi, SandboxTiles and SandboxGeocoder write the answers.
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
    // An XYZ template: .../tiles/{z}/{x}/{y}.png
    QString tileUrlTemplate() const;
    QUrl geocoderUrl() const;

    const SandboxOptions& options() const { return m_options; }
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
    // A GeoReport method under the path prefix, with the fault drawn for it.
    HttpResponse geoReport(const QString& method, const HttpRequest& request);
    Fault drawFault();

    SandboxOptions m_options;
    SandboxCatalogue m_catalogue;
    std::unique_ptr<SandboxStore> m_store;
    SandboxLifeCycle m_lifeCycle;
    // Made with the store in start(); it answers from that store.
    std::unique_ptr<SandboxApi> m_api;
    SandboxTiles m_tiles;
    HttpServer m_http;
    QRandomGenerator m_random;
    QHash<Fault, int> m_faults;
};

} // namespace Open311
