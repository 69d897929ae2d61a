#include "mapwidget/OverlayPainter.h"

#include <QCoreApplication>
#include <QLineF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

#include <cmath>

namespace Open311 {

OverlayPainter::OverlayPainter()
{
    m_attributionText.setPerformanceHint(QStaticText::AggressiveCaching);
    m_scaleText.setPerformanceHint(QStaticText::AggressiveCaching);
}

void OverlayPainter::setAttribution(const QString& text, bool linked)
{
    m_hasAttribution = !text.isEmpty();
    m_attributionLinked = linked;
    m_attributionText.setText(text.toHtmlEscaped());
    m_attributionText.prepare(QTransform(), m_font);
}

bool OverlayPainter::pinHit(const QPointF& point, const QPointF& tip)
{
    return QLineF(point, pinHead(tip)).length() <= kPinHeadRadius + 6
        || QLineF(point, tip).length() <= 8;
}

void OverlayPainter::paintPin(
    QPainter& painter, const QPointF& tip, bool focused, const QColor& highlight)
{
    const QPointF head = pinHead(tip);
    if (focused) {
        painter.setPen(Qt::NoPen);
        QColor halo = highlight;
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

void OverlayPainter::paintScaleBar(QPainter& painter, double metresPerPixel, const QSize& view)
{
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
    // In the map's own context, where these strings and their translations have always been.
    const QString label = metres >= 1000
        ? QCoreApplication::translate("Open311::MapWidget", "%1 km")
              .arg(locale.toString(metres / 1000.0))
        : QCoreApplication::translate("Open311::MapWidget", "%1 m").arg(locale.toString(metres));
    if (label != m_scaleLabel) {
        m_scaleLabel = label;
        m_scaleText.setText(label.toHtmlEscaped());
        m_scaleText.prepare(QTransform(), m_font);
    }
    const QPointF origin(10, view.height() - 12);
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

void OverlayPainter::paintAttribution(QPainter& painter, const QSize& view)
{
    if (!m_hasAttribution)
        return;
    const QSize textSize = m_attributionText.size().toSize();
    m_attributionRect = QRect(view.width() - textSize.width() - 10,
        view.height() - textSize.height() - 6, textSize.width() + 10, textSize.height() + 6);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(255, 255, 255, 215));
    painter.drawRect(m_attributionRect);
    painter.setPen(m_attributionLinked ? QColor(0x0b, 0x57, 0xd0) : QColor(0x33, 0x33, 0x33));
    painter.drawStaticText(m_attributionRect.topLeft() + QPoint(5, 3), m_attributionText);
}

void OverlayPainter::paintNotice(QPainter& painter, const QString& text, const QFont& font,
    const QPalette& palette, int viewWidth)
{
    const QFontMetrics metrics(font);
    const int width = qMin(viewWidth - 2 * 72, metrics.averageCharWidth() * 48);
    QRect box
        = metrics.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap | Qt::AlignCenter, text);
    box.moveTop(20);
    box.moveLeft((viewWidth - box.width()) / 2);
    const QRect frame = box.adjusted(-12, -10, 12, 10);
    painter.setPen(palette.color(QPalette::Mid));
    painter.setBrush(palette.color(QPalette::Base));
    painter.drawRoundedRect(frame, 6, 6);
    painter.setFont(font);
    painter.setPen(palette.color(QPalette::Text));
    painter.drawText(box, Qt::TextWordWrap | Qt::AlignCenter, text);
}

void OverlayPainter::paintFocusFrame(QPainter& painter, const QSize& view, const QColor& highlight)
{
    // Four filled bands: an antialiased stroke around the whole view cost a third of a frame.
    constexpr int w = 3;
    painter.fillRect(QRect(0, 0, view.width(), w), highlight);
    painter.fillRect(QRect(0, view.height() - w, view.width(), w), highlight);
    painter.fillRect(QRect(0, w, w, view.height() - 2 * w), highlight);
    painter.fillRect(QRect(view.width() - w, w, w, view.height() - 2 * w), highlight);
}

} // namespace Open311
