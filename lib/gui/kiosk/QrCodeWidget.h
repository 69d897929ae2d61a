#pragma once

#include <QWidget>

#include <vector>

class QPainter;

namespace Open311 {

// A QR code of a short text (a request id), for a visitor to take away with a phone's camera.
// Always dark on light with its quiet zone, whatever the palette: readers need that contrast.
class QrCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    // Returns false when the text cannot be encoded (too long); the widget then shows nothing.
    bool setText(const QString& text);
    QString text() const { return m_text; }
    bool hasCode() const { return m_size > 0; }
    // Modules per side, without the quiet zone.
    int moduleCount() const { return m_size; }
    bool isDark(int column, int row) const;
    // Where paintEvent() puts the modules (the quiet zone around them is outside).
    QRect codeRect() const;
    // The code with its quiet zone, as large as whole pixels per module allow inside area.
    void drawCode(QPainter& painter, const QRect& area) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QRect codeRectIn(const QRect& area) const;

    QString m_text;
    int m_size = 0;
    std::vector<bool> m_modules;
};

} // namespace Open311
