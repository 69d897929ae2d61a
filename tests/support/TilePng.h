#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

namespace Open311::Testing {

// A tile as a tile server sends it.
inline QByteArray pngOf(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

inline QByteArray solidTilePng(const QColor& colour, int size = 256)
{
    QImage image(size, size, QImage::Format_RGB32);
    image.fill(colour);
    return pngOf(image);
}

} // namespace Open311::Testing
