#pragma once

#include "core/RequestStatus.h"
#include "http/HttpServer.h"
#include "sandbox/SandboxCatalogue.h"
#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxStore.h"

#include <QCache>
#include <QObject>
#include <QRandomGenerator>

#include <memory>

namespace Open311 {

class TileRenderer;

// The training city: a GeoReport v1 server that follows the spec to the letter, with its own map
// tiles and a Nominatim-compatible geocoder, so the whole product works with no network. Runs in
// the reporter's process or as `open311-sandbox`.
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
    qsizetype tileCacheBytes() const { return m_tileCache.totalCost(); }

Q_SIGNALS:
    void requestServed(const QByteArray& method, const QString& path, int status);

private:
    HttpResponse handle(const HttpRequest& request);
    HttpResponse serviceList(const HttpRequest& request, Fault fault);
    HttpResponse createRequest(const HttpRequest& request, Fault fault);
    HttpResponse statusUpdate(const HttpRequest& request, Fault fault);
    HttpResponse tile(const HttpRequest& request);
    HttpResponse search(const HttpRequest& request);
    HttpResponse reverse(const HttpRequest& request);
    Fault drawFault();
    bool keyIsValid(const QString& key) const;

    // A request's own timing and notes, drawn from the seed and its id.
    struct LifeCycle
    {
        double firstStageMs = 0; // open, without notes
        double secondStageMs = 0; // open, with notes
        int progressNote = 0;
        int closingNote = 0;
    };
    LifeCycle lifeCycleOf(const QString& id) const;
    // An earlier request of the same service, still open when this one came in, lies near it.
    bool isDuplicate(const SandboxStore::Request& request) const;

    SandboxOptions m_options;
    SandboxCatalogue m_catalogue;
    std::unique_ptr<SandboxStore> m_store;
    std::unique_ptr<TileRenderer> m_tiles;
    QCache<QString, QByteArray> m_tileCache;
    HttpServer m_http;
    QRandomGenerator m_random;
    QHash<Fault, int> m_faults;
    // By id: what came before a request never changes, and asking costs a query per request.
    mutable QHash<QString, bool> m_duplicates;
};

} // namespace Open311
