#include "mapwidget/ZoomButtons.h"

#include <QCoreApplication>
#include <QToolButton>

namespace Open311 {

ZoomButtons::ZoomButtons(QWidget* map)
    : m_zoomIn(new QToolButton(map))
    , m_zoomOut(new QToolButton(map))
{
    // In the map's context, where these strings and their translations have always been.
    m_zoomIn->setText(QStringLiteral("+"));
    m_zoomIn->setAccessibleName(QCoreApplication::translate("Open311::MapWidget", "Zoom in"));
    m_zoomIn->setToolTip(QCoreApplication::translate("Open311::MapWidget", "Zoom in (+)"));
    m_zoomOut->setText(QStringLiteral("\u2212"));
    m_zoomOut->setAccessibleName(QCoreApplication::translate("Open311::MapWidget", "Zoom out"));
    m_zoomOut->setToolTip(QCoreApplication::translate("Open311::MapWidget", "Zoom out (\u2212)"));
    for (QToolButton* button : { m_zoomIn, m_zoomOut }) {
        button->setFixedSize(36, 36);
        button->setAutoRaise(false);
        button->setFocusPolicy(Qt::NoFocus);
        QFont font = button->font();
        font.setPixelSize(20);
        font.setBold(true);
        button->setFont(font);
    }
}

void ZoomButtons::setTouchMode(bool touch)
{
    for (QToolButton* button : { m_zoomIn, m_zoomOut })
        button->setFixedSize(touch ? 56 : 36, touch ? 56 : 36);
}

void ZoomButtons::place(int mapWidth)
{
    m_zoomIn->move(mapWidth - m_zoomIn->width() - 10, 10);
    m_zoomOut->move(mapWidth - m_zoomOut->width() - 10, 10 + m_zoomIn->height() + 4);
}

} // namespace Open311
