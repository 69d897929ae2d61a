#pragma once

#include "core/Endpoint.h"
#include "core/Protocol.h"
#include "core/ServerLocale.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cmath>
#include <limits>

namespace Open311 {

// One jurisdiction as the app talks to it. The API key is not here: it lives in the keychain
// (or a provisioned key file) and is fetched when a request is made.
struct Profile
{
    QString id; // stable, for settings, drafts and the outbox
    QString displayName;
    Protocol protocol = Protocol::GeoReportV1;
    bool unknownProtocol = false; // configured with a dialect this version cannot speak
    WireFormat format = WireFormat::Json; // v2: JSON where the city offers it
    QUrl baseUrl;
    QString cityId; // v2: the jurisdiction_id, empty where the server has one city
    bool allowPlainHttp = false;
    QString tileUrlTemplate; // XYZ; empty: OpenStreetMap
    QString tileAttribution;
    QUrl tileAttributionUrl;
    QUrl geocoderUrl; // Nominatim-compatible; empty: none
    // The language the city works in (BCP 47, "en"); asked of the geocoder after the caller's.
    QString cityLanguage;
    // v2: the languages the server answers in through a `locale` parameter, spelled as it
    // wants them ("en", "es_US"); empty: it has one, and is sent none.
    QStringList serverLocales;
    // Cities that run one server per language: the base URL for a language tag ("es"), in the
    // same database, so ids and tokens hold across them. A reader of any other gets baseUrl.
    QMap<QString, QUrl> languageEndpoints;
    int pollIntervalSeconds = 300;
    QStringList feeds; // published requests (KML, GeoJSON, CSV): URLs or files
    // The city's service area as GeoJSON: an http(s) URL or a file; empty: none known.
    QString serviceArea;
    int feedRefreshMinutes = 30;
    double duplicateRadiusMeters = 50;
    bool usesAccountId = false;
    // A discovery document's test endpoint: reports there are not real, and the app says so.
    bool testEndpoint = false;
    // v2: the city takes photos as multipart `media` parts with a create. No discovery document
    // says so, so the person who adds the city (or IT) does.
    bool acceptsPhotoUploads = false;
    bool isTraining = false;
    bool deprecated = false; // kept for reference, not for submitting
    QString note; // e.g. "Deprecated August 2013"
    QUrl keyRequestUrl;
    // Where the map opens for this jurisdiction (WGS84); NaN: nowhere in particular.
    double homeLatitude = std::numeric_limits<double>::quiet_NaN();
    double homeLongitude = std::numeric_limits<double>::quiet_NaN();
    double homeZoom = 12;

    Endpoint endpoint() const
    {
        return Endpoint(baseUrl, cityId, allowPlainHttp, protocol, format);
    }
    QUrl baseUrlFor(const QString& language) const
    {
        const QString tag = ServerLocale::pick(languageEndpoints.keys(), language);
        return tag.isEmpty() ? baseUrl : languageEndpoints.value(tag);
    }
    // Service names and questions then come in `language` where the city writes them in it.
    Endpoint endpointFor(const QString& language) const
    {
        const Endpoint local(baseUrlFor(language), cityId, allowPlainHttp, protocol, format);
        // v1 has no such parameter.
        if (protocol != Protocol::GeoReportV2)
            return local;
        return local.withLocale(ServerLocale::pick(serverLocales, language));
    }
    bool hasHome() const { return !std::isnan(homeLatitude) && !std::isnan(homeLongitude); }
};

} // namespace Open311
