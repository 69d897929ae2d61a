#pragma once

#include "map/MapViewport.h"
#include "map/TileKey.h"
#include "map/TileSource.h"
#include "mapwidget/FlickTracker.h"
#include "mapwidget/MapMarker.h"
#include "mapwidget/MarkerLayer.h"
#include "mapwidget/OverlayPainter.h"
#include "mapwidget/ShapeLayer.h"
#include "mapwidget/ZoomButtons.h"

#include <QGeoCoordinate>
#include <QGeoRectangle>
#include <QWidget>

class QTimer;

namespace Open311 {

class TileLoader;

// A slippy map for picking a WGS84 location: XYZ, folder or MBTiles tiles in Web Mercator,
// fractional zoom, a draggable pin, markers, attribution and a scale bar. Works by mouse,
// touch and keyboard (arrows pan, +/- zoom, Enter or Space drops the pin at the centre).
class MapWidget : public QWidget
{
    Q_OBJECT

public:
    explicit MapWidget(QWidget* parent = nullptr);
    ~MapWidget() override;

    // Until this is called the map shows no tiles. diskCacheDirectory empty: memory only.
    void setTileSource(const TileSource& source, const QString& diskCacheDirectory = QString());
    TileLoader* tileLoader() const { return m_loader; }

    QGeoCoordinate center() const { return m_viewport.center(); }
    void setCenter(const QGeoCoordinate& center);
    double zoom() const { return m_viewport.zoom(); }
    void setZoom(double zoom);
    void fitBounds(const QGeoRectangle& bounds);
    double minimumZoom() const { return m_viewport.minimumZoom(); }
    double maximumZoom() const { return m_viewport.maximumZoom(); }

    QGeoCoordinate pin() const { return m_pin; }
    void setPin(const QGeoCoordinate& pin);
    void clearPin();

    void setMarkers(const QList<MapMarker>& markers);
    const QList<MapMarker>& markers() const { return m_markerLayer.markers(); }

    // The jurisdiction's area: its outline drawn, everything outside it dimmed.
    void setServiceArea(const MapShape& area);
    void clearServiceArea();
    bool hasServiceArea() const { return m_shapeLayer.hasArea(); }
    // A circle on the ground around a point: the radius the duplicate hint searches.
    void setNearbyRadius(const QGeoCoordinate& centre, double meters);
    void clearNearbyRadius();
    bool showsNearbyRadius() const { return m_nearbyRadius != ShapeLayer::kNoShape; }
    // Any other shapes.
    ShapeLayer& shapes() { return m_shapeLayer; }

    QPointF toScreen(const QGeoCoordinate& coordinate) const;
    QGeoCoordinate fromScreen(const QPointF& point) const;
    // The tiles the current view asks for, centre first.
    QList<TileKey> visibleTiles(int margin = 0) const;
    // Below this zoom nearby markers are drawn as one circle with their count.
    static constexpr double kClusterZoom = MarkerLayer::kClusterZoom;
    int visibleClusterCount() const { return int(m_markerLayer.clusters(viewport()).size()); }
    QRect attributionRect() const { return m_overlay.attributionRect(); }
    // The map's source gave none of the tiles in view (offline, wrong address): the map says so.
    bool isViewUnavailable() const { return m_viewFailed; }
    // The attribution's link and how the tiles travel ("Tiles from HOST over HTTP/2").
    QString attributionToolTip() const;

    // What the map's accessible description says while its tiles are there.
    static QString keyboardHelp();
    // A flick keeps the map gliding for a moment unless turned off (motion can make people
    // unwell; WCAG 2.3.3).
    void setKineticPanning(bool on) { m_kineticPanning = on; }
    bool kineticPanning() const { return m_kineticPanning; }
    // Where the pin is, in words (its address), said before the keyboard help.
    void setPlaceDescription(const QString& place);

    // Larger buttons for fingers (kiosks).
    void setTouchMode(bool touch);
    // A pin that shows where something is (a followed request) and that clicks, drags and keys
    // must not move; the view still pans and zooms.
    void setPinFixed(bool fixed) { m_pinFixed = fixed; }
    bool isPinFixed() const { return m_pinFixed; }

    QSize sizeHint() const override { return { 640, 480 }; }
    QSize minimumSizeHint() const override { return { 200, 160 }; }

Q_SIGNALS:
    void pinChanged(const QGeoCoordinate& pin);
    // Only when a person moved the pin (click, drag, keyboard), not setPin().
    void pinPlacedByUser(const QGeoCoordinate& pin);
    void viewChanged();
    void markerActivated(const QString& id);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    static constexpr int kKeyboardPanPixels = 80;

    // The view follows the widget's size on every use: a hidden widget is resized without a
    // resize event.
    const MapViewport& viewport() const;
    MapViewport& viewport();
    MapViewport::TileLevel tileLevel() const;
    void panBy(const QPointF& screenDelta);
    void zoomAbout(double newZoom, const QPointF& screenPoint);
    void viewDidChange();
    void requestTiles();
    void placePinByUser(const QGeoCoordinate& coordinate);
    void startInteraction();
    void kineticStep();
    bool nearPin(const QPointF& point) const;
    void paintTiles(QPainter& painter);
    void updateDescription();

    TileSource m_source;
    TileLoader* m_loader = nullptr;
    mutable MapViewport m_viewport;
    QGeoCoordinate m_pin;
    bool m_pinFixed = false;
    MarkerLayer m_markerLayer;
    ShapeLayer m_shapeLayer;
    int m_nearbyRadius = ShapeLayer::kNoShape;
    ZoomButtons m_zoomButtons;
    OverlayPainter m_overlay;

    enum class Drag
    {
        None,
        Pan,
        Pin
    } m_drag
        = Drag::None;
    QPointF m_pressPosition;
    QPointF m_lastPosition;
    bool m_moved = false;
    FlickTracker m_flick;
    QTimer* m_kinetic;
    QTimer* m_settle; // repaints smoothly once the view is still
    bool m_interacting = false;
    bool m_viewFailed = false; // every tile of the view failed for good
    QString m_place;
    bool m_kineticPanning = true;
    QString m_failure;
    bool m_tilesAsked = false; // a request for the view's tiles is on its way
    qreal m_pinchStartZoom = 0;
};

} // namespace Open311
