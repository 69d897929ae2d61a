#include "gui/tracker/TrackerFilterModel.h"

#include "gui/tracker/TrackerModel.h"

namespace Open311 {

TrackerFilterModel::TrackerFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TrackerModel::SortRole);
}

void TrackerFilterModel::setStatusFilter(StatusFilter filter)
{
    m_status = filter;
    invalidateFilter();
}

void TrackerFilterModel::setText(const QString& text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool TrackerFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    auto* model = qobject_cast<TrackerModel*>(sourceModel());
    const TrackedRequest* r = model ? model->requestAt(sourceRow) : nullptr;
    if (!r)
        return false;
    switch (m_status) {
    case StatusFilter::All:
        break;
    case StatusFilter::Open:
        if (r->isClosed() || r->isUnknownToServer())
            return false;
        break;
    case StatusFilter::Closed:
        if (!r->isClosed())
            return false;
        break;
    case StatusFilter::UnknownToCity:
        if (!r->isUnknownToServer())
            return false;
        break;
    case StatusFilter::Failing:
        if (r->errorKind.isEmpty())
            return false;
        break;
    }
    if (m_words.isEmpty())
        return true;
    const QString haystack = QStringList { r->requestId, r->serviceName, r->address, r->status,
        r->statusNotes, r->errorMessage }
                                 .join(QLatin1Char(' '));
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool TrackerFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(TrackerModel::SortRole);
    const QVariant b = right.data(TrackerModel::SortRole);
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

} // namespace Open311
