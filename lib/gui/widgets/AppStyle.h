#pragma once

#include <QColor>
#include <QProxyStyle>

namespace Open311 {

// The application's style: the platform's, except for the few standard icons the main window
// shows at start. Qt reads those from PNG files, and its first image read of any kind opens
// every image plug-in (SVG, JPEG, GIF, ICO): ~1.3 ms before the first frame. And a visible
// keyboard focus on lists and text boxes, which Fusion draws only on line edits. And control
// edges that stand out from the window in any palette.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    AppStyle();

    QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
        const QWidget* widget = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
        const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
        QPainter* painter, const QWidget* widget = nullptr) const override;

private:
    // What drawBorder() draws an edge in, for this palette; invalid where Fusion's own will do.
    QColor edgeColour(const QPalette& palette) const;
    static void strokeRoundedEdge(QPainter* painter, const QRect& rect, const QColor& edge);
    void drawBorder(PrimitiveElement element, const QStyleOption* option, QPainter* painter) const;

    // The edge drawBorder() last worked out, for this window and text colour; invalid: none.
    mutable QColor m_edgeWindow;
    mutable QColor m_edgeText;
    mutable QColor m_edge;
};

} // namespace Open311
