#pragma once

#include <QSortFilterProxyModel>

namespace Open311 {

// Type-ahead over names, descriptions, keywords and groups: every word typed must appear in one
// of them, in any order and case ("pot bike" finds "Pothole in bike lane").
class ServiceFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ServiceFilterModel(QObject* parent = nullptr);
    void setFilterText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool acceptsService(int sourceRow, const QModelIndex& sourceParent) const;

    QStringList m_words;
};

} // namespace Open311
