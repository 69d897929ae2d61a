#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace Open311 {

// One endpoint listed by a discovery document.
struct DiscoveryEndpoint
{
    QString specification; // "http://wiki.open311.org/GeoReport_v2", or a draft's name
    QUrl url;
    QString changeset; // as given; real servers write "2011-09-1 17:35"
    QString type; // production or test, as given
    QStringList formats; // "text/xml", "application/json"

    bool isV2() const;
    bool isV1() const;
    bool isDraft() const;
    bool isProduction() const;
    bool isTest() const;
    bool offersJson() const;
};

// discovery.{json,xml}: who runs the server, where to ask for a key, and its endpoints.
struct Discovery
{
    QString changeset;
    QString contact;
    QString keyService;
    QList<DiscoveryEndpoint> endpoints;

    // The endpoint a client should use: production GeoReport v2 (not a draft), JSON where it is
    // offered; then a test v2 endpoint. Null when there is no v2 endpoint at all.
    const DiscoveryEndpoint* preferred() const;
};

} // namespace Open311
