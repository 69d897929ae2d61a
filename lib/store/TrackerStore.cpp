#include "store/TrackerStore.h"

#include "store/PendingTokens.h"

#include "store/SchemaMigration.h"
#include "store/SqlColumns.h"
#include "store/SqliteConnection.h"

#include <QDateTime>
#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <iterator>

namespace Open311 {

namespace {

// The columns every SELECT of tracked lists, in this order. fromQuery() reads them through this
// enum, and columnList() is made from the names below, so the two cannot drift apart.
enum class Column
{
    Profile,
    RequestId,
    ServiceName,
    Address,
    Latitude,
    Longitude,
    SubmittedMs,
    Status,
    StatusNotes,
    LastCheckedMs,
    NextCheckMs,
    ChangedMs,
    Failures,
    ErrorKind,
    ErrorCode,
    ErrorMessage,
    Archived,
    Unseen,
    Agency,
    ExpectedDatetime,
    ServiceNotice,
    MediaUrl,
    Count
};

const char* const kColumnNames[] = { "profile", "request_id", "service_name", "address", "lat",
    "lon", "submitted_ms", "status", "status_notes", "last_checked_ms", "next_check_ms",
    "changed_ms", "failures", "error_kind", "error_code", "error_message", "archived", "unseen",
    "agency", "expected_datetime", "service_notice", "media_url" };
static_assert(std::size(kColumnNames) == static_cast<std::size_t>(Column::Count),
    "one name for every column, in the order of Column");

QString columnList()
{
    static const QString list = Open311::columnList(kColumnNames);
    return list;
}

QVariant at(const QSqlQuery& q, Column column)
{
    return columnValue(q, column);
}

// Step i takes the schema from version i to i + 1.
QList<QStringList> schemaSteps()
{
    return {
        {
            QStringLiteral(
                "CREATE TABLE tracked (profile TEXT NOT NULL, request_id TEXT NOT NULL,"
                " service_name TEXT, address TEXT, lat REAL, lon REAL, submitted_ms INTEGER,"
                " status TEXT, status_notes TEXT, last_checked_ms INTEGER NOT NULL DEFAULT 0,"
                " next_check_ms INTEGER NOT NULL DEFAULT 0, changed_ms INTEGER NOT NULL DEFAULT 0,"
                " failures INTEGER NOT NULL DEFAULT 0, error_kind TEXT, error_code INTEGER,"
                " error_message TEXT, archived INTEGER NOT NULL DEFAULT 0,"
                " unseen INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (profile, request_id))"),
            QStringLiteral("CREATE INDEX tracked_due ON tracked (profile, next_check_ms)"),
            QStringLiteral("CREATE TABLE history (profile TEXT NOT NULL, request_id TEXT NOT NULL,"
                           " at_ms INTEGER NOT NULL, status TEXT, notes TEXT)"),
            QStringLiteral("CREATE INDEX history_request ON history (profile, request_id)"),
        },
        // Version 2: batch services' tokens, followed until they become ids.
        PendingTokens::schemaStep(),
        // Version 3: what a v2 city says of a request beyond its status.
        {
            QStringLiteral("ALTER TABLE tracked ADD COLUMN agency TEXT"),
            QStringLiteral("ALTER TABLE tracked ADD COLUMN expected_datetime TEXT"),
            QStringLiteral("ALTER TABLE tracked ADD COLUMN service_notice TEXT"),
            QStringLiteral("ALTER TABLE tracked ADD COLUMN media_url TEXT"),
        },
    };
}

TrackedRequest fromQuery(const QSqlQuery& q)
{
    TrackedRequest r;
    r.profile = at(q, Column::Profile).toString();
    r.requestId = at(q, Column::RequestId).toString();
    r.serviceName = at(q, Column::ServiceName).toString();
    r.address = at(q, Column::Address).toString();
    const QVariant latitude = at(q, Column::Latitude);
    if (!latitude.isNull())
        r.latitude = latitude.toDouble();
    const QVariant longitude = at(q, Column::Longitude);
    if (!longitude.isNull())
        r.longitude = longitude.toDouble();
    r.submittedMs = at(q, Column::SubmittedMs).toLongLong();
    r.status = at(q, Column::Status).toString();
    r.statusNotes = at(q, Column::StatusNotes).toString();
    r.lastCheckedMs = at(q, Column::LastCheckedMs).toLongLong();
    r.nextCheckMs = at(q, Column::NextCheckMs).toLongLong();
    r.changedMs = at(q, Column::ChangedMs).toLongLong();
    r.failures = at(q, Column::Failures).toInt();
    r.errorKind = at(q, Column::ErrorKind).toString();
    const QVariant errorCode = at(q, Column::ErrorCode);
    r.errorCode = errorCode.isNull() ? -1 : errorCode.toInt();
    r.errorMessage = at(q, Column::ErrorMessage).toString();
    r.agencyResponsible = at(q, Column::Agency).toString();
    r.expectedDatetime = at(q, Column::ExpectedDatetime).toString();
    r.serviceNotice = at(q, Column::ServiceNotice).toString();
    r.mediaUrl = at(q, Column::MediaUrl).toString();
    r.archived = at(q, Column::Archived).toBool();
    r.unseenChange = at(q, Column::Unseen).toBool();
    return r;
}

QList<TrackedRequest> collect(QSqlQuery& q)
{
    QList<TrackedRequest> list;
    q.setForwardOnly(true);
    if (q.exec()) {
        while (q.next())
            list.append(fromQuery(q));
    }
    return list;
}

QByteArray csvField(const QString& text)
{
    QByteArray field = text.toUtf8();
    if (field.contains(',') || field.contains('"') || field.contains('\n')
        || field.contains('\r')) {
        field.replace("\"", "\"\"");
        field = '"' + field + '"';
    }
    return field;
}

QString isoTime(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODate) : QString();
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

TrackerStore::TrackerStore(const QString& path)
    : m_connection(std::make_unique<SqliteConnection>(path, QStringLiteral("tracker-")))
{ }

TrackerStore::~TrackerStore() = default;

QString TrackerStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("open311-reporter/tracker.sqlite"));
}

QString TrackerStore::path() const
{
    return m_connection->path();
}

bool TrackerStore::isDamaged() const
{
    return m_connection->isDamaged();
}

bool TrackerStore::open(QString& error)
{
    if (!m_connection->open(SqliteConnection::Durability::Normal, tr("The tracker"), error))
        return false;
    SchemaMigration migration(
        m_connection->database(), tr("The tracker"), m_connection->path(), schemaSteps());
    Q_ASSERT(migration.targetVersion() == kSchemaVersion);
    return migration.apply(error);
}

bool TrackerStore::add(const TrackedRequest& r)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "INSERT INTO tracked (profile, request_id, service_name, address, lat, lon, submitted_ms,"
        " next_check_ms) VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
        " ON CONFLICT(profile, request_id) DO UPDATE SET archived = 0, next_check_ms = 1,"
        " service_name = COALESCE(NULLIF(excluded.service_name, ''), service_name),"
        " address = COALESCE(NULLIF(excluded.address, ''), address)"));
    q.addBindValue(r.profile);
    q.addBindValue(r.requestId.trimmed());
    q.addBindValue(r.serviceName);
    q.addBindValue(r.address);
    q.addBindValue(optionalDouble(r.latitude));
    q.addBindValue(optionalDouble(r.longitude));
    q.addBindValue(r.submittedMs);
    return !r.requestId.trimmed().isEmpty() && q.exec();
}

TrackedRequest TrackerStore::sentRequest(
    const OutboxEntry& entry, const QString& requestId, qint64 sentMs)
{
    TrackedRequest r;
    r.profile = entry.profile.isEmpty() ? entry.endpoint.toString() : entry.profile;
    r.requestId = requestId;
    r.serviceName = entry.serviceName.isEmpty() ? entry.request.serviceCode : entry.serviceName;
    r.address = entry.request.addressString;
    r.latitude = entry.request.latitude;
    r.longitude = entry.request.longitude;
    r.submittedMs = sentMs;
    return r;
}

PendingTokens TrackerStore::tokens() const
{
    return PendingTokens(m_connection->database());
}

bool TrackerStore::addSent(const OutboxEntry& entry, const CreateResult& created, qint64 sentMs)
{
    if (created.serviceRequestId.isEmpty())
        return tokens().add(sentRequest(entry, QString(), sentMs), created.token);
    return addSent(entry, created.serviceRequestId, sentMs);
}

bool TrackerStore::addSent(const OutboxEntry& entry, const QString& requestId, qint64 sentMs)
{
    const TrackedRequest r = sentRequest(entry, requestId, sentMs);
    // The city has just created this id, so a request followed under it before is one the city
    // no longer has (a test server reset); its status and history are not this report's.
    QSqlDatabase db = m_connection->database();
    if (!db.transaction())
        return false;
    remove(r.profile, r.requestId);
    if (!add(r)) {
        db.rollback();
        return false;
    }
    return db.commit();
}

std::optional<TrackedRequest> TrackerStore::find(
    const QString& profile, const QString& requestId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT %1 FROM tracked WHERE profile = ? AND request_id = ?")
                  .arg(columnList()));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    const QList<TrackedRequest> found = collect(q);
    return found.isEmpty() ? std::nullopt : std::optional<TrackedRequest>(found.first());
}

QList<TrackedRequest> TrackerStore::list(const QString& profile, bool includeArchived) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(
        QStringLiteral(
            "SELECT %1 FROM tracked WHERE profile = ? %2 ORDER BY submitted_ms DESC, request_id")
            .arg(columnList(), includeArchived ? QString() : QStringLiteral("AND archived = 0")));
    q.addBindValue(profile);
    return collect(q);
}

QList<TrackedRequest> TrackerStore::due(const QString& profile, qint64 nowMs, int limit) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "SELECT %1 FROM tracked WHERE profile = ? AND archived = 0 AND next_check_ms > 0"
        " AND next_check_ms <= ? ORDER BY next_check_ms LIMIT ?")
                  .arg(columnList()));
    q.addBindValue(profile);
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    return collect(q);
}

qint64 TrackerStore::nextDueMs(const QString& profile) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT MIN(next_check_ms) FROM tracked WHERE profile = ? AND "
                             "archived = 0 AND next_check_ms > 0"));
    q.addBindValue(profile);
    return q.exec() && q.next() && !q.value(0).isNull() ? q.value(0).toLongLong() : 0;
}

int TrackerStore::count(const QString& profile) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM tracked WHERE profile = ? AND archived = 0"));
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool TrackerStore::recordStatus(
    const QString& profile, const RequestStatus& status, qint64 nowMs, qint64 nextCheckMs)
{
    QSqlDatabase db = m_connection->database();
    const std::optional<TrackedRequest> before = find(profile, status.serviceRequestId);
    if (!before)
        return false;
    const bool changed
        = before->status != status.status || before->statusNotes != status.statusNotes;
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE tracked SET status = ?, status_notes = ?, last_checked_ms = ?, next_check_ms = ?,"
        " failures = 0, error_kind = NULL, error_code = NULL, error_message = NULL,"
        " service_name = CASE WHEN ? <> '' THEN ? ELSE service_name END,"
        " changed_ms = CASE WHEN ? THEN ? ELSE changed_ms END, unseen = CASE WHEN ? THEN 1 ELSE "
        "unseen END,"
        " agency = ?, expected_datetime = ?, service_notice = ?, media_url = ?"
        " WHERE profile = ? AND request_id = ?"));
    q.addBindValue(status.status);
    q.addBindValue(status.statusNotes);
    q.addBindValue(nowMs);
    // Closed requests need no more polling; they stay listed until archived.
    q.addBindValue(
        status.status.compare(QLatin1String("closed"), Qt::CaseInsensitive) == 0 ? 0 : nextCheckMs);
    q.addBindValue(status.serviceName);
    q.addBindValue(status.serviceName);
    q.addBindValue(changed ? 1 : 0);
    q.addBindValue(nowMs);
    // The first answer is no news to anyone.
    q.addBindValue(changed && !before->status.isEmpty() ? 1 : 0);
    q.addBindValue(status.agencyResponsible);
    q.addBindValue(status.expectedDatetime);
    q.addBindValue(status.serviceNotice);
    q.addBindValue(status.mediaUrl);
    q.addBindValue(profile);
    q.addBindValue(status.serviceRequestId);
    q.exec();
    if (changed) {
        QSqlQuery h(db);
        h.prepare(QStringLiteral("INSERT INTO history (profile, request_id, at_ms, status, notes) "
                                 "VALUES (?, ?, ?, ?, ?)"));
        h.addBindValue(profile);
        h.addBindValue(status.serviceRequestId);
        h.addBindValue(nowMs);
        h.addBindValue(status.status);
        h.addBindValue(status.statusNotes);
        h.exec();
    }
    db.commit();
    return changed && !before->status.isEmpty();
}

void TrackerStore::recordFailure(const QString& profile, const QString& requestId,
    const Error& error, qint64 nowMs, qint64 nextCheckMs, bool stopPolling)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "UPDATE tracked SET last_checked_ms = ?, next_check_ms = ?, failures = failures + 1,"
        " error_kind = ?, error_code = ?, error_message = ? WHERE profile = ? AND request_id = ?"));
    q.addBindValue(nowMs);
    q.addBindValue(stopPolling ? 0 : nextCheckMs);
    q.addBindValue(error.kindName());
    q.addBindValue(
        error.code() >= 0 ? QVariant(error.code()) : QVariant(QMetaType::fromType<int>()));
    q.addBindValue(error.message());
    q.addBindValue(profile);
    q.addBindValue(requestId);
    q.exec();
}

QList<StatusChange> TrackerStore::history(const QString& profile, const QString& requestId) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT at_ms, status, notes FROM history WHERE profile = ? AND "
                             "request_id = ? ORDER BY at_ms, rowid"));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    QList<StatusChange> changes;
    if (q.exec()) {
        while (q.next())
            changes.append(
                { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    }
    return changes;
}

bool TrackerStore::setArchived(const QString& profile, const QString& requestId, bool archived)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "UPDATE tracked SET archived = ?, next_check_ms = CASE WHEN ? THEN 0 ELSE 1 END"
        " WHERE profile = ? AND request_id = ?"));
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(archived ? 1 : 0);
    q.addBindValue(profile);
    q.addBindValue(requestId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool TrackerStore::remove(const QString& profile, const QString& requestId)
{
    QSqlDatabase db = m_connection->database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM history WHERE profile = ? AND request_id = ?"));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    q.exec();
    q.prepare(QStringLiteral("DELETE FROM tracked WHERE profile = ? AND request_id = ?"));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    return q.exec() && q.numRowsAffected() == 1;
}

void TrackerStore::markSeen(const QString& profile, const QString& requestId)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("UPDATE tracked SET unseen = 0 WHERE profile = ? AND request_id = ?"));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    q.exec();
}

int TrackerStore::unseenChanges(const QString& profile) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral(
        "SELECT COUNT(*) FROM tracked WHERE profile = ? AND unseen = 1 AND archived = 0"));
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

void TrackerStore::checkNow(const QString& profile, const QString& requestId)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("UPDATE tracked SET next_check_ms = 1 WHERE profile = ? AND "
                             "request_id = ? AND archived = 0"));
    q.addBindValue(profile);
    q.addBindValue(requestId);
    q.exec();
}

QByteArray TrackerStore::exportCsv(const QString& profile) const
{
    QByteArray csv = "service_request_id,service_name,address,latitude,longitude,submitted,status,"
                     "status_notes,last_checked,history\r\n";
    for (const TrackedRequest& r : list(profile, true)) {
        QStringList steps;
        for (const StatusChange& change : history(profile, r.requestId))
            steps << QStringLiteral("%1 %2: %3")
                         .arg(isoTime(change.atMs), change.status, change.notes);
        const QList<QByteArray> fields = {
            csvField(r.requestId),
            csvField(r.serviceName),
            csvField(r.address),
            r.latitude ? QByteArray::number(*r.latitude, 'f', 7) : QByteArray(),
            r.longitude ? QByteArray::number(*r.longitude, 'f', 7) : QByteArray(),
            csvField(isoTime(r.submittedMs)),
            csvField(r.status),
            csvField(r.statusNotes),
            csvField(isoTime(r.lastCheckedMs)),
            csvField(steps.join(QLatin1Char('\n'))),
        };
        csv += fields.join(',') + "\r\n";
    }
    return csv;
}

} // namespace Open311
