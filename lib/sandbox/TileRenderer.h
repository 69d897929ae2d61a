#pragma once

#include <QByteArray>
#include <QImage>

namespace Open311 {

// Draws the training city's street grid as XYZ raster tiles, so the map has something real to
// show with no network. Needs a QGuiApplication for its fonts (offscreen is enough).
class TileRenderer
{
public:
    static constexpr int kMinZoom = 0;
    static constexpr int kMaxZoom = 19;
    static constexpr int kTileSize = 256;
    static constexpr int kStyleVersion = 2; // part of the ETag: bump when the drawing changes

    QImage render(int z, int x, int y, int scale = 1) const;
    QByteArray renderPng(int z, int x, int y, int scale = 1) const;
};

} // namespace Open311
