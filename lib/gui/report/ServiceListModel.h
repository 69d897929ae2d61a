#pragma once

#include "core/Service.h"

#include <QAbstractListModel>

namespace Open311 {

// The jurisdiction's services as a list: the name to read, the description as a tooltip and
// for the type-ahead filter, the code for the wire.
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
    };

    explicit ServiceListModel(QObject* parent = nullptr);

    void setServices(const ServiceList& services);
    const ServiceList& services() const { return m_services; }
    QModelIndex indexOfCode(const QString& code) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    ServiceList m_services;
};

} // namespace Open311
