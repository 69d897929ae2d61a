#include "gui/widgets/AppStyle.h"

#include "gui/widgets/ColorContrast.h"
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
    drawBorder(element, option, painter);
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

void AppStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option,
    QPainter* painter, const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion draws a spin box's frame itself, not through a primitive that drawBorder() sees.
    const auto* spin = qstyleoption_cast<const QStyleOptionSpinBox*>(option);
    if (control != CC_SpinBox || !spin || !spin->frame || !(option->state & State_Enabled)
        || (option->state & State_HasFocus))
        return;
    // On Fusion's own outline, which sits a pixel inside at the top and bottom.
    const QColor edge = edgeColour(option->palette);
    if (edge.isValid())
        strokeRoundedEdge(painter, option->rect.adjusted(0, 1, 0, -1), edge);
}

void AppStyle::strokeRoundedEdge(QPainter* painter, const QRect& rect, const QColor& edge)
{
    painter->save();
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
    painter->restore();
}

QColor AppStyle::edgeColour(const QPalette& palette) const
{
    const QColor window = palette.color(QPalette::Window);
    const QColor text = palette.color(QPalette::WindowText);
    // Every control's every paint comes here, with one palette nearly always.
    if (window != m_edgeWindow || text != m_edgeText) {
        constexpr double kMinimum = 3.0;
        m_edgeWindow = window;
        m_edgeText = text;
        m_edge = ColorContrast::ratio(window.darker(140), window) >= kMinimum
            ? QColor()
            : ColorContrast::reaching(window, text, kMinimum + 0.1);
    }
    return m_edge;
}

// Fusion outlines a control in its window colour darkened by 40 %: about 2:1 on a light window
// and nothing at all on black, where a high-contrast palette left fields and buttons without an
// edge. Where that falls short of 3:1, the edge is drawn again in the text colour's direction,
// just far enough (WCAG 1.4.11). A disabled control, which WCAG exempts, stays faint.
void AppStyle::drawBorder(
    PrimitiveElement element, const QStyleOption* option, QPainter* painter) const
{
    const bool field = element == PE_FrameLineEdit || element == PE_Frame;
    if (!field && element != PE_PanelButtonCommand && element != PE_IndicatorCheckBox
        && element != PE_IndicatorRadioButton)
        return;
    if (!(option->state & State_Enabled))
        return;
    // Fusion's highlighted outline marks a focused field, a button or box reached by the
    // keyboard, and the default button; it stays.
    const bool keyboardFocus = (option->state & State_HasFocus)
        && (field || (option->state & State_KeyboardFocusChange));
    if (keyboardFocus)
        return;
    if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option); button
        && element == PE_PanelButtonCommand
        && (button->features & (QStyleOptionButton::DefaultButton | QStyleOptionButton::Flat)))
        return;
    const QColor edge = edgeColour(option->palette);
    if (!edge.isValid())
        return;
    if (element != PE_IndicatorRadioButton && element != PE_IndicatorCheckBox) {
        strokeRoundedEdge(painter, option->rect, edge);
        return;
    }
    painter->save();
    painter->setPen(edge);
    painter->setBrush(Qt::NoBrush);
    // Whole pixels: a smoothed one-pixel circle blends half of itself into the window.
    painter->setRenderHint(QPainter::Antialiasing, false);
    if (element == PE_IndicatorRadioButton)
        painter->drawEllipse(option->rect.adjusted(0, 0, -1, -1));
    else
        painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}

} // namespace Open311
