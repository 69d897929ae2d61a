#include "mapwidget/MapWidget.h"

#include "core/WebMercator.h"
#include "map/TileLoader.h"

#include <QDesktopServices>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPinchGesture>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Open311 {

namespace {

constexpr int kTile = 256;
constexpr int kParentLevels = 4;
constexpr qreal kPinHeadRadius = 11.0;
constexpr qreal kPinHeight = 34.0;
constexpr int kKeyboardPanPixels = 80;
const QColor kBackground(0xe8, 0xe6, 0xe1);

qreal wrapped(qreal x, qreal size)
{
    x = std::fmod(x, size);
    return x < 0 ? x + size : x;
}

} // namespace

MapWidget::MapWidget(QWidget* parent)
    : QWidget(parent)
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_kinetic(new QTimer(this))
    , m_settle(new QTimer(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Arrow keys move the map, plus and minus zoom, Enter or Space "
                                "places the pin at the centre. Click or drag to place the pin."));

    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setAccessibleName(tr("Zoom in"));
    m_zoomIn->setToolTip(tr("Zoom in (+)"));
    m_zoomOut->setText(QStringLiteral("\u2212"));
    m_zoomOut->setAccessibleName(tr("Zoom out"));
    m_zoomOut->setToolTip(tr("Zoom out (\u2212)"));
    for (QToolButton* button : { m_zoomIn, m_zoomOut }) {
        button->setFixedSize(36, 36);
        button->setAutoRaise(false);
        // The map's own keys zoom; the buttons are for the mouse and touch.
        button->setFocusPolicy(Qt::NoFocus);
        QFont font = button->font();
        font.setPixelSize(20);
        font.setBold(true);
        button->setFont(font);
    }
    connect(m_zoomIn, &QToolButton::clicked, this,
        [this] { zoomAbout(std::round(m_zoom) + 1, rect().center()); });
    connect(m_zoomOut, &QToolButton::clicked, this,
        [this] { zoomAbout(std::round(m_zoom) - 1, rect().center()); });

    m_kinetic->setInterval(16);
    connect(m_kinetic, &QTimer::timeout, this, &MapWidget::kineticStep);
    m_settle->setSingleShot(true);
    m_settle->setInterval(150);
    connect(m_settle, &QTimer::timeout, this, [this] {
        m_interacting = false;
        update();
    });
    m_clock.start();
    m_overlayFont = font();
    m_overlayFont.setPixelSize(12);
    m_attributionText.setPerformanceHint(QStaticText::AggressiveCaching);
    m_scaleText.setPerformanceHint(QStaticText::AggressiveCaching);
    // No tiles until a source is set: a default would reach for the network at start-up.
}

MapWidget::~MapWidget() = default;

void MapWidget::setTileSource(const TileSource& source, const QString& diskCacheDirectory)
{
    delete m_loader;
    m_source = source;
    m_attributionText.setText(source.attribution().toHtmlEscaped());
    m_attributionText.prepare(QTransform(), m_overlayFont);
    m_loader = new TileLoader(source, diskCacheDirectory, this);
    connect(m_loader, &TileLoader::tileLoaded, this, [this] { update(); });
    connect(m_loader, &TileLoader::tileFailed, this, [this] { update(); });
    m_zoom = std::clamp(m_zoom, minimumZoom(), maximumZoom());
    viewDidChange();
}

double MapWidget::minimumZoom() const
{
    return m_loader ? m_source.minZoom() : 0;
}

double MapWidget::maximumZoom() const
{
    // Half a level past the last tiles still reads well, scaled.
    return m_source.maxZoom() + 0.5;
}

QGeoCoordinate MapWidget::center() const
{
    return QGeoCoordinate(m_latitude, m_longitude);
}

void MapWidget::setCenter(const QGeoCoordinate& center)
{
    if (!center.isValid())
        return;
    m_latitude = WebMercator::clampLatitude(center.latitude());
    m_longitude = WebMercator::wrapLongitude(center.longitude());
    viewDidChange();
}

void MapWidget::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minimumZoom(), maximumZoom());
    viewDidChange();
}

void MapWidget::fitBounds(const QGeoRectangle& bounds)
{
    if (!bounds.isValid())
        return;
    const QGeoCoordinate centre = bounds.center();
    const QPointF a
        = WebMercator::toWorld(bounds.topLeft().latitude(), bounds.topLeft().longitude(), 0);
    const QPointF b = WebMercator::toWorld(
        bounds.bottomRight().latitude(), bounds.bottomRight().longitude(), 0);
    const double spanX = std::max(1e-9, std::abs(b.x() - a.x()));
    const double spanY = std::max(1e-9, std::abs(b.y() - a.y()));
    const double zoomX = std::log2((width() - 40) / spanX);
    const double zoomY = std::log2((height() - 40) / spanY);
    m_latitude = WebMercator::clampLatitude(centre.latitude());
    m_longitude = WebMercator::wrapLongitude(centre.longitude());
    setZoom(std::min(zoomX, zoomY));
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

void MapWidget::setMarkers(const QList<MapMarker>& markers)
{
    m_markers = markers;
    m_markerWorld.clear();
    m_markerWorld.reserve(markers.size());
    for (const MapMarker& marker : markers)
        m_markerWorld.append(WebMercator::toWorld(
            marker.coordinate.latitude(), marker.coordinate.longitude(), 0, 1));
    update();
}

QPointF MapWidget::markerScreen(int index) const
{
    const double size = WebMercator::worldSize(m_zoom);
    return QPointF(width() / 2.0, height() / 2.0) + m_markerWorld[index] * size
        - worldCenter(m_zoom);
}

QList<MarkerClusterer::Cluster> MapWidget::clusters() const
{
    const QPointF offset = QPointF(width() / 2.0, height() / 2.0) - worldCenter(m_zoom);
    return MarkerClusterer::cluster(m_markerWorld, WebMercator::worldSize(m_zoom), offset,
        QSizeF(size()), m_zoom < kClusterZoom);
}

bool MapWidget::magnified() const
{
    // Street names of 11 px could not be read standing at a kiosk: there the map shows the
    // level above in its @2x tiles, each pixel for pixel, so the names come out twice the size.
    return m_touch && m_source.offersRetina() && devicePixelRatioF() <= 1.25;
}

int MapWidget::tileZoom() const
{
    const int z = int(std::lround(m_zoom)) - (magnified() ? 1 : 0);
    return m_loader ? std::clamp(z, m_source.minZoom(), m_source.maxZoom()) : z;
}

int MapWidget::tileScale() const
{
    return (devicePixelRatioF() > 1.25 || magnified()) && m_source.offersRetina() ? 2 : 1;
}

QPointF MapWidget::worldCenter(double zoom) const
{
    return WebMercator::toWorld(m_latitude, m_longitude, zoom);
}

QPointF MapWidget::toScreen(const QGeoCoordinate& coordinate) const
{
    const QPointF world
        = WebMercator::toWorld(coordinate.latitude(), coordinate.longitude(), m_zoom);
    QPointF delta = world - worldCenter(m_zoom);
    // Take the copy of the world nearest the centre.
    const double size = WebMercator::worldSize(m_zoom);
    if (delta.x() > size / 2)
        delta.rx() -= size;
    else if (delta.x() < -size / 2)
        delta.rx() += size;
    return QPointF(width() / 2.0, height() / 2.0) + delta;
}

QGeoCoordinate MapWidget::fromScreen(const QPointF& point) const
{
    const QPointF world = worldCenter(m_zoom) + (point - QPointF(width() / 2.0, height() / 2.0));
    double latitude = 0;
    double longitude = 0;
    WebMercator::fromWorld(world, m_zoom, latitude, longitude);
    return QGeoCoordinate(latitude, WebMercator::wrapLongitude(longitude));
}

QList<TileKey> MapWidget::visibleTiles(int margin) const
{
    const int z = tileZoom();
    const double scale = std::exp2(m_zoom - z);
    const QPointF centre = worldCenter(z);
    const double halfW = width() / 2.0 / scale;
    const double halfH = height() / 2.0 / scale;
    const int n = 1 << z;
    const int viewX0 = int(std::floor((centre.x() - halfW) / kTile));
    const int viewX1 = int(std::floor((centre.x() + halfW) / kTile));
    const int viewY0 = int(std::floor((centre.y() - halfH) / kTile));
    const int viewY1 = int(std::floor((centre.y() + halfH) / kTile));
    const int x0 = viewX0 - margin;
    const int x1 = viewX1 + margin;
    const int y0 = std::max(0, viewY0 - margin);
    const int y1 = std::min(n - 1, viewY1 + margin);
    struct Candidate
    {
        bool margin;
        double distance;
        TileKey key;
    };
    QList<Candidate> candidates;
    QSet<TileKey> seen;
    const int scaleFactor = tileScale();
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const TileKey key { z, int(wrapped(x, n)), y, scaleFactor };
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const double dx = (x + 0.5) * kTile - centre.x();
            const double dy = (y + 0.5) * kTile - centre.y();
            const bool inMargin = x < viewX0 || x > viewX1 || y < viewY0 || y > viewY1;
            candidates.append({ inMargin, dx * dx + dy * dy, key });
        }
    }
    // The whole view before any of the margin: in a wide view the margin above the centre is
    // nearer than the view's own left and right edges, and fetching it first left holes.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.margin != b.margin ? !a.margin : a.distance < b.distance;
    });
    QList<TileKey> keys;
    keys.reserve(candidates.size());
    for (const Candidate& c : std::as_const(candidates))
        keys.append(c.key);
    return keys;
}

void MapWidget::viewDidChange()
{
    requestTiles();
    update();
    Q_EMIT viewChanged();
}

void MapWidget::requestTiles()
{
    if (m_loader && isVisible() && width() > 0)
        m_loader->setWanted(visibleTiles(1));
}

void MapWidget::panBy(const QPointF& screenDelta)
{
    const QPointF world = worldCenter(m_zoom) - screenDelta;
    const double size = WebMercator::worldSize(m_zoom);
    WebMercator::fromWorld(QPointF(wrapped(world.x(), size), std::clamp(world.y(), 0.0, size)),
        m_zoom, m_latitude, m_longitude);
    m_longitude = WebMercator::wrapLongitude(m_longitude);
    viewDidChange();
}

void MapWidget::zoomAbout(double newZoom, const QPointF& screenPoint)
{
    newZoom = std::clamp(newZoom, minimumZoom(), maximumZoom());
    if (qFuzzyCompare(newZoom, m_zoom))
        return;
    // Keep the place under the cursor where it is.
    const QGeoCoordinate anchor = fromScreen(screenPoint);
    m_zoom = newZoom;
    const QPointF anchorWorld = WebMercator::toWorld(anchor.latitude(), anchor.longitude(), m_zoom);
    const QPointF centreWorld
        = anchorWorld - (screenPoint - QPointF(width() / 2.0, height() / 2.0));
    WebMercator::fromWorld(centreWorld, m_zoom, m_latitude, m_longitude);
    m_longitude = WebMercator::wrapLongitude(m_longitude);
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
    if (!m_pin.isValid())
        return false;
    const QPointF tip = toScreen(m_pin);
    const QPointF head = tip - QPointF(0, kPinHeight - kPinHeadRadius);
    return QLineF(point, head).length() <= kPinHeadRadius + 6 || QLineF(point, tip).length() <= 8;
}

const MapMarker* MapWidget::markerAt(const QPointF& point) const
{
    const MapMarker* best = nullptr;
    qreal bestDistance = 10;
    for (const MarkerClusterer::Cluster& c : clusters()) {
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

bool MapWidget::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        if (const MapMarker* marker = markerAt(help->pos()); marker && !marker->toolTip.isEmpty())
            QToolTip::showText(help->globalPos(), marker->toolTip, this);
        else if (m_attributionRect.contains(help->pos()))
            QToolTip::showText(help->globalPos(), m_source.attributionUrl().toString(), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Gesture) {
        auto* gestureEvent = static_cast<QGestureEvent*>(event);
        if (auto* pinch = static_cast<QPinchGesture*>(gestureEvent->gesture(Qt::PinchGesture))) {
            if (pinch->state() == Qt::GestureStarted)
                m_pinchStartZoom = m_zoom;
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

void MapWidget::setTouchMode(bool touch)
{
    m_touch = touch;
    update();
    if (m_loader)
        m_loader->setWanted(visibleTiles(1));
    for (QToolButton* button : { m_zoomIn, m_zoomOut })
        button->setFixedSize(touch ? 56 : 36, touch ? 56 : 36);
    resizeEvent(nullptr);
}

void MapWidget::resizeEvent(QResizeEvent* event)
{
    if (event)
        QWidget::resizeEvent(event);
    m_zoomIn->move(width() - m_zoomIn->width() - 10, 10);
    m_zoomOut->move(width() - m_zoomOut->width() - 10, 10 + m_zoomIn->height() + 4);
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
    m_samples.clear();
    m_samples.append({ m_clock.elapsed(), event->position() });
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
        m_samples.append({ m_clock.elapsed(), event->position() });
        while (m_samples.size() > 2 && m_clock.elapsed() - m_samples.first().first > 100)
            m_samples.removeFirst();
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
        if (const MapMarker* marker = markerAt(event->position())) {
            Q_EMIT markerActivated(marker->id);
            return;
        }
        // A click on a cluster zooms in on it.
        for (const MarkerClusterer::Cluster& c : clusters()) {
            if (c.count > 1 && QLineF(c.sum / c.count, event->position()).length() <= 16) {
                zoomAbout(std::round(m_zoom) + 2, c.sum / c.count);
                return;
            }
        }
        if (m_attributionRect.contains(event->position().toPoint()))
            QDesktopServices::openUrl(m_source.attributionUrl());
        else
            placePinByUser(fromScreen(event->position()));
        return;
    }
    // A flick keeps the map gliding for a moment.
    if (m_samples.size() >= 2) {
        const auto& first = m_samples.first();
        const qint64 dt = qMax<qint64>(1, m_clock.elapsed() - first.first);
        if (m_clock.elapsed() - m_samples.last().first < 50) {
            m_velocity = (event->position() - first.second) / qreal(dt);
            if (std::hypot(m_velocity.x(), m_velocity.y()) > 0.3)
                m_kinetic->start();
        }
    }
}

void MapWidget::kineticStep()
{
    m_velocity *= 0.9;
    if (std::hypot(m_velocity.x(), m_velocity.y()) < 0.02) {
        m_kinetic->stop();
        return;
    }
    startInteraction();
    panBy(m_velocity * m_kinetic->interval());
}

void MapWidget::mouseDoubleClickEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        zoomAbout(std::round(m_zoom) + 1, event->position());
}

void MapWidget::wheelEvent(QWheelEvent* event)
{
    double steps = 0;
    if (!event->pixelDelta().isNull())
        steps = event->pixelDelta().y() / 120.0; // touchpads: smooth
    else
        steps = event->angleDelta().y() / 120.0 * 0.5;
    if (steps != 0)
        zoomAbout(m_zoom + steps, event->position());
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
        zoomAbout(std::round(m_zoom) + 1, rect().center());
        break;
    case Qt::Key_Minus:
        zoomAbout(std::round(m_zoom) - 1, rect().center());
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
    painter.setFont(m_overlayFont);
    drawTiles(painter);
    painter.setRenderHint(QPainter::Antialiasing);
    drawMarkers(painter);
    drawPin(painter);
    drawScaleBar(painter);
    drawAttribution(painter);
    if (m_viewFailed)
        drawUnavailable(painter);
    if (hasFocus()) {
        // Four filled bands: an antialiased stroke around the whole view cost a third of a frame.
        const QColor focus = palette().color(QPalette::Highlight);
        constexpr int w = 3;
        painter.fillRect(QRect(0, 0, width(), w), focus);
        painter.fillRect(QRect(0, height() - w, width(), w), focus);
        painter.fillRect(QRect(0, w, w, height() - 2 * w), focus);
        painter.fillRect(QRect(width() - w, w, w, height() - 2 * w), focus);
    }
}

bool MapWidget::drawTiles(QPainter& painter)
{
    if (!m_loader) {
        painter.fillRect(rect(), kBackground);
        return false;
    }
    bool complete = true;
    int failed = 0;
    const int z = tileZoom();
    const double scale = std::exp2(m_zoom - z);
    const double size = kTile * scale;
    const QPointF centre = worldCenter(z);
    const QPointF screenCentre(width() / 2.0, height() / 2.0);
    const int n = 1 << z;
    const QList<TileKey> keys = visibleTiles(0);
    // Above the north pole and below the south pole there are no tiles.
    const QPointF worldTop = screenCentre - centre * scale;
    if (worldTop.y() > 0)
        painter.fillRect(QRectF(0, 0, width(), worldTop.y() + 1), kBackground);
    const qreal worldBottom = worldTop.y() + n * size;
    if (worldBottom < height())
        painter.fillRect(
            QRectF(0, worldBottom - 1, width(), height() - worldBottom + 1), kBackground);
    for (const TileKey& key : keys) {
        // The unwrapped column nearest the centre, so tiles line up across the antimeridian.
        double column = key.x;
        const double dx = (column + 0.5) * kTile - centre.x();
        if (dx > n * kTile / 2.0)
            column -= n;
        else if (dx < -n * kTile / 2.0)
            column += n;
        // Edges on whole pixels, each computed the same way for both neighbours: no seams, and
        // at whole zoom levels every tile is an unscaled blit.
        const qreal left = std::round(worldTop.x() + column * size);
        const qreal right = std::round(worldTop.x() + (column + 1) * size);
        const qreal top = std::round(worldTop.y() + key.y * size);
        const qreal bottom = std::round(worldTop.y() + (key.y + 1) * size);
        const QRectF target(left, top, right - left, bottom - top);
        const QImage image = m_loader->tile(key);
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
        painter.fillRect(target, kBackground);
        const bool filledIn
            = drawFromParents(painter, key, target) || drawFromChildren(painter, key, target);
        // Failed with nothing of a parent or a child to show in its place: empty for good.
        if (!filledIn && m_loader->hasFailed(key))
            ++failed;
    }
    const bool viewFailed = !keys.isEmpty() && failed == keys.size();
    if (viewFailed != m_viewFailed) {
        m_viewFailed = viewFailed;
        setAccessibleDescription(viewFailed ? tr("The map could not be loaded.") : QString());
    }
    return complete;
}

void MapWidget::drawUnavailable(QPainter& painter)
{
    // An empty grey map said nothing of why, nor that the report can do without it.
    const QString text = m_pinFixed
        ? tr("The map could not be loaded.")
        : tr("The map could not be loaded. The address, or the latitude and "
             "longitude, can still say where the problem is.");
    // Along the top, clear of the zoom buttons: the map still places the pin and shows the
    // markers without its tiles.
    const QFontMetrics metrics(font());
    const int width = qMin(this->width() - 2 * 72, metrics.averageCharWidth() * 48);
    QRect box
        = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignCenter, text);
    box.moveTop(20);
    box.moveLeft((this->width() - box.width()) / 2);
    const QRect frame = box.adjusted(-12, -10, 12, 10);
    painter.setPen(palette().color(QPalette::Mid));
    painter.setBrush(palette().color(QPalette::Base));
    painter.drawRoundedRect(frame, 6, 6);
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(box, Qt::TextWordWrap | Qt::AlignCenter, text);
}

bool MapWidget::drawFromParents(QPainter& painter, const TileKey& key, const QRectF& target)
{
    TileKey parent = key;
    for (int level = 1; level <= kParentLevels && parent.z > 0; ++level) {
        parent = parent.parent();
        const QImage image = m_loader->tile(parent);
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

bool MapWidget::drawFromChildren(QPainter& painter, const TileKey& key, const QRectF& target)
{
    bool any = false;
    for (int i = 0; i < 4; ++i) {
        const TileKey child { key.z + 1, key.x * 2 + (i & 1), key.y * 2 + (i >> 1), key.scale };
        const QImage image = m_loader->tile(child);
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

void MapWidget::drawMarkers(QPainter& painter)
{
    for (const MarkerClusterer::Cluster& c : clusters()) {
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
            const qreal ratio = devicePixelRatioF();
            QPixmap disc(QSize(2 * radius + 4, 2 * radius + 4) * ratio);
            disc.setDevicePixelRatio(ratio);
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

void MapWidget::drawPin(QPainter& painter)
{
    if (!m_pin.isValid())
        return;
    const QPointF tip = toScreen(m_pin);
    const QPointF head = tip - QPointF(0, kPinHeight - kPinHeadRadius);
    if (hasFocus()) {
        painter.setPen(Qt::NoPen);
        QColor halo = palette().color(QPalette::Highlight);
        halo.setAlpha(90);
        painter.setBrush(halo);
        painter.drawEllipse(head, kPinHeadRadius + 7, kPinHeadRadius + 7);
    }
    QPainterPath path;
    path.moveTo(tip);
    path.arcTo(QRectF(head.x() - kPinHeadRadius, head.y() - kPinHeadRadius, 2 * kPinHeadRadius,
                   2 * kPinHeadRadius),
        -60, 300);
    path.closeSubpath();
    painter.setPen(QPen(QColor(0x7a, 0x10, 0x10), 1.5));
    painter.setBrush(QColor(0xd7, 0x26, 0x1e));
    painter.drawPath(path);
    painter.setBrush(Qt::white);
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(head, 4, 4);
}

void MapWidget::drawScaleBar(QPainter& painter)
{
    const double metresPerPixel = WebMercator::metersPerPixel(m_latitude, m_zoom);
    const double maxMetres = metresPerPixel * 120;
    const double magnitude = std::pow(10.0, std::floor(std::log10(maxMetres)));
    double metres = magnitude;
    for (double f : { 5.0, 2.0, 1.0 }) {
        if (f * magnitude <= maxMetres) {
            metres = f * magnitude;
            break;
        }
    }
    const qreal length = metres / metresPerPixel;
    const QLocale locale;
    const QString label = metres >= 1000 ? tr("%1 km").arg(locale.toString(metres / 1000.0))
                                         : tr("%1 m").arg(locale.toString(metres));
    if (label != m_scaleLabel) {
        m_scaleLabel = label;
        m_scaleText.setText(label.toHtmlEscaped());
        m_scaleText.prepare(QTransform(), m_overlayFont);
    }
    const QPointF origin(10, height() - 12);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 200));
    painter.drawRect(QRectF(origin.x() - 4, origin.y() - 20, length + 8, 24));
    painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 2));
    painter.drawLine(origin, origin + QPointF(length, 0));
    painter.drawLine(origin, origin - QPointF(0, 6));
    painter.drawLine(origin + QPointF(length, 0), origin + QPointF(length, -6));
    const QSizeF labelSize = m_scaleText.size();
    painter.drawStaticText(
        QPointF(origin.x() + (length - labelSize.width()) / 2, origin.y() - 4 - labelSize.height()),
        m_scaleText);
}

void MapWidget::drawAttribution(QPainter& painter)
{
    if (m_source.attribution().isEmpty())
        return;
    const QSize textSize = m_attributionText.size().toSize();
    m_attributionRect = QRect(width() - textSize.width() - 10, height() - textSize.height() - 6,
        textSize.width() + 10, textSize.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRect(m_attributionRect);
    painter.setPen(
        m_source.attributionUrl().isValid() ? QColor(0x0b, 0x57, 0xd0) : QColor(0x33, 0x33, 0x33));
    painter.drawStaticText(m_attributionRect.topLeft() + QPoint(5, 3), m_attributionText);
}

} // namespace Open311
