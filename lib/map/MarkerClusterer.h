#pragma once

#include <QList>
#include <QPointF>
#include <QSizeF>

namespace Open311 {

// Groups markers that would be drawn on top of each other: those in view fall into cells of a
// fixed size on the screen, and each cell's markers become one cluster. Screen maths only, so
// it is tested without a widget.
class MarkerClusterer
{
public:
    struct Cluster
    {
        QPointF sum; // of the members' screen positions; sum / count is the centre
        int count = 0;
        int first = -1; // the first member's index
    };

    static constexpr double kCell = 44.0;

    // world: each marker in world units (0..1); worldSize: pixels across the world at this
    // zoom; offset: where world point 0,0 falls on the screen. Markers more than a cell outside
    // the view are left out; with group false each marker in view is a cluster of its own.
    static QList<Cluster> cluster(const QList<QPointF>& world, double worldSize,
        const QPointF& offset, const QSizeF& view, bool group);
};

} // namespace Open311
