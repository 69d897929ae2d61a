#include "gui/widgets/ColumnScrollArea.h"

#include <QApplication>
#include <QScrollBar>

namespace Open311 {

ColumnScrollArea::ColumnScrollArea(QWidget* parent)
    : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(true);
    setFocusPolicy(Qt::NoFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(qApp, &QApplication::focusChanged, this, &ColumnScrollArea::showFocused);
}

QSize ColumnScrollArea::minimumSizeHint() const
{
    const QSize own = QScrollArea::minimumSizeHint();
    if (!widget())
        return own;
    return QSize(widget()->minimumSizeHint().width() + verticalScrollBar()->sizeHint().width(),
        own.height());
}

void ColumnScrollArea::showFocused(QWidget*, QWidget* now)
{
    // A click gives the focus before it lands: scrolling then would move the control from
    // under the pointer and lose the click. Nor does a control already in view move.
    if (!now || !widget() || !widget()->isAncestorOf(now)
        || QGuiApplication::mouseButtons() != Qt::NoButton)
        return;
    const QRect shown(now->mapTo(viewport(), QPoint(0, 0)), now->size());
    if (!viewport()->rect().contains(shown))
        ensureWidgetVisible(now);
}

} // namespace Open311
