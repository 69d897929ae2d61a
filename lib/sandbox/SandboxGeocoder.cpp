#include "sandbox/SandboxGeocoder.h"

#include "sandbox/SandboxCity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Open311 {

namespace {

QJsonObject placeJson(const SandboxCity::Place& place, int placeId)
{
    QJsonObject address { { QStringLiteral("road"), place.road },
        { QStringLiteral("city"), SandboxCity::cityName() },
        { QStringLiteral("country"), SandboxCity::tr("Sandbox Country") },
        { QStringLiteral("country_code"), QStringLiteral("xx") } };
    if (!place.houseNumber.isEmpty())
        address.insert(QStringLiteral("house_number"), place.houseNumber);
    const QString lat = QString::number(place.latitude, 'f', 7);
    const QString lon = QString::number(place.longitude, 'f', 7);
    return {
        { QStringLiteral("place_id"), placeId },
        { QStringLiteral("licence"),
            QStringLiteral("Synthetic data of the Open311 Reporter training city") },
        { QStringLiteral("lat"), lat },
        { QStringLiteral("lon"), lon },
        { QStringLiteral("category"), QStringLiteral("place") },
        { QStringLiteral("type"),
            place.houseNumber.isEmpty() ? QStringLiteral("street") : QStringLiteral("house") },
        { QStringLiteral("place_rank"), 30 },
        { QStringLiteral("importance"), 0.5 },
        { QStringLiteral("addresstype"), QStringLiteral("place") },
        { QStringLiteral("name"), place.road },
        { QStringLiteral("display_name"), place.displayName },
        { QStringLiteral("address"), address },
        { QStringLiteral("boundingbox"),
            QJsonArray { QString::number(place.latitude - 0.0001, 'f', 7),
                QString::number(place.latitude + 0.0001, 'f', 7),
                QString::number(place.longitude - 0.0001, 'f', 7),
                QString::number(place.longitude + 0.0001, 'f', 7) } },
    };
}

} // namespace

HttpResponse SandboxGeocoder::search(const HttpRequest& request)
{
    const QString format = request.queryValue(QStringLiteral("format"));
    if (!format.isEmpty() && format != QLatin1String("jsonv2") && format != QLatin1String("json"))
        return HttpResponse::json(R"({"error":"Only format=jsonv2 is supported."})", 400);
    const QString query = request.queryValue(QStringLiteral("q"));
    bool ok = false;
    int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit <= 0)
        limit = 10;
    QJsonArray results;
    int placeId = 1;
    for (const SandboxCity::Place& place : SandboxCity::search(query, qMin(limit, 40)))
        results.append(placeJson(place, placeId++));
    return HttpResponse::json(QJsonDocument(results).toJson(QJsonDocument::Compact));
}

HttpResponse SandboxGeocoder::reverse(const HttpRequest& request)
{
    bool latOk = false;
    bool lonOk = false;
    const double lat = request.queryValue(QStringLiteral("lat")).toDouble(&latOk);
    const double lon = request.queryValue(QStringLiteral("lon")).toDouble(&lonOk);
    if (!latOk || !lonOk)
        return HttpResponse::json(
            R"({"error":"Parameter 'lat' or 'lon' missing or invalid."})", 400);
    const std::optional<SandboxCity::Place> place = SandboxCity::reverse(lat, lon);
    // Nominatim answers "nothing here" with 200 and an error object.
    if (!place)
        return HttpResponse::json(R"({"error":"Unable to geocode"})");
    return HttpResponse::json(QJsonDocument(placeJson(*place, 1)).toJson(QJsonDocument::Compact));
}

} // namespace Open311
