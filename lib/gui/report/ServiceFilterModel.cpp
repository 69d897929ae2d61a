#include "gui/report/ServiceFilterModel.h"

#include "gui/report/ServiceListModel.h"

namespace Open311 {

ServiceFilterModel::ServiceFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{ }

void ServiceFilterModel::setFilterText(const QString& text)
{
    m_words = text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

bool ServiceFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    // A group's heading stays while one of its services does.
    const auto* services = qobject_cast<const ServiceListModel*>(sourceModel());
    if (services && services->isHeading(sourceRow)) {
        for (int row = sourceRow + 1; row < services->rowCount() && !services->isHeading(row);
             ++row) {
            if (acceptsService(row, sourceParent))
                return true;
        }
        return false;
    }
    return acceptsService(sourceRow, sourceParent);
}

bool ServiceFilterModel::acceptsService(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString haystack = index.data(Qt::DisplayRole).toString() + QLatin1Char(' ')
        + index.data(ServiceListModel::DescriptionRole).toString() + QLatin1Char(' ')
        + index.data(ServiceListModel::CodeRole).toString() + QLatin1Char(' ')
        + index.data(ServiceListModel::SearchTextRole).toString();
    for (const QString& word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace Open311
