#include "gui/outbox/OutboxModel.h"

#include "store/Outbox.h"

#include <QDateTime>
#include <QLocale>

namespace Open311 {

OutboxModel::OutboxModel(Outbox* outbox, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
{ }

void OutboxModel::refresh()
{
    beginResetModel();
    m_entries = m_outbox ? m_outbox->list(true) : QList<OutboxEntry>();
    endResetModel();
}

const OutboxEntry* OutboxModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::describeState(OutboxEntry::State state)
{
    switch (state) {
    case OutboxEntry::State::Queued:
        return tr("Waiting to be sent");
    case OutboxEntry::State::Sending:
        return tr("Sending");
    case OutboxEntry::State::Sent:
        return tr("Sent");
    case OutboxEntry::State::WaitingToRetry:
        return tr("Will retry");
    case OutboxEntry::State::Rejected:
        return tr("Refused by the city");
    case OutboxEntry::State::OutcomeUnknown:
        return tr("Outcome unknown \u2014 check before resending");
    }
    return QString();
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const OutboxEntry& e = m_entries[index.row()];
    if (role == LocalIdRole)
        return e.localId;
    if (role == StateRole)
        return int(e.state);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case Number:
        return e.localId;
    case Created:
        return QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(e.createdMs), QLocale::ShortFormat);
    case Service:
        return e.serviceName.isEmpty() ? e.request.serviceCode : e.serviceName;
    case State:
        if (e.state == OutboxEntry::State::WaitingToRetry && e.nextAttemptMs > 0)
            return tr("Will retry at %1")
                .arg(QLocale().toString(
                    QDateTime::fromMSecsSinceEpoch(e.nextAttemptMs).time(), QLocale::ShortFormat));
        return describeState(e.state);
    case Reason:
        return e.reason;
    default:
        return QVariant();
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Created:
        return tr("Written");
    case Service:
        return tr("Service");
    case State:
        return tr("State");
    case Reason:
        return tr("Reason");
    default:
        return QVariant();
    }
}

} // namespace Open311
