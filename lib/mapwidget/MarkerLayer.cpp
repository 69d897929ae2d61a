#include "mapwidget/MarkerLayer.h"

#include "core/WebMercator.h"

#include <QLineF>
#include <QLocale>
#include <QPainter>

#include <cmath>

namespace Open311 {

void MarkerLayer::setMarkers(const QList<MapMarker>& markers)
{
    m_markers = markers;
    m_world.clear();
    m_world.reserve(markers.size());
    for (const MapMarker& marker : markers)
        m_world.append(WebMercator::toWorld(
            marker.coordinate.latitude(), marker.coordinate.longitude(), 0, 1));
}

QList<MarkerClusterer::Cluster> MarkerLayer::clusters(const MapViewport& view) const
{
    return MarkerClusterer::cluster(
        m_world, view.worldSize(), view.worldOrigin(), view.size(), view.zoom() < kClusterZoom);
}

const MapMarker* MarkerLayer::markerAt(const QPointF& point, const MapViewport& view) const
{
    const MapMarker* best = nullptr;
    qreal bestDistance = 10;
    for (const MarkerClusterer::Cluster& c : clusters(view)) {
        if (c.count != 1)
            continue;
        const qreal distance = QLineF(point, c.sum).length();
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = &m_markers[c.first];
        }
    }
    return best;
}

std::optional<QPointF> MarkerLayer::clusterAt(const QPointF& point, const MapViewport& view) const
{
    for (const MarkerClusterer::Cluster& c : clusters(view)) {
        if (c.count > 1 && QLineF(c.sum / c.count, point).length() <= 16)
            return c.sum / c.count;
    }
    return std::nullopt;
}

void MarkerLayer::paint(QPainter& painter, const MapViewport& view, qreal devicePixelRatio)
{
    for (const MarkerClusterer::Cluster& c : clusters(view)) {
        if (c.count == 1) {
            painter.setPen(QPen(Qt::white, 2));
            painter.setBrush(m_markers[c.first].color);
            painter.drawEllipse(c.sum, 7, 7);
            continue;
        }
        const QPointF centre = c.sum / c.count;
        const int radius = 12 + int(4 * std::log10(double(c.count)));
        // One antialiased disc per size, stamped: drawing a thousand ellipses cost 20 ms a frame.
        auto stamp = m_clusterStamps.find(radius);
        if (stamp == m_clusterStamps.end()) {
            QPixmap disc(QSize(2 * radius + 4, 2 * radius + 4) * devicePixelRatio);
            disc.setDevicePixelRatio(devicePixelRatio);
            disc.fill(Qt::transparent);
            QPainter discPainter(&disc);
            discPainter.setRenderHint(QPainter::Antialiasing);
            discPainter.setPen(QPen(Qt::white, 2));
            discPainter.setBrush(QColor(0x1f, 0x6f, 0xc5, 220));
            discPainter.drawEllipse(QPointF(radius + 2, radius + 2), radius, radius);
            discPainter.end();
            stamp = m_clusterStamps.insert(radius, disc);
        }
        painter.drawPixmap(
            QPointF(std::round(centre.x()) - radius - 2, std::round(centre.y()) - radius - 2),
            *stamp);
        painter.setPen(Qt::white);
        // Laid-out counts are kept: a thousand clusters each laying out its text cost 30 ms.
        auto text = m_countTexts.find(c.count);
        if (text == m_countTexts.end()) {
            QStaticText label(QLocale().toString(c.count));
            label.prepare(QTransform(), painter.font());
            text = m_countTexts.insert(c.count, label);
        }
        painter.drawStaticText(
            centre - QPointF(text->size().width(), text->size().height()) / 2, *text);
    }
}

} // namespace Open311
