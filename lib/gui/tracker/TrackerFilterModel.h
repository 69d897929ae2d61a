#pragma once

#include <QSortFilterProxyModel>

namespace Open311 {

// Filters the Tracker's table by status and by words anywhere in a row, and sorts it by the
// real values (dates and numeric ids), not their text.
class TrackerFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusFilter
    {
        All,
        Open,
        Closed,
        UnknownToCity,
        Failing
    };

    explicit TrackerFilterModel(QObject* parent = nullptr);
    void setStatusFilter(StatusFilter filter);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    StatusFilter m_status = StatusFilter::All;
    QStringList m_words;
};

} // namespace Open311
