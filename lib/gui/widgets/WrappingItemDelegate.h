#pragma once

#include <QStyledItemDelegate>

class QListView;

namespace Open311 {

// Rows as tall as their wrapped text: a list view in list mode asks its delegate for a size
// without telling it the row's width, so a long name stays one line and is cut with "…".
class WrappingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit WrappingItemDelegate(QListView* view);

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    QListView* m_view;
};

} // namespace Open311
