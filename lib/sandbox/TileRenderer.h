#pragma once

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>

namespace Open311 {

// Draws the training city's street grid as XYZ raster tiles, so the map has something real to
// show with no network. Needs a QGuiApplication for its fonts (offscreen is enough). One
// thread at a time: it keeps the names it has placed.
class TileRenderer
{
public:
    static constexpr int kMinZoom = 0;
    static constexpr int kMaxZoom = 19;
    static constexpr int kTileSize = 256;
    static constexpr int kStyleVersion = 5; // part of the ETag: bump when the drawing changes

    // A road's name as zoom z shows it, in world pixels (the whole world is 256 << z wide).
    struct Label
    {
        QString text;
        QPointF centre;
        bool vertical = false;
        QRectF bounds; // with its halo
    };
    static QList<Label> labels(int z);

    QImage render(int z, int x, int y, int scale = 1) const;
    QByteArray renderPng(int z, int x, int y, int scale = 1) const;

private:
    // Placing a zoom's names takes 1-3 ms; every tile of that zoom needs them.
    mutable QHash<int, QList<Label>> m_labels;
};

} // namespace Open311
