#include "AppStyle.h"

#include "DrawnIcon.h"

namespace Open311 {

AppStyle::AppStyle() = default;

QIcon AppStyle::standardIcon(
    StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const
{
    // A desktop's icon theme has its own icons for these; only Qt's files are replaced.
    if (QIcon::themeName().isEmpty()) {
        switch (icon) {
        case SP_LineEditClearButton:
            return QIcon(new DrawnIcon(DrawnIcon::Shape::Clear));
        case SP_ToolBarHorizontalExtensionButton:
            return QIcon(new DrawnIcon(DrawnIcon::Shape::MoreRight));
        case SP_ToolBarVerticalExtensionButton:
            return QIcon(new DrawnIcon(DrawnIcon::Shape::MoreDown));
        default:
            break;
        }
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace Open311
