#include "sandbox/SandboxTiles.h"

#include "sandbox/TileRenderer.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Open311 {

SandboxTiles::SandboxTiles(qsizetype cacheBytes)
    : m_renderer(std::make_unique<TileRenderer>())
    , m_cache(cacheBytes)
{ }

SandboxTiles::~SandboxTiles() = default;

HttpResponse SandboxTiles::answer(const HttpRequest& request)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/tiles/(\\d{1,2})/(\\d{1,7})/(\\d{1,7})(@2x)?\\.png$"));
    const QRegularExpressionMatch match = pattern.match(request.path);
    if (!match.hasMatch())
        return HttpResponse::text(404, "No such tile.\n");
    const int z = match.captured(1).toInt();
    const int x = match.captured(2).toInt();
    const int y = match.captured(3).toInt();
    const int scale = match.captured(4).isEmpty() ? 1 : 2;
    if (z < TileRenderer::kMinZoom || z > TileRenderer::kMaxZoom || x >= (1 << z) || y >= (1 << z))
        return HttpResponse::text(404, "No such tile.\n");

    const QByteArray etag = "\"sandbox-" + QByteArray::number(TileRenderer::kStyleVersion) + '-'
        + QCryptographicHash::hash(request.path.toUtf8(), QCryptographicHash::Sha1).toHex().left(20)
        + "\"";
    HttpResponse response;
    response.contentType = "image/png";
    response.headers.append({ QByteArray("Cache-Control"), QByteArray("public, max-age=604800") });
    response.headers.append({ QByteArray("ETag"), etag });
    if (request.headers.value("if-none-match") == etag) {
        response.status = 304;
        return response;
    }
    const QString cacheKey = request.path;
    if (QByteArray* cached = m_cache.object(cacheKey)) {
        response.body = *cached;
        return response;
    }
    response.body = m_renderer->renderPng(z, x, y, scale);
    if (m_cache.maxCost() > 0)
        m_cache.insert(cacheKey, new QByteArray(response.body), response.body.size());
    return response;
}

} // namespace Open311
