#include "TileRenderer.h"

#include "SandboxCity.h"
#include "WebMercator.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

namespace Open311 {

namespace {

const QColor kCountryside(0xee, 0xf0, 0xe2);
const QColor kTown(0xf2, 0xef, 0xe9);
const QColor kPark(0xc8, 0xe6, 0xb0);
const QColor kCasing(0xc4, 0xbe, 0xb4);
const QColor kRoad(Qt::white);
const QColor kMainRoad(0xfc, 0xd9, 0x8f);
const QColor kLabel(0x40, 0x40, 0x40);

// Text with a light halo, so names stay readable where they cross a road.
void drawLabel(QPainter& painter, const QPointF& centre, const QString& text)
{
    const QFontMetricsF metrics(painter.font());
    QPainterPath path;
    path.addText(centre.x() - metrics.horizontalAdvance(text) / 2.0,
                 centre.y() + (metrics.ascent() - metrics.descent()) / 2.0, painter.font(), text);
    painter.strokePath(path, QPen(QColor(255, 255, 255, 220), 3.0));
    painter.fillPath(path, kLabel);
}

struct Grid
{
    double zoom;
    QPointF origin; // world pixels of the tile's top-left corner

    QPointF at(double east, double north) const
    {
        double lat = 0;
        double lon = 0;
        SandboxCity::fromMeters(east, north, lat, lon);
        return WebMercator::toWorld(lat, lon, zoom) - origin;
    }
};

} // namespace

QImage TileRenderer::render(int z, int x, int y, int scale) const
{
    QImage image(kTileSize * scale, kTileSize * scale, QImage::Format_RGB32);
    image.fill(kCountryside);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);

    const Grid grid { double(z), QPointF(double(x) * kTileSize, double(y) * kTileSize) };
    const int n = SandboxCity::kLinesPerSide;
    const double block = SandboxCity::kBlockMeters;
    const double edge = (n + 0.5) * block;
    const QRectF town = QRectF(grid.at(-edge, edge), grid.at(edge, -edge)).normalized();
    const QRectF tile(0, 0, kTileSize, kTileSize);
    if (!town.intersects(tile.adjusted(-64, -64, 64, 64)))
        return image;

    painter.fillRect(town, kTown);
    for (int i = -n; i < n; ++i) {
        for (int j = -n; j < n; ++j) {
            if (SandboxCity::isPark(i, j)) {
                const QRectF park =
                    QRectF(grid.at(i * block, (j + 1) * block), grid.at((i + 1) * block, j * block))
                        .normalized();
                painter.fillRect(park, kPark);
            }
        }
    }

    double lat = 0;
    double lon = 0;
    SandboxCity::fromMeters(0, 0, lat, lon);
    const double metersPerPixel = WebMercator::metersPerPixel(lat, z);
    const double roadWidth = qBound(0.6, 9.0 / metersPerPixel, 28.0);
    const double extent = n * block;
    auto roadLine = [&](bool avenue, int index) {
        const double fixed = index * block;
        return avenue ? QLineF(grid.at(fixed, -extent), grid.at(fixed, extent))
                      : QLineF(grid.at(-extent, fixed), grid.at(extent, fixed));
    };
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = -n; i <= n; ++i) {
            for (bool avenue : { true, false }) {
                const bool main = i % 5 == 0;
                const double width = roadWidth * (main ? 1.5 : 1.0);
                if (pass == 0 && width >= 2.0) {
                    painter.setPen(QPen(kCasing, width + 2.0, Qt::SolidLine, Qt::FlatCap));
                    painter.drawLine(roadLine(avenue, i));
                } else if (pass == 1) {
                    painter.setPen(QPen(main ? kMainRoad : kRoad, width, Qt::SolidLine, Qt::FlatCap));
                    painter.drawLine(roadLine(avenue, i));
                }
            }
        }
    }

    QFont font(QStringLiteral("DejaVu Sans"));
    if (z >= 16) {
        font.setPixelSize(z >= 18 ? 13 : 11);
        painter.setFont(font);
        // Labels at every block on close zoom, fewer further out, so they never crowd.
        const int every = z >= 18 ? 1 : z == 17 ? 2 : 4;
        for (int i = -n; i <= n; ++i) {
            for (int b = -n; b < n; b += every) {
                const double mid = (b + 0.5) * block;
                const QPointF streetPoint = grid.at(mid, i * block);
                if (tile.adjusted(-150, -20, 150, 20).contains(streetPoint)) {
                    drawLabel(painter, streetPoint, SandboxCity::roadName(false, i));
                }
                const QPointF avenuePoint = grid.at(i * block, mid);
                if (tile.adjusted(-20, -150, 20, 150).contains(avenuePoint)) {
                    painter.save();
                    painter.translate(avenuePoint);
                    painter.rotate(-90);
                    drawLabel(painter, QPointF(0, 0), SandboxCity::roadName(true, i));
                    painter.restore();
                }
            }
        }
    } else if (z >= 11 && z <= 14) {
        font.setPixelSize(14);
        font.setBold(true);
        painter.setFont(font);
        const QPointF centre = grid.at(0, 0);
        drawLabel(painter, centre - QPointF(0, 20), SandboxCity::cityName());
    }
    return image;
}

QByteArray TileRenderer::renderPng(int z, int x, int y, int scale) const
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    render(z, x, y, scale).save(&buffer, "PNG");
    return png;
}

} // namespace Open311
