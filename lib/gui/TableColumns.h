#pragma once

#include <QList>
#include <utility>

class QTableView;

namespace Open311 {

// Starting widths for a table's columns from the kind of text each holds, set once: sizing to
// contents measures the rows on every update, which stalls the GUI with 10,000 of them.
class TableColumns
{
public:
    enum class Kind { Number, DateTime, Label, Text, Stretch };

    static void apply(QTableView* view, const QList<std::pair<int, Kind>>& columns);
};

} // namespace Open311
