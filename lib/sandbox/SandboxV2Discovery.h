#pragma once

#include "http/HttpRequest.h"

#include <QCoreApplication>
#include <QUrl>

namespace Open311 {

class SandboxV2Value;
struct SandboxOptions;

// discovery.{json,xml}: who runs the training city, where its key comes from, and its GeoReport
// v2 and v1 endpoints, at the address the client used to reach it.
class SandboxV2Discovery
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxV2Discovery)

public:
    static SandboxV2Value document(
        const SandboxOptions& options, const HttpRequest& request, const QUrl& baseUrl);
    // The request's Host with `path`, so that discovery works behind a forwarded port too;
    // `baseUrl` when the Host header is missing or not a plain host and port.
    static QUrl publicUrl(const HttpRequest& request, const QUrl& baseUrl, const QString& path);
};

} // namespace Open311
