#include "AppStyle.h"

#include "DrawnIcon.h"

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

} // namespace Open311
