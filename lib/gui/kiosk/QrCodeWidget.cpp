#include "gui/kiosk/QrCodeWidget.h"

#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace Open311 {

namespace {

// The standard's minimum quiet zone, in modules.
constexpr int kQuietZone = 4;
// Large enough for a phone held at arm's length from a kiosk screen.
constexpr int kPreferredModulePixels = 8;
constexpr int kMinimumModulePixels = 4;

} // namespace

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
}

bool QrCodeWidget::setText(const QString& text)
{
    m_text = text;
    m_size = 0;
    m_modules.clear();
    if (!text.isEmpty()) {
        const QByteArray utf8 = text.toUtf8();
        // Level M survives a smudged screen or a creased receipt.
        const std::unique_ptr<QRcode, void (*)(QRcode*)> code(
            QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1), &QRcode_free);
        if (code) {
            m_size = code->width;
            m_modules.resize(std::size_t(m_size) * std::size_t(m_size));
            for (std::size_t i = 0; i < m_modules.size(); ++i)
                m_modules[i] = code->data[i] & 1;
        }
    }
    updateGeometry();
    update();
    return text.isEmpty() || m_size > 0;
}

bool QrCodeWidget::isDark(int column, int row) const
{
    if (column < 0 || row < 0 || column >= m_size || row >= m_size)
        return false;
    return m_modules[std::size_t(row) * std::size_t(m_size) + std::size_t(column)];
}

QRect QrCodeWidget::codeRect() const
{
    return codeRectIn(rect());
}

QRect QrCodeWidget::codeRectIn(const QRect& area) const
{
    if (m_size == 0)
        return QRect();
    const int modules = m_size + 2 * kQuietZone;
    const int pixels = qMax(1, qMin(area.width(), area.height()) / modules);
    const int side = pixels * m_size;
    return QRect(area.center().x() - side / 2, area.center().y() - side / 2, side, side);
}

void QrCodeWidget::drawCode(QPainter& painter, const QRect& area) const
{
    const QRect code = codeRectIn(area);
    if (code.isEmpty())
        return;
    const int pixels = code.width() / m_size;
    const int quiet = kQuietZone * pixels;
    painter.fillRect(code.adjusted(-quiet, -quiet, quiet, quiet), Qt::white);
    for (int row = 0; row < m_size; ++row) {
        for (int column = 0; column < m_size; ++column) {
            if (isDark(column, row))
                painter.fillRect(
                    code.x() + column * pixels, code.y() + row * pixels, pixels, pixels, Qt::black);
        }
    }
}

QSize QrCodeWidget::sizeHint() const
{
    const int side = (qMax(m_size, 21) + 2 * kQuietZone) * kPreferredModulePixels;
    return QSize(side, side);
}

QSize QrCodeWidget::minimumSizeHint() const
{
    const int side = (qMax(m_size, 21) + 2 * kQuietZone) * kMinimumModulePixels;
    return QSize(side, side);
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    drawCode(painter, rect());
}

} // namespace Open311
