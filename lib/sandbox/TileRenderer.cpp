#include "sandbox/TileRenderer.h"

#include "core/WebMercator.h"
#include "sandbox/SandboxCity.h"

#include <QBuffer>
#include <QFont>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Open311 {

namespace {

const QColor kCountryside(0xee, 0xf0, 0xe2);
const QColor kTown(0xf2, 0xef, 0xe9);
const QColor kPark(0xc8, 0xe6, 0xb0);
const QColor kCasing(0xc4, 0xbe, 0xb4);
const QColor kRoad(Qt::white);
const QColor kMainRoad(0xfc, 0xd9, 0x8f);
const QColor kLabel(0x40, 0x40, 0x40);

constexpr double kHalo = 3.0; // the halo's pen width

QFont labelFont(int z)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(z >= 18 ? 13 : 11);
    return font;
}

// Text with a light halo, so names stay readable where they cross a road.
void drawLabel(QPainter& painter, const QPointF& centre, const QString& text)
{
    const QFontMetricsF metrics(painter.font());
    QPainterPath path;
    path.addText(centre.x() - metrics.horizontalAdvance(text) / 2.0,
        centre.y() + (metrics.ascent() - metrics.descent()) / 2.0, painter.font(), text);
    painter.strokePath(path, QPen(QColor(255, 255, 255, 220), kHalo));
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
                const QRectF park = QRectF(
                    grid.at(i * block, (j + 1) * block), grid.at((i + 1) * block, j * block))
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
                    painter.setPen(
                        QPen(main ? kMainRoad : kRoad, width, Qt::SolidLine, Qt::FlatCap));
                    painter.drawLine(roadLine(avenue, i));
                }
            }
        }
    }

    if (z >= 16) {
        painter.setFont(labelFont(z));
        auto placed = m_labels.constFind(z);
        if (placed == m_labels.cend())
            placed = m_labels.insert(z, labels(z));
        for (const Label& label : *placed) {
            if (!label.bounds.translated(-grid.origin).intersects(tile))
                continue;
            painter.save();
            painter.translate(label.centre - grid.origin);
            if (label.vertical)
                painter.rotate(-90);
            drawLabel(painter, QPointF(0, 0), label.text);
            painter.restore();
        }
    } else if (z >= 11 && z <= 14) {
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPixelSize(14);
        font.setBold(true);
        painter.setFont(font);
        const QPointF centre = grid.at(0, 0);
        drawLabel(painter, centre - QPointF(0, 20), SandboxCity::cityName());
    }
    return image;
}

QList<TileRenderer::Label> TileRenderer::labels(int z)
{
    QList<Label> result;
    if (z < 16)
        return result;
    const QFontMetricsF metrics(labelFont(z));
    const Grid grid { double(z), QPointF() };
    const int n = SandboxCity::kLinesPerSide;
    const double block = SandboxCity::kBlockMeters;
    auto label = [&](bool avenue, int road, int along) {
        Label l;
        l.text = SandboxCity::roadName(avenue, road);
        l.vertical = avenue;
        const double mid = (along + 0.5) * block;
        l.centre = avenue ? grid.at(road * block, mid) : grid.at(mid, road * block);
        const double length = metrics.horizontalAdvance(l.text) + kHalo;
        const double height = metrics.ascent() + metrics.descent() + kHalo;
        const QSizeF size = avenue ? QSizeF(height, length) : QSizeF(length, height);
        l.bounds = QRectF(l.centre - QPointF(size.width() / 2, size.height() / 2), size);
        return l;
    };
    // At zoom 16 a name is longer than a block, and names at fixed intervals ran into each other
    // at the crossings. Names are placed greedily instead, main roads first, halfway along a
    // block: a name is kept where it meets no other, at most one per `gap` blocks of its road.
    const int gap = z >= 18 ? 1 : z == 17 ? 2 : 4;
    QList<int> roads;
    for (int i = -n; i <= n; ++i) {
        if (i % 5 == 0)
            roads.append(i);
    }
    for (int i = -n; i <= n; ++i) {
        if (i % 5 != 0)
            roads.append(i);
    }
    for (const int road : std::as_const(roads)) {
        for (const bool avenue : { false, true }) {
            int last = -2 * n - gap;
            for (int along = -n; along < n; ++along) {
                if (along - last < gap)
                    continue;
                const Label candidate = label(avenue, road, along);
                const QRectF room = candidate.bounds.adjusted(-2, -2, 2, 2);
                if (std::any_of(result.cbegin(), result.cend(),
                        [&](const Label& placed) { return placed.bounds.intersects(room); }))
                    continue;
                result.append(candidate);
                last = along;
            }
        }
    }
    return result;
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
