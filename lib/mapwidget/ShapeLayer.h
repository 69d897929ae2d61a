#pragma once

#include "map/MapShape.h"
#include "map/MapViewport.h"

#include <QImage>
#include <QList>
#include <QPainterPath>

class QPainter;

namespace Open311 {

// The shapes over the tiles: the jurisdiction's area, with everything outside it dimmed, and
// other shapes above it (the radius that the duplicate hint searches). Each shape's path is
// scaled to the view's zoom once, simplified to what a pixel can show, and then only moved
// while panning; a shape outside the view is not painted at all. The area (thousands of
// vertices, a fill across the whole view) is drawn into an image a margin larger than the view
// and blitted, so that a frame costs the same whatever the outline.
class ShapeLayer
{
public:
    static constexpr int kNoShape = 0;

    // The area whose outside is dimmed; one at a time.
    void setArea(const MapShape& area, const ShapeStyle& style, const QColor& outside);
    void clearArea()
    {
        m_area = Entry();
        // All of it: a null image reports a ratio of 1, which passed for a cache still valid.
        m_areaImage = QImage();
        m_areaImageRect = QRectF();
        m_areaImageScale = -1;
        m_blocks.clear();
        m_blockColumns = 0;
    }
    bool hasArea() const { return !m_area.shape.isEmpty(); }

    // An id for remove().
    int add(const MapShape& shape, const ShapeStyle& style);
    void remove(int id);
    bool isEmpty() const { return m_entries.isEmpty() && !hasArea(); }

    void paint(QPainter& painter, const MapViewport& view);
    // Shapes the last paint drew, the area included: those outside the view are culled.
    int paintedLastTime() const { return m_painted; }
    // Times the area was drawn afresh into its image (a new zoom, or a pan past the margin).
    int areaRenders() const { return m_areaRenders; }

    // How far past the view the area's image reaches, in logical pixels.
    static constexpr int kAreaMargin = 192;

private:
    struct Entry
    {
        int id = kNoShape;
        MapShape shape;
        ShapeStyle style;
        QPainterPath device; // the world path at `scale` pixels per world unit
        double scale = -1;
    };

    static bool inView(const Entry& entry, double scale, const QPointF& origin, const QRectF& view);
    static const QPainterPath& devicePath(Entry& entry, double scale);
    static void stroke(QPainter& painter, const Entry& entry);
    void renderArea(const QRectF& rect, double scale, qreal devicePixelRatio);
    void classifyAreaBlocks();
    void paintArea(QPainter& painter, const QPointF& origin, const QRectF& screen) const;

    Entry m_area;
    QColor m_outside;
    QImage m_areaImage;
    QRectF m_areaImageRect; // in logical pixels from the world's origin at m_areaImageScale
    double m_areaImageScale = -1;
    // Each square of the image: nothing in it, only the outside's dimming, or the outline.
    enum class Block : quint8
    {
        Empty,
        Dimmed,
        Mixed,
    };
    static constexpr int kBlock = 64; // device pixels
    QList<Block> m_blocks;
    int m_blockColumns = 0;
    int m_areaRenders = 0;
    QList<Entry> m_entries;
    int m_nextId = 1;
    int m_painted = 0;
};

} // namespace Open311
