#include "gui/widgets/WrappingItemDelegate.h"

#include <QListView>
#include <QStyle>

namespace Open311 {

WrappingItemDelegate::WrappingItemDelegate(QListView* view)
    : QStyledItemDelegate(view)
    , m_view(view)
{ }

QSize WrappingItemDelegate::sizeHint(
    const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    const int viewport = m_view->viewport()->width();
    // The style's margins around the text, as it lays a row out.
    const int margin
        = m_view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_view) + 1;
    const QFontMetrics metrics(m_view->font());
    const QRect wrapped = metrics.boundingRect(QRect(0, 0, qMax(1, viewport - 4 * margin), 1 << 20),
        Qt::TextWordWrap, index.data(Qt::DisplayRole).toString());
    const int height = base.height() - metrics.height() + wrapped.height();
    return { qMin(base.width(), viewport), qMax(base.height(), height) };
}

} // namespace Open311
