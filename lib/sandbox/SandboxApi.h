#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QCoreApplication>
#include <QString>

namespace Open311 {

class SandboxCatalogue;
class SandboxLifeCycle;
class SandboxStore;
struct SandboxOptions;

// The training city's GeoReport v1 methods, answered as the spec's examples are: the checks in
// the spec's order with its error codes, then the XML of the result. Where a method lives and
// which faults break the connection is SandboxServer's business.
class SandboxApi
{
    // The error texts were SandboxServer's strings, and keep their translations under its name.
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxServer)

public:
    // Everything is SandboxServer's, which outlives this.
    SandboxApi(const SandboxOptions& options, const SandboxCatalogue& catalogue,
        SandboxStore& store, const SandboxLifeCycle& lifeCycle);

    // With `backEndDown`, a request that passes the method's own checks gets the error a city
    // gives when the system behind it is down; create_request then stores nothing.
    HttpResponse serviceList(const HttpRequest& request, bool backEndDown) const;
    HttpResponse createRequest(const HttpRequest& request, bool backEndDown);
    HttpResponse statusUpdate(const HttpRequest& request, bool backEndDown) const;

private:
    bool keyIsValid(const QString& key) const;

    const SandboxOptions& m_options;
    const SandboxCatalogue& m_catalogue;
    SandboxStore& m_store;
    const SandboxLifeCycle& m_lifeCycle;
};

} // namespace Open311
