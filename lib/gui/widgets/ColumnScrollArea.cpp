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
    if (now && widget() && widget()->isAncestorOf(now))
        ensureWidgetVisible(now);
}

} // namespace Open311
