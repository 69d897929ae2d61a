#include "mapwidget/ShapeLayer.h"

#include <QPainter>

#include <utility>

namespace Open311 {

namespace {

// Ramer–Douglas–Peucker: a city's outline of thousands of vertices has many closer together
// than a pixel, and the stroker's time grows with every one of them.
QPolygonF simplified(const QPolygonF& points, qreal tolerance)
{
    const qsizetype count = points.size();
    if (count < 4)
        return points;
    QList<bool> keep(count, false);
    keep[0] = keep[count - 1] = true;
    QList<std::pair<qsizetype, qsizetype>> spans { { 0, count - 1 } };
    const qreal limit = tolerance * tolerance;
    while (!spans.isEmpty()) {
        const auto [first, last] = spans.takeLast();
        const QPointF a = points[first];
        const QPointF ab = points[last] - a;
        const qreal length = QPointF::dotProduct(ab, ab);
        qreal farthest = -1;
        qsizetype at = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const QPointF ap = points[i] - a;
            qreal distance = 0;
            if (length == 0) {
                distance = QPointF::dotProduct(ap, ap);
            } else {
                const qreal cross = ab.x() * ap.y() - ab.y() * ap.x();
                distance = cross * cross / length;
            }
            if (distance > farthest) {
                farthest = distance;
                at = i;
            }
        }
        if (at > 0 && farthest > limit) {
            keep[at] = true;
            spans.append({ first, at });
            spans.append({ at, last });
        }
    }
    QPolygonF result;
    for (qsizetype i = 0; i < count; ++i) {
        if (keep[i])
            result.append(points[i]);
    }
    return result;
}

} // namespace

void ShapeLayer::setArea(const MapShape& area, const ShapeStyle& style, const QColor& outside)
{
    clearArea();
    m_area.shape = area;
    m_area.style = style;
    m_outside = outside;
}

int ShapeLayer::add(const MapShape& shape, const ShapeStyle& style)
{
    Entry entry;
    entry.id = m_nextId++;
    entry.shape = shape;
    entry.style = style;
    m_entries.append(entry);
    return entry.id;
}

void ShapeLayer::remove(int id)
{
    m_entries.removeIf([id](const Entry& entry) { return entry.id == id; });
}

bool ShapeLayer::inView(const Entry& entry, double scale, const QPointF& origin, const QRectF& view)
{
    const QRectF world = entry.shape.worldBounds();
    const qreal reach = entry.style.strokeWidth / 2 + entry.style.haloWidth + 1;
    const QRectF onScreen(world.x() * scale + origin.x(), world.y() * scale + origin.y(),
        world.width() * scale, world.height() * scale);
    return onScreen.adjusted(-reach, -reach, reach, reach).intersects(view);
}

const QPainterPath& ShapeLayer::devicePath(Entry& entry, double scale)
{
    if (entry.scale != scale) {
        const QPainterPath& world = entry.shape.worldPath();
        entry.device = QPainterPath();
        entry.device.setFillRule(world.fillRule());
        // A quarter pixel is below what antialiasing can show.
        const bool closed = entry.shape.kind() != MapShape::Kind::Polyline;
        for (const QPolygonF& part : world.toSubpathPolygons(QTransform::fromScale(scale, scale))) {
            entry.device.addPolygon(simplified(part, 0.25));
            if (closed)
                entry.device.closeSubpath();
        }
        entry.scale = scale;
    }
    return entry.device;
}

void ShapeLayer::stroke(QPainter& painter, const Entry& entry)
{
    const ShapeStyle& style = entry.style;
    if (style.fill.alpha() > 0 && entry.shape.kind() != MapShape::Kind::Polyline)
        painter.fillPath(entry.device, style.fill);
    if (style.haloWidth > 0 && style.halo.alpha() > 0) {
        painter.strokePath(entry.device,
            QPen(style.halo, style.strokeWidth + 2 * style.haloWidth, Qt::SolidLine, Qt::FlatCap,
                Qt::BevelJoin));
    }
    // Round joins cost an arc at each of thousands of vertices; at a pixel apart bevels look
    // the same.
    QPen pen(style.stroke, style.strokeWidth, Qt::SolidLine, Qt::FlatCap, Qt::BevelJoin);
    if (!style.dashes.isEmpty())
        pen.setDashPattern(style.dashes);
    painter.strokePath(entry.device, pen);
}

void ShapeLayer::renderArea(const QRectF& rect, double scale, qreal devicePixelRatio)
{
    m_areaImage
        = QImage((rect.size() * devicePixelRatio).toSize(), QImage::Format_ARGB32_Premultiplied);
    m_areaImage.setDevicePixelRatio(devicePixelRatio);
    m_areaImage.fill(Qt::transparent);
    m_areaImageRect = rect;
    m_areaImageScale = scale;
    ++m_areaRenders;
    QPainter painter(&m_areaImage);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.translate(-rect.topLeft());
    // The image with the area cut out of it: odd-even, so holes are outside too.
    QPainterPath outside = devicePath(m_area, scale);
    outside.addRect(rect);
    painter.fillPath(outside, m_outside);
    stroke(painter, m_area);
    painter.end();
    classifyAreaBlocks();
}

void ShapeLayer::classifyAreaBlocks()
{
    // Blending the whole image cost 2 to 3.5 ms a full-HD frame; a square that is empty is
    // skipped, and one that is only the dimming is one solid fill.
    const QImage& image = m_areaImage;
    QImage dimmed(1, 1, QImage::Format_ARGB32_Premultiplied);
    dimmed.fill(m_outside);
    const QRgb dim = dimmed.pixel(0, 0);
    m_blockColumns = (image.width() + kBlock - 1) / kBlock;
    const int rows = (image.height() + kBlock - 1) / kBlock;
    m_blocks.fill(Block::Empty, qsizetype(m_blockColumns) * rows);
    QList<bool> seenEmpty(m_blocks.size(), false);
    QList<bool> seenDim(m_blocks.size(), false);
    QList<bool> seenOther(m_blocks.size(), false);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        const qsizetype rowStart = qsizetype(y / kBlock) * m_blockColumns;
        for (int x = 0; x < image.width(); ++x) {
            const qsizetype block = rowStart + x / kBlock;
            if (line[x] == 0)
                seenEmpty[block] = true;
            else if (line[x] == dim)
                seenDim[block] = true;
            else
                seenOther[block] = true;
        }
    }
    for (qsizetype i = 0; i < m_blocks.size(); ++i) {
        if (seenOther[i] || (seenEmpty[i] && seenDim[i]))
            m_blocks[i] = Block::Mixed;
        else
            m_blocks[i] = seenDim[i] ? Block::Dimmed : Block::Empty;
    }
}

void ShapeLayer::paintArea(QPainter& painter, const QPointF& origin, const QRectF& screen) const
{
    const qreal ratio = m_areaImage.devicePixelRatio();
    // On whole device pixels, unfiltered: a blit at a fraction of a pixel is resampled, and an
    // antialiased fill has soft edges where two blocks meet.
    const QPointF topLeft
        = QPointF(QPointF((m_areaImageRect.topLeft() + origin) * ratio).toPoint()) / ratio;
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    const qreal side = kBlock / ratio; // a block in logical pixels
    const int rows = m_blockColumns > 0 ? int(m_blocks.size() / m_blockColumns) : 0;
    // Only the blocks the view shows.
    const int firstColumn = qMax(0, int((screen.left() - topLeft.x()) / side));
    const int lastColumn = qMin(m_blockColumns - 1, int((screen.right() - topLeft.x()) / side));
    const int firstRow = qMax(0, int((screen.top() - topLeft.y()) / side));
    const int lastRow = qMin(rows - 1, int((screen.bottom() - topLeft.y()) / side));
    for (int row = firstRow; row <= lastRow; ++row) {
        int column = firstColumn;
        while (column <= lastColumn) {
            const Block kind = m_blocks[qsizetype(row) * m_blockColumns + column];
            int end = column + 1;
            while (end <= lastColumn && m_blocks[qsizetype(row) * m_blockColumns + end] == kind)
                ++end;
            const QRect source(column * kBlock, row * kBlock, (end - column) * kBlock, kBlock);
            const QRect clipped = source.intersected(m_areaImage.rect());
            const QRectF target(topLeft + QPointF(clipped.x(), clipped.y()) / ratio,
                QSizeF(clipped.size()) / ratio);
            if (kind == Block::Dimmed)
                painter.fillRect(target, m_outside);
            else if (kind == Block::Mixed)
                painter.drawImage(target, m_areaImage, clipped);
            column = end;
        }
    }
}

void ShapeLayer::paint(QPainter& painter, const MapViewport& view)
{
    m_painted = 0;
    if (isEmpty())
        return;
    const double scale = view.worldSize();
    const QPointF origin = view.worldOrigin();
    const QRectF screen(QPointF(0, 0), view.size());
    painter.save();
    if (hasArea()) {
        if (!inView(m_area, scale, origin, screen)) {
            // All of the view lies outside the area.
            painter.fillRect(screen, m_outside);
        } else {
            const QRectF wanted = screen.translated(-origin);
            const qreal ratio = painter.device()->devicePixelRatioF();
            // A pixel of slack: the view's edges are fractional, the image's whole.
            if (m_areaImage.isNull() || m_areaImageScale != scale
                || m_areaImage.devicePixelRatio() != ratio
                || !m_areaImageRect.adjusted(-1, -1, 1, 1).contains(wanted))
                renderArea(wanted.adjusted(-kAreaMargin, -kAreaMargin, kAreaMargin, kAreaMargin)
                               .toAlignedRect(),
                    scale, ratio);
            painter.save(); // unfiltered, without antialiasing: not for the shapes above
            paintArea(painter, origin, screen);
            painter.restore();
            ++m_painted;
        }
    }
    painter.translate(origin);
    for (Entry& entry : m_entries) {
        if (!inView(entry, scale, origin, screen))
            continue;
        devicePath(entry, scale);
        stroke(painter, entry);
        ++m_painted;
    }
    painter.restore();
}

} // namespace Open311
