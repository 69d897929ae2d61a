#include "gui/tracker/TrackerModel.h"

#include "store/PendingTokens.h"
#include "store/TrackerStore.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace Open311 {

namespace {

QString shortTime(qint64 ms)
{
    return ms > 1 ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat)
                  : QString();
}

} // namespace

TrackerModel::TrackerModel(TrackerStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{ }

void TrackerModel::setProfile(const QString& profile)
{
    m_profile = profile;
    refresh();
}

void TrackerModel::setShowArchived(bool show)
{
    m_showArchived = show;
    refresh();
}

void TrackerModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_tokens.clear();
    if (m_store) {
        for (const PendingTokens::Pending& pending : m_store->tokens().list(m_profile)) {
            m_rows.append(pending.about);
            m_tokens.append(pending.token);
        }
        m_rows += m_store->list(m_profile, m_showArchived);
    }
    m_rowOf.clear();
    for (int row = int(m_tokens.size()); row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows[row].requestId, row);
    endResetModel();
}

void TrackerModel::refreshRow(const QString& requestId)
{
    const auto it = m_rowOf.constFind(requestId);
    if (it == m_rowOf.constEnd()) {
        refresh(); // a new request: its place in the order is the store's to say
        return;
    }
    if (const std::optional<TrackedRequest> fresh = m_store->find(m_profile, requestId)) {
        m_rows[*it] = *fresh;
        Q_EMIT dataChanged(index(*it, 0), index(*it, ColumnCount - 1));
    }
}

const TrackedRequest* TrackerModel::requestAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int TrackerModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TrackerModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TrackerModel::statusText(const QString& status)
{
    // GeoReport v1 has two statuses; servers differ in their case.
    if (status.compare(QLatin1String("open"), Qt::CaseInsensitive) == 0)
        return tr("Open");
    if (status.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0)
        return tr("Closed");
    return status;
}

QString TrackerModel::statusText(const TrackedRequest& r)
{
    if (r.isUnknownToServer())
        return tr("Unknown to the city");
    if (r.status.isEmpty())
        return r.errorKind.isEmpty() ? tr("Not checked yet") : tr("Check failed");
    return statusText(r.status);
}

QVariant TrackerModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const TrackedRequest& r = m_rows[index.row()];
    const QString token = index.row() < m_tokens.size() ? m_tokens.at(index.row()) : QString();
    if (!token.isEmpty()) {
        switch (role) {
        case TokenRole:
            return token;
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            if (index.column() == Id)
                return tr("Token %1").arg(token);
            if (index.column() == Status)
                return tr("Waiting for the city's number");
            if (index.column() == Notes)
                return tr("This service files reports in batches; the number comes when the city "
                          "has filed it.");
            break;
        case SortRole:
            if (index.column() == Id)
                return QString(); // before every number
            break;
        default:
            break;
        }
    }
    switch (role) {
    case RequestIdRole:
        return r.requestId;
    case StatusRole:
        return r.status;
    case Qt::FontRole:
        if (r.unseenChange) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return QVariant();
    case Qt::ToolTipRole:
        // Cells are elided to one line; the tooltip has the whole of what was cut.
        switch (index.column()) {
        case Service:
        case Place:
            return data(index, Qt::DisplayRole);
        default:
            return r.errorMessage.isEmpty() ? r.statusNotes : r.errorMessage;
        }
    case SortRole:
        switch (index.column()) {
        case Submitted:
            return r.submittedMs;
        case LastChecked:
            return r.lastCheckedMs;
        case NextCheck:
            return r.nextCheckMs;
        case Id: {
            bool numeric = false;
            const qlonglong n = r.requestId.toLongLong(&numeric);
            return numeric ? QVariant(n) : QVariant(r.requestId);
        }
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case Id:
            return r.requestId;
        case Service:
            return r.serviceName;
        case Place:
            if (!r.address.isEmpty())
                return r.address;
            if (r.latitude && r.longitude)
                return QStringLiteral("%1, %2")
                    .arg(*r.latitude, 0, 'f', 5)
                    .arg(*r.longitude, 0, 'f', 5);
            return QString();
        case Submitted:
            return shortTime(r.submittedMs);
        case Status:
            return statusText(r);
        case Notes:
            return r.errorMessage.isEmpty() ? r.statusNotes : r.errorMessage;
        case LastChecked:
            return shortTime(r.lastCheckedMs);
        case NextCheck:
            return r.nextCheckMs > 1 ? shortTime(r.nextCheckMs)
                : r.nextCheckMs == 1 ? tr("Now")
                                     : QString();
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant TrackerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("Request id");
    case Service:
        return tr("Service");
    case Place:
        return tr("Address or location");
    case Submitted:
        return tr("Submitted");
    case Status:
        return tr("Status");
    case Notes:
        return tr("Latest notes");
    case LastChecked:
        return tr("Last checked");
    case NextCheck:
        return tr("Next check");
    default:
        return QVariant();
    }
}

} // namespace Open311
