#include "mapwidget/MapWidget.h"

#include "core/WebMercator.h"
#include "map/TileLoader.h"
#include "mapwidget/TilePainter.h"

#include <QDesktopServices>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Open311 {

MapWidget::MapWidget(QWidget* parent)
    : QWidget(parent)
    , m_zoomButtons(this)
    , m_kinetic(new QTimer(this))
    , m_settle(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(keyboardHelp());

    connect(m_zoomButtons.zoomIn(), &QToolButton::clicked, this,
        [this] { zoomAbout(std::round(zoom()) + 1, rect().center()); });
    connect(m_zoomButtons.zoomOut(), &QToolButton::clicked, this,
        [this] { zoomAbout(std::round(zoom()) - 1, rect().center()); });

    m_kinetic->setInterval(16);
    connect(m_kinetic, &QTimer::timeout, this, &MapWidget::kineticStep);
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_interacting = false;
        update();
    });
    QFont overlayFont = font();
    overlayFont.setPixelSize(12);
    m_overlay.setFont(overlayFont);
    m_viewport.setZoomRange(0, m_source.maxZoom() + 0.5);
    // No tiles until a source is set: a default would reach for the network at start-up.
}

MapWidget::~MapWidget() = default;

QString MapWidget::keyboardHelp()
{
    return tr("Arrow keys move the map, plus and minus zoom, Enter or Space places the pin at the "
              "centre. Click or drag to place the pin.");
}

void MapWidget::setTileSource(const TileSource& source, const QString& diskCacheDirectory)
{
    delete m_loader;
    m_source = source;
    m_overlay.setAttribution(source.attribution(), source.attributionUrl().isValid());
    m_loader = new TileLoader(source, diskCacheDirectory, this);
    connect(m_loader, &TileLoader::tileLoaded, this, [this] { update(); });
    connect(m_loader, &TileLoader::tileFailed, this, [this] { update(); });
    m_viewport.setTileLevels(source.minZoom(), source.maxZoom());
    m_viewport.setRetinaTiles(source.offersRetina());
    // Half a level past the last tiles still reads well, scaled.
    m_viewport.setZoomRange(source.minZoom(), source.maxZoom() + 0.5);
    viewDidChange();
}

void MapWidget::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    m_viewport.setCenter(center);
    viewDidChange();
}

void MapWidget::setZoom(double zoom)
{
    m_viewport.setZoom(zoom);
    viewDidChange();
}

void MapWidget::fitBounds(const QGeoRectangle& bounds)
{
    if (!bounds.isValid())
        return;
    viewport().fitBounds(bounds);
    viewDidChange();
}

void MapWidget::setPin(const QGeoCoordinate& pin)
{
    if (!pin.isValid()) {
        clearPin();
        return;
    }
    const QGeoCoordinate clamped(
        WebMercator::clampLatitude(pin.latitude()), WebMercator::wrapLongitude(pin.longitude()));
    if (m_pin == clamped)
        return;
    m_pin = clamped;
    update();
    Q_EMIT pinChanged(m_pin);
}

void MapWidget::clearPin()
{
    if (!m_pin.isValid())
        return;
    m_pin = QGeoCoordinate();
    update();
    Q_EMIT pinChanged(m_pin);
}

void MapWidget::setServiceArea(const MapShape& area)
{
    ShapeStyle style;
    style.stroke = QColor(0x5e, 0x1f, 0x8c);
    style.strokeWidth = 2.5;
    style.dashes = { 4, 2 };
    // Dim enough to read as "not the city", light enough to still read the streets.
    m_shapeLayer.setArea(area, style, QColor(24, 20, 40, 72));
    update();
}

void MapWidget::clearServiceArea()
{
    m_shapeLayer.clearArea();
    update();
}

void MapWidget::setNearbyRadius(const QGeoCoordinate& centre, double meters)
{
    clearNearbyRadius();
    ShapeStyle style;
    style.stroke = QColor(0xb3, 0x4a, 0x00);
    style.fill = QColor(0xe0, 0x6a, 0x00, 40);
    m_nearbyRadius = m_shapeLayer.add(MapShape::circle(centre, meters), style);
    update();
}

void MapWidget::clearNearbyRadius()
{
    if (m_nearbyRadius == ShapeLayer::kNoShape)
        return;
    m_shapeLayer.remove(m_nearbyRadius);
    m_nearbyRadius = ShapeLayer::kNoShape;
    update();
}

void MapWidget::setMarkers(const QList<MapMarker>& markers)
{
    m_markerLayer.setMarkers(markers);
    update();
}

const MapViewport& MapWidget::viewport() const
{
    m_viewport.setSize(size());
    return m_viewport;
}

MapViewport& MapWidget::viewport()
{
    m_viewport.setSize(size());
    return m_viewport;
}

MapViewport::TileLevel MapWidget::tileLevel() const
{
    // Read on every use: the widget can move to a screen of another scale.
    return m_viewport.tileLevel(devicePixelRatioF());
}

QPointF MapWidget::toScreen(const QGeoCoordinate& coordinate) const
{
    return viewport().toScreen(coordinate);
}

QGeoCoordinate MapWidget::fromScreen(const QPointF& point) const
{
    return viewport().fromScreen(point);
}

QList<TileKey> MapWidget::visibleTiles(int margin) const
{
    return viewport().visibleTiles(tileLevel(), margin);
}

void MapWidget::viewDidChange()
{
    requestTiles();
    update();
    Q_EMIT viewChanged();
}

void MapWidget::requestTiles()
{
    // Once, after the caller is done: a new source, then a saved centre, then its zoom, each
    // asked at once, fetched the world at zoom 2 and cancelled it (and its connections) at start.
    if (m_tilesAsked)
        return;
    m_tilesAsked = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_tilesAsked = false;
            if (m_loader && isVisible() && width() > 0)
                m_loader->setWanted(visibleTiles(1));
        },
        Qt::QueuedConnection);
}

void MapWidget::panBy(const QPointF& screenDelta)
{
    viewport().panBy(screenDelta);
    viewDidChange();
}

void MapWidget::zoomAbout(double newZoom, const QPointF& screenPoint)
{
    // Keep the place under the cursor where it is.
    if (!viewport().zoomAbout(newZoom, screenPoint))
        return;
    startInteraction();
    viewDidChange();
}

void MapWidget::startInteraction()
{
    m_interacting = true;
    m_settle->start();
}

void MapWidget::placePinByUser(const QGeoCoordinate& coordinate)
{
    if (m_pinFixed)
        return;
    setPin(coordinate);
    Q_EMIT pinPlacedByUser(m_pin);
}

bool MapWidget::nearPin(const QPointF& point) const
{
    return m_pin.isValid() && OverlayPainter::pinHit(point, toScreen(m_pin));
}

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const MapMarker* marker = m_markerLayer.markerAt(help->pos(), viewport());
        if (marker && !marker->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), marker->toolTip, this);
        else if (m_overlay.attributionRect().contains(help->pos()))
            QToolTip::showText(help->globalPos(), attributionToolTip(), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Gesture) {
        auto* gestureEvent = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStartZoom = zoom();
            if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged) {
                const QPointF centre = mapFromGlobal(pinch->centerPoint().toPoint());
                zoomAbout(m_pinchStartZoom + std::log2(std::max(0.01, pinch->totalScaleFactor())),
                    centre);
            }
            gestureEvent->accept(pinch);
            return true;
        }
    }
    return QWidget::event(event);
}

QString MapWidget::attributionToolTip() const
{
    QStringList lines;
    if (m_source.attributionUrl().isValid())
        lines << m_source.attributionUrl().toString();
    if (m_source.kind() == TileSource::Kind::Xyz && m_loader) {
        const QString host = m_source.tileUrl({ 0, 0, 0, 1 }).host();
        switch (m_loader->transport()) {
        case TileLoader::Transport::Http2:
            lines << tr("Tiles from %1 over HTTP/2").arg(host);
            break;
        case TileLoader::Transport::Http11:
            lines << tr("Tiles from %1 over HTTP/1.1").arg(host);
            break;
        case TileLoader::Transport::Unknown:
        case TileLoader::Transport::Local:
            lines << tr("Tiles from %1").arg(host);
            break;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void MapWidget::setTouchMode(bool touch)
{
    m_viewport.setMagnified(touch);
    update();
    requestTiles();
    m_zoomButtons.setTouchMode(touch);
    resizeEvent(nullptr);
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    if (event)
        QWidget::resizeEvent(event);
    m_zoomButtons.place(width());
    requestTiles();
}

void MapWidget::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    requestTiles();
}

void MapWidget::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_kinetic->stop();
    m_pressPosition = event->position();
    m_lastPosition = event->position();
    m_moved = false;
    m_flick.press(event->position());
    m_drag = !m_pinFixed && nearPin(event->position()) ? Drag::Pin : Drag::Pan;
    if (m_drag == Drag::Pin)
        setCursor(Qt::ClosedHandCursor);
    event->accept();
}

void MapWidget::mouseMoveEvent(QMouseEvent* event)
{
    if (m_drag == Drag::None) {
        setCursor(!m_pinFixed && nearPin(event->position()) ? Qt::OpenHandCursor : Qt::ArrowCursor);
        return;
    }
    if (!m_moved && QLineF(event->position(), m_pressPosition).length() < 4)
        return;
    m_moved = true;
    startInteraction();
    if (m_drag == Drag::Pan) {
        panBy(event->position() - m_lastPosition);
        m_flick.move(event->position());
    } else {
        setPin(fromScreen(event->position()));
    }
    m_lastPosition = event->position();
}

void MapWidget::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton || m_drag == Drag::None) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Drag drag = m_drag;
    m_drag = Drag::None;
    unsetCursor();
    if (drag == Drag::Pin) {
        if (m_moved)
            placePinByUser(m_pin);
        return;
    }
    if (!m_moved) {
        if (const MapMarker* marker = m_markerLayer.markerAt(event->position(), viewport())) {
            Q_EMIT markerActivated(marker->id);
            return;
        }
        // A click on a cluster zooms in on it.
        if (const auto cluster = m_markerLayer.clusterAt(event->position(), viewport())) {
            zoomAbout(std::round(zoom()) + 2, *cluster);
            return;
        }
        if (m_overlay.attributionRect().contains(event->position().toPoint()))
            QDesktopServices::openUrl(m_source.attributionUrl());
        else
            placePinByUser(fromScreen(event->position()));
        return;
    }
    // A flick keeps the map gliding for a moment.
    if (m_flick.release(event->position()) && m_kineticPanning)
        m_kinetic->start();
}

void MapWidget::kineticStep()
{
    QPointF delta;
    if (!m_flick.step(m_kinetic->interval(), delta)) {
        m_kinetic->stop();
        return;
    }
    startInteraction();
    panBy(delta);
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        zoomAbout(std::round(zoom()) + 1, event->position());
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    double steps = 0;
    if (!event->pixelDelta().isNull())
        steps = event->pixelDelta().y() / 120.0; // touchpads: smooth
    else
        steps = event->angleDelta().y() / 120.0 * 0.5;
    if (steps != 0)
        zoomAbout(zoom() + steps, event->position());
    event->accept();
}

void MapWidget::keyPressEvent(QKeyEvent* event)
{
    const int step = kKeyboardPanPixels;
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomAbout(std::round(zoom()) + 1, rect().center());
        break;
    case Qt::Key_Minus:
        zoomAbout(std::round(zoom()) - 1, rect().center());
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_pinFixed) {
            // For the dialog around it: Enter presses its default button.
            QWidget::keyPressEvent(event);
            return;
        }
        placePinByUser(center());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void MapWidget::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void MapWidget::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MapWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    // Scaled tiles are smoothed once the view is still; during a drag speed wins.
    painter.setRenderHint(QPainter::SmoothPixmapTransform, !m_interacting);
    painter.setFont(m_overlay.font());
    paintTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    m_shapeLayer.paint(painter, viewport());
    m_markerLayer.paint(painter, viewport(), devicePixelRatioF());
    if (m_pin.isValid())
        OverlayPainter::paintPin(
            painter, toScreen(m_pin), hasFocus(), palette().color(QPalette::Highlight));
    m_overlay.paintScaleBar(painter, viewport().metersPerPixel(), size());
    m_overlay.paintAttribution(painter, size());
    if (m_viewFailed) {
        // An empty grey map said nothing of why, nor that the report can do without it.
        const QString refusal = m_loader ? m_loader->refusal() : QString();
        const QString text = !refusal.isEmpty() ? refusal
            : m_pinFixed                        ? tr("The map could not be loaded.")
                         : tr("The map could not be loaded. The address, or the latitude and "
                              "longitude, can still say where the problem is.");
        OverlayPainter::paintNotice(painter, text, font(), palette(), width());
    }
    if (hasFocus())
        OverlayPainter::paintFocusFrame(painter, size(), palette().color(QPalette::Highlight));
}

void MapWidget::paintTiles(QPainter& painter)
{
    const bool failed = TilePainter::paint(painter, m_loader, viewport(), tileLevel()).failed;
    if (failed != m_viewFailed) {
        m_viewFailed = failed;
        const QString refusal = m_loader ? m_loader->refusal() : QString();
        m_failure = failed ? (refusal.isEmpty() ? tr("The map could not be loaded.") : refusal)
                           : QString();
        // Back to the keyboard help once tiles come: a reader lost it after any outage.
        updateDescription();
    }
}

void MapWidget::setPlaceDescription(const QString& place)
{
    m_place = place;
    updateDescription();
}

void MapWidget::updateDescription()
{
    QStringList parts;
    if (!m_place.isEmpty())
        parts << m_place;
    parts << (m_failure.isEmpty() ? keyboardHelp() : m_failure);
    setAccessibleDescription(parts.join(QLatin1Char(' ')));
}

} // namespace Open311
