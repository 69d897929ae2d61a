#pragma once

#include "core/Service.h"

#include <QAbstractListModel>

namespace Open311 {

// The jurisdiction's services as a list: the name to read, the description as a tooltip and
// for the type-ahead filter, the code for the wire. Where the city groups its services (v2's
// group), each group has a heading row that cannot be chosen, and its services follow it.
class ServiceListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        CodeRole = Qt::UserRole + 1,
        DescriptionRole,
        MetadataRole, // v2: the service has questions (a definition)
        SearchTextRole, // what the type-ahead filter also matches: keywords and groups
        HeadingRole, // true on a group's heading row
    };

    explicit ServiceListModel(QObject* parent = nullptr);

    void setServices(const ServiceList& services);
    const ServiceList& services() const { return m_services; }
    QModelIndex indexOfCode(const QString& code) const;

    bool isHeading(int row) const { return row >= 0 && row < m_rows.size() && m_rows[row] < 0; }
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ServiceList m_services;
    // Per row, the service's index in m_services, or -1 - (index of the group in m_groups).
    QList<int> m_rows;
    QStringList m_groups;
};

} // namespace Open311
