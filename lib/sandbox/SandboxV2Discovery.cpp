#include "sandbox/SandboxV2Discovery.h"

#include "sandbox/SandboxOptions.h"
#include "sandbox/SandboxV2Value.h"

namespace Open311 {

namespace {

// When the catalogue's published shape last changed.
const QString kChangeset = QStringLiteral("2026-12-01T00:00:00+00:00");
const QString kV2Specification = QStringLiteral("http://wiki.open311.org/GeoReport_v2");
const QString kV1Specification = QStringLiteral("http://wiki.open311.org/GeoReport_v1");

SandboxV2Value endpoint(
    const QString& specification, const QUrl& url, const QString& type, bool json)
{
    SandboxV2Value formats = SandboxV2Value::array(QStringLiteral("format"));
    formats.append(SandboxV2Value::string(QStringLiteral("text/xml")));
    if (json)
        formats.append(SandboxV2Value::string(QStringLiteral("application/json")));
    SandboxV2Value entry = SandboxV2Value::object();
    entry.set(QStringLiteral("specification"), SandboxV2Value::string(specification))
        .set(QStringLiteral("url"), SandboxV2Value::string(url.toString()))
        .set(QStringLiteral("changeset"), SandboxV2Value::string(kChangeset))
        .set(QStringLiteral("type"), SandboxV2Value::string(type))
        .set(QStringLiteral("formats"), formats);
    return entry;
}

} // namespace

SandboxV2Value SandboxV2Discovery::document(
    const SandboxOptions& options, const HttpRequest& request, const QUrl& baseUrl)
{
    const QUrl v2 = publicUrl(request, baseUrl, options.v2PathPrefix);
    SandboxV2Value endpoints = SandboxV2Value::array(QStringLiteral("endpoint"));
    // A training city is a test server by nature, but clients pick a production endpoint and
    // take a test one only when there is no other: listed as both, the same URL is found either
    // way.
    endpoints.append(endpoint(kV2Specification, v2, QStringLiteral("production"), true));
    endpoints.append(endpoint(kV2Specification, v2, QStringLiteral("test"), true));
    endpoints.append(endpoint(kV1Specification, publicUrl(request, baseUrl, options.pathPrefix),
        QStringLiteral("production"), false));
    const QString keyService = options.apiKeys.contains(SandboxOptions::kTrainingKey)
        ? tr("Use the API key %1; it opens nothing real.").arg(SandboxOptions::kTrainingKey)
        : tr("Ask whoever runs this training city for an API key.");
    SandboxV2Value document = SandboxV2Value::object();
    document.set(QStringLiteral("changeset"), SandboxV2Value::string(kChangeset))
        .set(QStringLiteral("contact"),
            SandboxV2Value::string(tr("The Open311 Reporter training city: a practice server "
                                      "that files nothing real.")))
        .set(QStringLiteral("key_service"), SandboxV2Value::string(keyService))
        .set(QStringLiteral("endpoints"), endpoints);
    return document;
}

QUrl SandboxV2Discovery::publicUrl(
    const HttpRequest& request, const QUrl& baseUrl, const QString& path)
{
    const QString host = QString::fromLatin1(request.headers.value("host")).trimmed();
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setAuthority(host, QUrl::StrictMode);
    if (host.isEmpty() || !url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        url = baseUrl;
    url.setPath(path);
    return url;
}

} // namespace Open311
