#include "gui/report/ServiceListModel.h"

#include <QFont>
#include <QPalette>

namespace Open311 {

ServiceListModel::ServiceListModel(QObject* parent)
    : QAbstractListModel(parent)
{ }

void ServiceListModel::setServices(const ServiceList& services)
{
    beginResetModel();
    m_services = services;
    m_rows.clear();
    m_groups.clear();
    // Groups in the order the city first names them, each service in its own order within.
    QList<QList<int>> members;
    QList<int> ungrouped;
    for (int i = 0; i < m_services.size(); ++i) {
        const QString& group = m_services[i].group;
        if (group.isEmpty()) {
            ungrouped.append(i);
            continue;
        }
        qsizetype at = m_groups.indexOf(group);
        if (at < 0) {
            m_groups.append(group);
            members.append(QList<int>());
            at = m_groups.size() - 1;
        }
        members[at].append(i);
    }
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        m_rows.append(-1 - int(g));
        m_rows += members[g];
    }
    if (!m_groups.isEmpty() && !ungrouped.isEmpty()) {
        m_groups.append(tr("Other services"));
        m_rows.append(-int(m_groups.size()));
    }
    m_rows += ungrouped;
    endResetModel();
}

QModelIndex ServiceListModel::indexOfCode(const QString& code) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row] >= 0 && m_services[m_rows[row]].code == code)
            return index(row);
    }
    return QModelIndex();
}

int ServiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags ServiceListModel::flags(const QModelIndex& index) const
{
    // A heading is passed over by the arrow keys and cannot be chosen.
    if (isHeading(index.row()))
        return Qt::NoItemFlags;
    return QAbstractListModel::flags(index);
}

QVariant ServiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const int at = m_rows[index.row()];
    if (at < 0) {
        const QString& group = m_groups[-1 - at];
        switch (role) {
        case Qt::DisplayRole:
            return group;
        case Qt::AccessibleTextRole:
            return tr("Group: %1").arg(group);
        case HeadingRole:
            return true;
        case SearchTextRole:
            return group;
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case Qt::ForegroundRole:
            // Readable, not greyed out as a disabled row would be.
            return QPalette().brush(QPalette::Active, QPalette::WindowText);
        default:
            return QVariant();
        }
    }
    const Service& service = m_services[at];
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
