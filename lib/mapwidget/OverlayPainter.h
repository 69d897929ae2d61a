#pragma once

#include <QColor>
#include <QFont>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QStaticText>

class QPainter;
class QPalette;

namespace Open311 {

// Paints what lies over the tiles and the markers: the pin, the scale bar, the attribution and
// the notice that the map could not be loaded.
class OverlayPainter
{
public:
    static constexpr qreal kPinHeadRadius = 11.0;
    static constexpr qreal kPinHeight = 34.0;

    OverlayPainter();

    // For the scale bar and the attribution.
    const QFont& font() const { return m_font; }
    void setFont(const QFont& font) { m_font = font; }
    // Empty text: none is drawn. A linked one is drawn in a link's colour.
    void setAttribution(const QString& text, bool linked);
    // Where the attribution was last drawn; empty before the first frame.
    QRect attributionRect() const { return m_attributionRect; }

    // Near enough the pin's head or tip to grab it.
    static bool pinHit(const QPointF& point, const QPointF& tip);
    static QPointF pinHead(const QPointF& tip)
    {
        return tip - QPointF(0, kPinHeight - kPinHeadRadius);
    }

    // focused: a halo in the highlight colour shows that the keys move the pin.
    static void paintPin(
        QPainter& painter, const QPointF& tip, bool focused, const QColor& highlight);
    void paintScaleBar(QPainter& painter, double metresPerPixel, const QSize& view);
    void paintAttribution(QPainter& painter, const QSize& view);
    // Along the top, clear of the zoom buttons: the map still places the pin and shows the
    // markers without its tiles.
    static void paintNotice(QPainter& painter, const QString& text, const QFont& font,
        const QPalette& palette, int viewWidth);
    // Shows that the map has the keyboard focus.
    static void paintFocusFrame(QPainter& painter, const QSize& view, const QColor& highlight);

private:
    QFont m_font;
    bool m_hasAttribution = false;
    bool m_attributionLinked = false;
    QRect m_attributionRect;
    // Laid out once, not on every frame: text layout was most of a frame's cost.
    QStaticText m_attributionText;
    QStaticText m_scaleText;
    QString m_scaleLabel;
};

} // namespace Open311
