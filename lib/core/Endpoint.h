#pragma once

#include "core/Error.h"
#include "core/Protocol.h"

#include <QUrl>

#include <optional>

namespace Open311 {

// Where a jurisdiction's GeoReport server lives. The API key is not part of it: it comes from a
// key provider at the moment a request is made, so it is never stored next to the URL.
class Endpoint
{
    Q_DECLARE_TR_FUNCTIONS(Open311::Endpoint)

public:
    Endpoint() = default;
    // For GeoReport v2 the city id is the jurisdiction_id, which servers with one city omit.
    Endpoint(const QUrl& baseUrl, const QString& cityId, bool allowPlainHttp = false,
        Protocol protocol = Protocol::GeoReportV1, WireFormat format = WireFormat::Json);

    QUrl baseUrl() const { return m_baseUrl; }
    QString cityId() const { return m_cityId; }
    bool allowPlainHttp() const { return m_allowPlainHttp; }
    Protocol protocol() const { return m_protocol; }
    // The v2 format asked for first; v1 is XML whatever this says.
    WireFormat format() const { return m_format; }
    Endpoint withFormat(WireFormat format) const;
    // v2: the `locale` that services and their questions are asked in; empty: the server's own.
    QString locale() const { return m_locale; }
    Endpoint withLocale(const QString& locale) const;

    // The base URL with the method name appended: ".../dev/V1/" + "service_list".
    QUrl methodUrl(const QString& method) const;

    // Why this endpoint must not be used, if it must not.
    std::optional<Error> check() const;

    static bool isLoopbackHost(const QString& host);
    // One rule for every server a jurisdiction names (GeoReport, tiles, geocoder, feeds): plain
    // HTTP only to this machine, or where someone allowed it on purpose.
    static bool refusesPlainHttp(const QUrl& url, bool allowPlainHttp);

private:
    QUrl m_baseUrl;
    QString m_cityId;
    bool m_allowPlainHttp = false;
    Protocol m_protocol = Protocol::GeoReportV1;
    WireFormat m_format = WireFormat::Json;
    QString m_locale;
};

} // namespace Open311
