#pragma once

class QToolButton;
class QWidget;

namespace Open311 {

// The map's + and − buttons in its top right corner, children of the map. They are for the
// mouse and for fingers and take no focus: the map's own keys zoom.
class ZoomButtons
{
public:
    explicit ZoomButtons(QWidget* map);

    QToolButton* zoomIn() const { return m_zoomIn; }
    QToolButton* zoomOut() const { return m_zoomOut; }
    // Larger for fingers (kiosks).
    void setTouchMode(bool touch);
    // In the top right corner of a map this wide.
    void place(int mapWidth);

private:
    QToolButton* m_zoomIn;
    QToolButton* m_zoomOut;
};

} // namespace Open311
