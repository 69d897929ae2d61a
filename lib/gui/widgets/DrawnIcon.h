#pragma once

#include <QIconEngine>

namespace Open311 {

// A small icon painted from a few strokes in the palette's colours when it is asked for, so it
// is sharp at every scale and follows a dark palette; it needs no image file.
class DrawnIcon : public QIconEngine
{
public:
    enum class Shape
    {
        Clear,
        MoreRight,
        MoreDown
    };

    explicit DrawnIcon(Shape shape);

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override;
    QIconEngine* clone() const override;
    QString key() const override;

private:
    Shape m_shape;
};

} // namespace Open311
