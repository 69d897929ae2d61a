#include "gui/widgets/AppStyle.h"

#include "gui/widgets/DrawnIcon.h"

#include <QAbstractScrollArea>
#include <QPainter>
#include <QStyleOption>

namespace Open311 {

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(
    StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    switch (icon) {
    case SP_LineEditClearButton:
        // A desktop's icon theme may have its own, which Qt would take (a bare X server's
        // "hicolor" has none).
        if (QIcon::hasThemeIcon(QStringLiteral("edit-clear"))
            || QIcon::hasThemeIcon(QStringLiteral("edit-clear-locationbar-rtl")))
            break;
        return QIcon(new DrawnIcon(DrawnIcon::Shape::Clear));
    case SP_ToolBarHorizontalExtensionButton:
        return QIcon(new DrawnIcon(DrawnIcon::Shape::MoreRight));
    case SP_ToolBarVerticalExtensionButton:
        return QIcon(new DrawnIcon(DrawnIcon::Shape::MoreDown));
    default:
        break;
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

int AppStyle::pixelMetric(
    PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    const int value = QProxyStyle::pixelMetric(metric, option, widget);
    // Room for a two-pixel focus ring around lists and text boxes (see drawPrimitive()).
    if (metric == PM_DefaultFrameWidth && qobject_cast<const QAbstractScrollArea*>(widget))
        return qMax(value, 2);
    return value;
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    // The service list and the description showed no sign of having the keyboard: an operator
    // typed into the wrong place.
    if (element != PE_Frame || !(option->state & State_HasFocus)
        || !qobject_cast<const QAbstractScrollArea*>(widget))
        return;
    painter->save();
    painter->setPen(option->palette.color(QPalette::Highlight));
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->drawRect(option->rect.adjusted(1, 1, -2, -2));
    painter->restore();
}

} // namespace Open311
