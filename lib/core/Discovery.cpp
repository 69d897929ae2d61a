#include "core/Discovery.h"

namespace Open311 {

namespace {

bool mentions(const QString& text, QLatin1String word)
{
    return text.contains(word, Qt::CaseInsensitive);
}

} // namespace

bool DiscoveryEndpoint::isDraft() const
{
    return mentions(specification, QLatin1String("draft"));
}

bool DiscoveryEndpoint::isV2() const
{
    return mentions(specification, QLatin1String("GeoReport_v2"));
}

bool DiscoveryEndpoint::isV1() const
{
    return mentions(specification, QLatin1String("GeoReport_v1"));
}

bool DiscoveryEndpoint::isProduction() const
{
    return type.trimmed().compare(QLatin1String("production"), Qt::CaseInsensitive) == 0;
}

bool DiscoveryEndpoint::isTest() const
{
    return type.trimmed().compare(QLatin1String("test"), Qt::CaseInsensitive) == 0;
}

bool DiscoveryEndpoint::offersJson() const
{
    for (const QString& format : formats) {
        if (mentions(format, QLatin1String("json")))
            return true;
    }
    return false;
}

const DiscoveryEndpoint* Discovery::preferred() const
{
    const DiscoveryEndpoint* best = nullptr;
    int bestScore = -1;
    for (const DiscoveryEndpoint& endpoint : endpoints) {
        if (!endpoint.isV2() || !endpoint.url.isValid())
            continue;
        const int score = (endpoint.isProduction() ? 8 : 0) + (endpoint.isDraft() ? 0 : 4)
            + (endpoint.url.scheme() == QLatin1String("https") ? 2 : 0)
            + (endpoint.offersJson() ? 1 : 0);
        if (score > bestScore) {
            best = &endpoint;
            bestScore = score;
        }
    }
    return best;
}

} // namespace Open311
