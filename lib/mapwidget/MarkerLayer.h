#pragma once

#include "map/MapViewport.h"
#include "map/MarkerClusterer.h"
#include "mapwidget/MapMarker.h"

#include <QHash>
#include <QList>
#include <QPixmap>
#include <QStaticText>

#include <optional>

class QPainter;

namespace Open311 {

// The markers over the map: each projected once, grouped into clusters when zoomed out,
// found under the pointer, and painted.
class MarkerLayer
{
public:
    // Below this zoom nearby markers are drawn as one circle with their count.
    static constexpr double kClusterZoom = 16.0;

    void setMarkers(const QList<MapMarker>& markers);
    const QList<MapMarker>& markers() const { return m_markers; }

    // Those in or near the view, grouped by 44-pixel cells of it below kClusterZoom.
    QList<MarkerClusterer::Cluster> clusters(const MapViewport& view) const;
    // The single marker nearest the point, within 10 pixels.
    const MapMarker* markerAt(const QPointF& point, const MapViewport& view) const;
    // The centre of a cluster of several within 16 pixels of the point.
    std::optional<QPointF> clusterAt(const QPointF& point, const MapViewport& view) const;

    // The counts are laid out in the painter's font.
    void paint(QPainter& painter, const MapViewport& view, qreal devicePixelRatio);

private:
    QList<MapMarker> m_markers;
    QList<QPointF> m_world; // each marker in world units (0..1)
    QHash<int, QStaticText> m_countTexts;
    QHash<int, QPixmap> m_clusterStamps;
};

} // namespace Open311
