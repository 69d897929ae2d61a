#include "sandbox/SandboxBoundary.h"

#include "sandbox/SandboxCity.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace Open311 {

QByteArray SandboxBoundary::geoJson()
{
    const double edge = SandboxCity::kLinesPerSide * SandboxCity::kBlockMeters + kMarginMeters;
    QJsonArray ring;
    // Counter-clockwise, as RFC 7946 asks of an outer ring.
    for (const auto& [east, north] : { std::pair { -edge, -edge }, std::pair { edge, -edge },
             std::pair { edge, edge }, std::pair { -edge, edge }, std::pair { -edge, -edge } }) {
        double latitude = 0;
        double longitude = 0;
        SandboxCity::fromMeters(east, north, latitude, longitude);
        ring.append(QJsonArray { longitude, latitude });
    }
    const QJsonObject feature {
        { QStringLiteral("type"), QStringLiteral("Feature") },
        { QStringLiteral("properties"),
            QJsonObject { { QStringLiteral("name"), SandboxCity::cityName() } } },
        { QStringLiteral("geometry"),
            QJsonObject { { QStringLiteral("type"), QStringLiteral("Polygon") },
                { QStringLiteral("coordinates"), QJsonArray { ring } } } },
    };
    return QJsonDocument(feature).toJson(QJsonDocument::Compact);
}

HttpResponse SandboxBoundary::answer()
{
    HttpResponse response = HttpResponse::json(geoJson());
    response.contentType = "application/geo+json";
    return response;
}

} // namespace Open311
