#include "gui/report/ServiceListModel.h"

namespace Open311 {

ServiceListModel::ServiceListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ServiceListModel::setServices(const ServiceList& services)
{
    beginResetModel();
    m_services = services;
    endResetModel();
}

QModelIndex ServiceListModel::indexOfCode(const QString& code) const
{
    for (int row = 0; row < m_services.size(); ++row) {
        if (m_services[row].code == code)
            return index(row);
    }
    return QModelIndex();
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_services.size());
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Service& service = m_services[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return service.name;
    case Qt::ToolTipRole:
    case DescriptionRole:
        return service.description;
    case CodeRole:
        return service.code;
    case MetadataRole:
        return service.metadata;
    case SearchTextRole:
        return QStringList(service.keywords + service.groups + QStringList { service.group })
            .join(QLatin1Char(' '));
    default:
        return QVariant();
    }
}

QHash<int, QByteArray> ServiceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(DescriptionRole, "description");
    names.insert(MetadataRole, "metadata");
    return names;
}

} // namespace Open311
