#pragma once

#include "core/Protocol.h"
#include "core/RequestStatus.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "sandbox/SandboxStore.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace Open311 {

class SandboxCatalogue;
class SandboxLifeCycle;
class SandboxV2Value;
struct SandboxOptions;

// The training city's GeoReport v2 methods under /dev/v2/, each in .json and .xml: discovery,
// services, services/{code}, POST and GET requests, requests/{id} and tokens/{token}, and the
// photos a POST sent (SandboxMedia). They share the store with v1, so a request filed in either
// version is seen in the other. Every error the spec lists is answered with its HTTP status and
// an <errors> document. Which faults break the connection is SandboxServer's business, as for v1.
class SandboxApiV2
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxApiV2)

public:
    // Everything is SandboxServer's, which outlives this.
    SandboxApiV2(const SandboxOptions& options, const SandboxCatalogue& catalogue,
        SandboxStore& store, const SandboxLifeCycle& lifeCycle);

    // Where discovery points when a request has no usable Host header.
    void setBaseUrl(const QUrl& url) { m_baseUrl = url; }

    // `path` is what follows the prefix, such as "services/021.json". With `backEndDown`, a call
    // that passes its own checks gets the spec's general service error; a POST stores nothing.
    HttpResponse answer(const QString& path, const HttpRequest& request, bool backEndDown);

    // The spec's error document, in either format, with `status` as the HTTP status and code.
    static HttpResponse error(WireFormat format, int status, const QString& description);

private:
    HttpResponse discovery(WireFormat format, const HttpRequest& request) const;
    HttpResponse services(WireFormat format, const HttpRequest& request, bool backEndDown) const;
    HttpResponse definition(
        WireFormat format, const QString& code, const HttpRequest& request, bool backEndDown) const;
    HttpResponse createRequest(WireFormat format, const HttpRequest& request, bool backEndDown);
    HttpResponse listRequests(
        WireFormat format, const HttpRequest& request, bool backEndDown) const;
    HttpResponse oneRequest(
        WireFormat format, const QString& id, const HttpRequest& request, bool backEndDown) const;
    HttpResponse token(WireFormat format, const QString& token, const HttpRequest& request,
        bool backEndDown) const;

    // The 403 of a key that is missing where one is needed or wrong wherever it is given, and
    // the 404 of another jurisdiction; nothing when the call may go on.
    std::optional<HttpResponse> refused(
        WireFormat format, const HttpRequest& parameters, bool keyNeeded) const;
    // One entry of requests.{fmt}, as the spec's example lists its fields.
    // extensions=true adds extended_attributes: the attributes as they were filed. `request`
    // gives the Host that the link to an uploaded photo names.
    SandboxV2Value describe(const SandboxStore::Request& stored, const RequestStatus& status,
        bool extensions, const HttpRequest& request) const;

    const SandboxOptions& m_options;
    const SandboxCatalogue& m_catalogue;
    SandboxStore& m_store;
    const SandboxLifeCycle& m_lifeCycle;
    QUrl m_baseUrl;
};

} // namespace Open311
