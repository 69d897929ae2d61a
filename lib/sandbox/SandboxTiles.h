#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QCache>
#include <QString>

#include <memory>

namespace Open311 {

class TileRenderer;

// The training city's map tiles at /tiles/{z}/{x}/{y}.png (and @2x): rendered on demand, kept
// for the next client up to a byte budget, and marked with an ETag so a map asks only once.
class SandboxTiles
{
public:
    // 0 bytes keeps no tile.
    explicit SandboxTiles(qsizetype cacheBytes);
    ~SandboxTiles();
    SandboxTiles(const SandboxTiles&) = delete;
    SandboxTiles& operator=(const SandboxTiles&) = delete;

    HttpResponse answer(const HttpRequest& request);
    qsizetype cacheBytes() const { return m_cache.totalCost(); }

private:
    std::unique_ptr<TileRenderer> m_renderer;
    QCache<QString, QByteArray> m_cache; // by path
};

} // namespace Open311
