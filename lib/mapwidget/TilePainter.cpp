#include "mapwidget/TilePainter.h"

#include "map/TileLoader.h"

#include <QPainter>

namespace Open311 {

TilePainter::Outcome TilePainter::paint(QPainter& painter, const TileLoader* loader,
    const MapViewport& view, const MapViewport::TileLevel& level)
{
    const QSizeF size = view.size();
    if (!loader) {
        painter.fillRect(QRect(QPoint(0, 0), size.toSize()), background());
        return {};
    }
    bool complete = true;
    int failed = 0;
    const MapViewport::TileGrid grid = view.tileGrid(level.z);
    const QList<TileKey> keys = view.visibleTiles(level, 0);
    // Above the north pole and below the south pole there are no tiles.
    const qreal worldTop = grid.origin.y();
    if (worldTop > 0)
        painter.fillRect(QRectF(0, 0, size.width(), worldTop + 1), background());
    const qreal worldBottom = grid.worldBottom();
    if (worldBottom < size.height())
        painter.fillRect(QRectF(0, worldBottom - 1, size.width(), size.height() - worldBottom + 1),
            background());
    for (const TileKey& key : keys) {
        const QRectF target = grid.rect(key);
        const QImage image = loader->tile(key);
        if (!image.isNull()) {
            const qreal ratio = image.devicePixelRatio();
            const QTransform toDevice = painter.combinedTransform();
            if (toDevice.type() <= QTransform::TxScale && qFuzzyCompare(toDevice.m11(), ratio)
                && qFuzzyCompare(toDevice.m22(), ratio)
                && qFuzzyCompare(target.width() * ratio, qreal(image.width()))
                && qFuzzyCompare(target.height() * ratio, qreal(image.height()))) {
                // Pixel for pixel on the device (a whole zoom level; an @2x tile on a 2x screen):
                // smoothing would only send the tile through the slow scaler (9.6 -> 6.3 ms a
                // frame at 200 %).
                const bool smooth = painter.testRenderHint(QPainter::SmoothPixmapTransform);
                painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
                painter.drawImage(target.topLeft(), image);
                painter.setRenderHint(QPainter::SmoothPixmapTransform, smooth);
            } else
                painter.drawImage(target, image);
            continue;
        }
        complete = false;
        painter.fillRect(target, background());
        const bool filledIn = paintFromParents(painter, *loader, key, target)
            || paintFromChildren(painter, *loader, key, target);
        // Failed with nothing of a parent or a child to show in its place: empty for good.
        if (!filledIn && loader->hasFailed(key))
            ++failed;
    }
    return { complete, !keys.isEmpty() && failed == keys.size() };
}

bool TilePainter::paintFromParents(
    QPainter& painter, const TileLoader& loader, const TileKey& key, const QRectF& target)
{
    TileKey parent = key;
    for (int level = 1; level <= kParentLevels && parent.z > 0; ++level) {
        parent = parent.parent();
        const QImage image = loader.tile(parent);
        if (image.isNull())
            continue;
        const int span = 1 << level;
        const qreal part = qreal(image.width()) / span;
        const QRectF source((key.x % span) * part, (key.y % span) * part, part, part);
        painter.drawImage(target, image, source);
        return true;
    }
    return false;
}

bool TilePainter::paintFromChildren(
    QPainter& painter, const TileLoader& loader, const TileKey& key, const QRectF& target)
{
    bool any = false;
    for (int i = 0; i < 4; ++i) {
        const TileKey child { key.z + 1, key.x * 2 + (i & 1), key.y * 2 + (i >> 1), key.scale };
        const QImage image = loader.tile(child);
        if (image.isNull())
            continue;
        const QSizeF half = target.size() / 2;
        painter.drawImage(
            QRectF(
                target.topLeft() + QPointF((i & 1) * half.width(), (i >> 1) * half.height()), half),
            image);
        any = true;
    }
    return any;
}

} // namespace Open311
