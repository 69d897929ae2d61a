#include "gui/widgets/TableColumns.h"

#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QStyle>
#include <QStyleOptionFrame>
#include <QTableView>

#include <algorithm>
#include <climits>

namespace Open311 {

namespace {

bool isFlexible(TableColumns::Kind kind)
{
    return kind == TableColumns::Kind::Text || kind == TableColumns::Kind::Stretch;
}

// What a cell adds to its text: the style's margin on each side, and the grid line.
int cellMargin(const QTableView* view)
{
    const int textMargin
        = view->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
    return 2 * textMargin + (view->showGrid() ? 1 : 0) + 1;
}

// Rows are shown bold while they hold a change nobody has looked at, so any row may be bold.
QFontMetrics cellMetrics(const QTableView* view)
{
    QFont bold = view->font();
    bold.setBold(true);
    return QFontMetrics(bold);
}

} // namespace

TableColumns::TableColumns(QTableView* view, const QList<std::pair<int, Kind>>& columns)
    : QObject(view)
    , m_view(view)
    , m_header(view->horizontalHeader())
    , m_viewport(view->viewport())
    , m_columns(columns)
{ }

TableColumns* TableColumns::apply(QTableView* view, const QList<std::pair<int, Kind>>& columns)
{
    auto* fitter = new TableColumns(view, columns);
    // A cut date or address reads as another one; one line, elided, with the rest in a tooltip.
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    QHeaderView* header = view->horizontalHeader();
    header->setStretchLastSection(false);
    for (const auto& [column, kind] : columns)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    view->installEventFilter(fitter);
    view->viewport()->installEventFilter(fitter);
    if (QAbstractItemModel* model = view->model()) {
        connect(model, &QAbstractItemModel::modelReset, fitter, [fitter] {
            fitter->remeasure();
            fitter->fit();
        });
        connect(model, &QAbstractItemModel::rowsInserted, fitter,
            [fitter](const QModelIndex& parent, int first, int last) {
                if (!parent.isValid())
                    fitter->measureRows(first, last, 0, INT_MAX);
            });
        connect(model, &QAbstractItemModel::dataChanged, fitter,
            [fitter](const QModelIndex& topLeft, const QModelIndex& bottomRight) {
                if (!topLeft.parent().isValid())
                    fitter->measureRows(
                        topLeft.row(), bottomRight.row(), topLeft.column(), bottomRight.column());
            });
        connect(model, &QAbstractItemModel::headerDataChanged, fitter, &TableColumns::fit);
    }
    fitter->remeasure();
    fitter->fit();
    return fitter;
}

void TableColumns::fitPlaceholder(QLineEdit* edit)
{
    QStyleOptionFrame option;
    option.initFrom(edit);
    option.rect = QRect(0, 0, 1000, 100);
    option.lineWidth = edit->hasFrame()
        ? edit->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, edit)
        : 0;
    option.state |= QStyle::State_Sunken;
    const int frame = option.rect.width()
        - edit->style()->subElementRect(QStyle::SE_LineEditContents, &option, edit).width();
    const QMargins text = edit->textMargins();
    // QLineEdit keeps 2 px of its own on each side of its text.
    const int inner = frame + text.left() + text.right() + 2 * 2 + 1;
    edit->setMinimumWidth(edit->fontMetrics().horizontalAdvance(edit->placeholderText()) + inner);
}

bool TableColumns::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_header)
        return false;
    if (watched == m_view) {
        switch (event->type()) {
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LocaleChange:
            remeasure();
            fit();
            break;
        default:
            break;
        }
    } else if (watched == m_viewport && event->type() == QEvent::Resize) {
        fit();
    }
    return QObject::eventFilter(watched, event);
}

int TableColumns::widestDate() const
{
    // Month names, day and hour digits and AM or PM differ in width; the models use QLocale().
    const QFontMetrics metrics = cellMetrics(m_view);
    int widest = 0;
    for (int month = 1; month <= 12; ++month) {
        for (const int hour : { 10, 22 }) {
            const QDateTime when(QDate(2026, month, 28), QTime(hour, 58, 58));
            widest = qMax(
                widest, metrics.horizontalAdvance(QLocale().toString(when, QLocale::ShortFormat)));
        }
    }
    return widest + cellMargin(m_view);
}

int TableColumns::cap(Kind kind) const
{
    // A city may send a status or an id of any length; past this it is elided.
    return kind == Kind::Number || kind == Kind::Label
        ? m_view->fontMetrics().averageCharWidth() * 40
        : INT_MAX;
}

void TableColumns::remeasure()
{
    if (!m_header)
        return;
    m_needed.clear();
    const int date = widestDate();
    for (const auto& [column, kind] : std::as_const(m_columns)) {
        if (kind == Kind::DateTime)
            m_needed.insert(column, date);
    }
    if (m_view->model())
        measureRows(0, kSampleRows - 1, 0, INT_MAX);
}

void TableColumns::measureRows(int first, int last, int firstColumn, int lastColumn)
{
    if (!m_header)
        return;
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    last = std::min({ last, first + kSampleRows - 1, model->rowCount() - 1 });
    const QFontMetrics metrics = cellMetrics(m_view);
    const int margin = cellMargin(m_view);
    bool grew = false;
    for (const auto& [column, kind] : std::as_const(m_columns)) {
        if (column < firstColumn || column > lastColumn)
            continue;
        int needed = m_needed.value(column);
        for (int row = first; row <= last; ++row) {
            const QString text = model->index(row, column).data(Qt::DisplayRole).toString();
            if (!text.isEmpty())
                needed = qMax(needed, metrics.horizontalAdvance(text) + margin);
        }
        if (needed > m_needed.value(column)) {
            m_needed.insert(column, needed);
            grew = true;
        }
    }
    if (grew)
        fit();
}

void TableColumns::fit()
{
    if (m_fitting || !m_header)
        return;
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    QHeaderView* header = m_header;
    struct Flexible
    {
        int column;
        int title;
        int wanted;
    };
    QList<Flexible> flexible;
    int stretch = -1;
    int used = 0;
    for (const auto& [column, kind] : std::as_const(m_columns)) {
        if (column >= header->count() || header->isSectionHidden(column))
            continue;
        const int title = header->sectionSizeHint(column);
        if (isFlexible(kind)) {
            flexible.append({ column, title, qMax(title, m_needed.value(column)) });
            if (kind == Kind::Stretch || stretch < 0)
                stretch = column;
            continue;
        }
        const int width = qMax(title, qMin(m_needed.value(column), cap(kind)));
        if (m_applied.value(column, -1) != width) {
            header->resizeSection(column, width);
            m_applied.insert(column, width);
        }
        used += header->sectionSize(column);
    }
    // The column that needs least gets what it needs, or its share; the others split the rest.
    std::sort(flexible.begin(), flexible.end(),
        [](const Flexible& a, const Flexible& b) { return a.wanted < b.wanted; });
    int left = m_view->viewport()->width() - used;
    QHash<int, int> widths;
    for (qsizetype i = 0; i < flexible.size(); ++i) {
        const int share = qMax(0, left) / int(flexible.size() - i);
        const int width = qMax(flexible[i].title, qMin(flexible[i].wanted, share));
        widths.insert(flexible[i].column, width);
        left -= width;
    }
    if (left > 0 && stretch >= 0)
        widths[stretch] += left; // no gap at the right edge
    for (auto it = widths.cbegin(); it != widths.cend(); ++it) {
        if (header->sectionSize(it.key()) != it.value())
            header->resizeSection(it.key(), it.value());
        m_applied.insert(it.key(), it.value());
    }
}

} // namespace Open311
