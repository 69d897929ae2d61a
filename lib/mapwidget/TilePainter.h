#pragma once

#include "map/MapViewport.h"

#include <QColor>

class QPainter;

namespace Open311 {

class TileLoader;

// Paints the view's tiles from the loader's memory cache. A tile not there yet is stood in for
// by the matching part of a parent or by its children; where there is neither, the background.
class TilePainter
{
public:
    struct Outcome
    {
        bool complete = false; // every tile of the view was there
        // Every tile of the view failed for good, with no parent or child to show instead.
        bool failed = false;
    };

    // How far up a missing tile looks for a stand-in: beyond that a parent is too blurred.
    static constexpr int kParentLevels = 4;

    static QColor background() { return QColor(0xe8, 0xe6, 0xe1); }

    // Without a loader only the background.
    static Outcome paint(QPainter& painter, const TileLoader* loader, const MapViewport& view,
        const MapViewport::TileLevel& level);

private:
    static bool paintFromParents(
        QPainter& painter, const TileLoader& loader, const TileKey& key, const QRectF& target);
    static bool paintFromChildren(
        QPainter& painter, const TileLoader& loader, const TileKey& key, const QRectF& target);
};

} // namespace Open311
