#include "TableColumns.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QStyle>
#include <QTableView>

namespace Open311 {

void TableColumns::apply(QTableView* view, const QList<std::pair<int, Kind>>& columns)
{
    const QFontMetrics metrics(view->font());
    const int padding = 2 * view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 16;
    // A wide date in the format the models show.
    const QString date = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 58, 58)), QLocale::ShortFormat);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (const auto& [column, kind] : columns) {
        int width = 0;
        switch (kind) {
        case Kind::Number: width = metrics.horizontalAdvance(QStringLiteral("0000000000")); break;
        case Kind::DateTime: width = metrics.horizontalAdvance(date); break;
        case Kind::Label: width = metrics.averageCharWidth() * 16; break;
        case Kind::Text: width = metrics.averageCharWidth() * 26; break;
        case Kind::Stretch: header->setSectionResizeMode(column, QHeaderView::Stretch); continue;
        }
        const int title = header->sectionSizeHint(column);
        header->resizeSection(column, qMax(width + padding, title));
    }
}

} // namespace Open311
