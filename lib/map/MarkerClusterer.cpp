#include "map/MarkerClusterer.h"

#include <cmath>

namespace Open311 {

QList<MarkerClusterer::Cluster> MarkerClusterer::cluster(const QList<QPointF>& world,
    double worldSize, const QPointF& offset, const QSizeF& view, bool group)
{
    const double left = -kCell;
    const double top = -kCell;
    const double right = view.width() + kCell;
    const double bottom = view.height() + kCell;
    // A flat grid of the cells in view: a hash per marker was most of a 100,000-marker frame.
    const int columns = int(std::ceil((right - left) / kCell)) + 1;
    const int rows = int(std::ceil((bottom - top) / kCell)) + 1;
    QList<int> cellCluster(group ? columns * rows : 0, -1);
    QList<Cluster> result;
    for (int i = 0; i < world.size(); ++i) {
        const double x = world[i].x() * worldSize + offset.x();
        const double y = world[i].y() * worldSize + offset.y();
        if (x < left || x >= right || y < top || y >= bottom)
            continue;
        if (!group) {
            result.append({ QPointF(x, y), 1, i });
            continue;
        }
        int& slot = cellCluster[int((x - left) / kCell) * rows + int((y - top) / kCell)];
        if (slot < 0) {
            slot = int(result.size());
            result.append({ QPointF(x, y), 1, i });
        } else {
            Cluster& c = result[slot];
            c.sum += QPointF(x, y);
            ++c.count;
        }
    }
    return result;
}

} // namespace Open311
