#pragma once

#include <QHash>
#include <QHeaderView>
#include <QList>
#include <QObject>
#include <QPointer>
#include <utility>

class QLineEdit;
class QTableView;

namespace Open311 {

// Sizes a table's columns to what they hold, each cell on one line: ids, dates and labels get
// the width of their content, and the free-text columns share what is left by how much each
// needs, elided beyond that. Sizing to contents would measure every row on every update, which
// stalls the GUI with 10,000 of them; this measures the first rows when the table is reset and
// only the changed row when one changes.
class TableColumns : public QObject
{
    Q_OBJECT

public:
    // Number, DateTime and Label columns are sized to their content; Text and Stretch columns
    // share the rest, Stretch taking what none of them needs.
    enum class Kind
    {
        Number,
        DateTime,
        Label,
        Text,
        Stretch
    };

    // Keeps the view's columns sized (owned by the view) as its rows, font and width change.
    static TableColumns* apply(QTableView* view, const QList<std::pair<int, Kind>>& columns);

    // A field whose placeholder names it is at least wide enough to show that name whole.
    static void fitPlaceholder(QLineEdit* edit);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static constexpr int kSampleRows = 200;

    TableColumns(QTableView* view, const QList<std::pair<int, Kind>>& columns);

    void remeasure();
    void measureRows(int first, int last, int firstColumn, int lastColumn);
    int widestDate() const;
    int cap(Kind kind) const;
    void fit();

    QTableView* m_view;
    // Gone first while a QTableWidget is destroyed; its model then still sends a reset.
    QPointer<QHeaderView> m_header;
    // Kept, not asked for: while the view is destroyed its viewport still sends events, and
    // calling viewport() then reached a half-destroyed view (UBSan, in the crash loop).
    QPointer<QWidget> m_viewport;
    QList<std::pair<int, Kind>> m_columns;
    QHash<int, int> m_needed; // column -> the widest text seen, with the cell's margins
    QHash<int, int> m_applied; // column -> the width last set; a short one dragged by hand stays
    bool m_fitting = false;
};

} // namespace Open311
