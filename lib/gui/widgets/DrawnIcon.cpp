#include "gui/widgets/DrawnIcon.h"

#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>

namespace Open311 {

DrawnIcon::DrawnIcon(Shape shape)
    : m_shape(shape)
{ }

void DrawnIcon::paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State)
{
    const QPalette palette = QGuiApplication::palette();
    QColor ink = palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Active,
        m_shape == Shape::Clear ? QPalette::Text : QPalette::WindowText);
    const qreal side = qMin(rect.width(), rect.height());
    const QRectF box(rect.x() + (rect.width() - side) / 2.0,
        rect.y() + (rect.height() - side) / 2.0, side, side);
    const qreal unit = side / 16.0;

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (m_shape == Shape::Clear) {
        // A disc with a cross cut out of it, as search fields draw their clear button.
        ink.setAlphaF(ink.alphaF() * (mode == QIcon::Active ? 0.75 : 0.5));
        QPainterPath disc;
        disc.addEllipse(box.adjusted(unit, unit, -unit, -unit));
        const QPointF c = box.center();
        const qreal arm = 3.2 * unit;
        QPainterPathStroker stroker;
        stroker.setWidth(1.6 * unit);
        stroker.setCapStyle(Qt::RoundCap);
        QPainterPath lines;
        lines.moveTo(c + QPointF(-arm, -arm));
        lines.lineTo(c + QPointF(arm, arm));
        lines.moveTo(c + QPointF(arm, -arm));
        lines.lineTo(c + QPointF(-arm, arm));
        painter->fillPath(disc.subtracted(stroker.createStroke(lines)), ink);
    } else {
        // Two chevrons pointing where the hidden entries are.
        QPen pen(ink, qMax(1.0, 1.5 * unit), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        const QPointF c = box.center();
        for (const qreal offset : { -2.5 * unit, 2.5 * unit }) {
            QPolygonF chevron { QPointF(-2 * unit, -4 * unit), QPointF(2 * unit, 0),
                QPointF(-2 * unit, 4 * unit) };
            QTransform place;
            place.translate(c.x(), c.y());
            if (m_shape == Shape::MoreDown)
                place.rotate(90);
            place.translate(offset, 0);
            painter->drawPolyline(place.map(chevron));
        }
    }
    painter->restore();
}

QPixmap DrawnIcon::pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state)
{
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    paint(&painter, QRect(QPoint(0, 0), size), mode, state);
    return pixmap;
}

QIconEngine* DrawnIcon::clone() const
{
    return new DrawnIcon(m_shape);
}

QString DrawnIcon::key() const
{
    return QStringLiteral("open311-drawn");
}

} // namespace Open311
