#include "gui/widgets/WheelGuard.h"

#include <QEvent>
#include <QWidget>

namespace Open311 {

WheelGuard::WheelGuard(QWidget* field)
    : QObject(field)
{ }

void WheelGuard::protect(QWidget* field)
{
    // Qt::WheelFocus would give the field the focus on the very turn that should pass it by.
    field->setFocusPolicy(Qt::StrongFocus);
    field->installEventFilter(new WheelGuard(field));
}

bool WheelGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::Wheel || static_cast<QWidget*>(watched)->hasFocus())
        return false;
    // Handled here but not accepted: QApplication then offers it to the parents, up to the
    // scroll area.
    event->ignore();
    return true;
}

} // namespace Open311
