#include "store/Outbox.h"

#include "store/ProcessIdentity.h"
#include "store/RequestJson.h"
#include "store/SchemaMigration.h"
#include "store/SqlColumns.h"
#include "store/SqliteConnection.h"
#include "store/StoredPhotos.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <iterator>

namespace Open311 {

namespace {

using State = OutboxEntry::State;

// The columns every SELECT of reports lists, in this order. fromQuery() reads them through this
// enum, and columnList() is made from the names below, so the two cannot drift apart.
enum class Column
{
    LocalId,
    Profile,
    Endpoint,
    CityId,
    AllowHttp,
    Payload,
    ServiceName,
    State,
    Attempts,
    CreatedMs,
    UpdatedMs,
    NextAttemptMs,
    Reason,
    ErrorKind,
    ErrorCode,
    ServiceRequestId,
    ServiceLevelAgreement,
    SentMs,
    Protocol,
    Count
};

const char* const kColumnNames[] = { "local_id", "profile", "endpoint", "city_id", "allow_http",
    "payload", "service_name", "state", "attempts", "created_ms", "updated_ms", "next_attempt_ms",
    "reason", "error_kind", "error_code", "service_request_id", "service_level_agreement",
    "sent_ms", "protocol" };
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
                "CREATE TABLE reports (local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " endpoint TEXT NOT NULL, city_id TEXT NOT NULL, payload TEXT NOT NULL,"
                " service_name TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                " next_attempt_ms INTEGER NOT NULL DEFAULT 0, reason TEXT, error_kind TEXT,"
                " error_code INTEGER, service_request_id TEXT, service_level_agreement TEXT,"
                " sent_ms INTEGER, owner TEXT)"),
            // Drafts live in DraftStore now, which imports these once; older versions read them.
            QStringLiteral("CREATE TABLE drafts (profile TEXT PRIMARY KEY, json BLOB NOT NULL,"
                           " saved_ms INTEGER NOT NULL)"),
        },
        // Version 2: reports belong to a profile, and plain-HTTP consent travels with them.
        {
            QStringLiteral("ALTER TABLE reports ADD COLUMN profile TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE reports ADD COLUMN allow_http INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("UPDATE reports SET profile = endpoint WHERE profile = ''"),
            QStringLiteral("CREATE INDEX reports_state ON reports (state, next_attempt_ms)"),
        },
        // Version 3: the GeoReport version a report was written for; older ones were v1.
        {
            QStringLiteral(
                "ALTER TABLE reports ADD COLUMN protocol TEXT NOT NULL DEFAULT 'georeport-v1'"),
        },
        // Version 4: photos that go with a v2 report.
        {
            StoredPhotos::createTable(QStringLiteral("report_photos"), QStringLiteral("INTEGER")),
        },
    };
}

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

OutboxEntry fromQuery(const QSqlQuery& q)
{
    OutboxEntry e;
    e.localId = at(q, Column::LocalId).toLongLong();
    e.profile = at(q, Column::Profile).toString();
    e.endpoint = QUrl(at(q, Column::Endpoint).toString());
    e.cityId = at(q, Column::CityId).toString();
    e.allowPlainHttp = at(q, Column::AllowHttp).toBool();
    e.protocol
        = protocolFromName(at(q, Column::Protocol).toString()).value_or(Protocol::GeoReportV1);
    e.request = RequestJson::fromJson(
        QJsonDocument::fromJson(at(q, Column::Payload).toByteArray()).object());
    e.serviceName = at(q, Column::ServiceName).toString();
    e.state = OutboxEntry::stateFromName(at(q, Column::State).toString());
    e.attempts = at(q, Column::Attempts).toInt();
    e.createdMs = at(q, Column::CreatedMs).toLongLong();
    e.updatedMs = at(q, Column::UpdatedMs).toLongLong();
    e.nextAttemptMs = at(q, Column::NextAttemptMs).toLongLong();
    e.reason = at(q, Column::Reason).toString();
    e.errorKind = at(q, Column::ErrorKind).toString();
    const QVariant errorCode = at(q, Column::ErrorCode);
    e.errorCode = errorCode.isNull() ? -1 : errorCode.toInt();
    e.serviceRequestId = at(q, Column::ServiceRequestId).toString();
    e.serviceLevelAgreement = at(q, Column::ServiceLevelAgreement).toString();
    e.sentMs = at(q, Column::SentMs).toLongLong();
    return e;
}

// Bound as a value, never typed into the SQL, so that a state's name lives in one place.
QString stateName(State state)
{
    return OutboxEntry::stateName(state);
}

} // namespace

Outbox::Outbox(const QString& path)
    : m_connection(std::make_unique<SqliteConnection>(path, QStringLiteral("outbox-")))
    , m_identity(ProcessIdentity::current())
{ }

Outbox::~Outbox() = default;

QString Outbox::path() const
{
    return m_connection->path();
}

bool Outbox::isDamaged() const
{
    return m_connection->isDamaged();
}

QSqlDatabase Outbox::db() const
{
    return m_connection->database();
}

QList<OutboxEntry> Outbox::collect(QSqlQuery& query) const
{
    QList<OutboxEntry> entries;
    if (query.exec()) {
        while (query.next())
            entries.append(fromQuery(query));
    }
    return entries;
}

QString Outbox::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("open311-reporter/outbox.sqlite"));
}

bool Outbox::open(QString& error)
{
    // FULL: a committed report survives a power cut.
    if (!m_connection->open(SqliteConnection::Durability::Full, tr("The outbox"), error))
        return false;
    SchemaMigration migration(db(), tr("The outbox"), path(), schemaSteps());
    Q_ASSERT(migration.targetVersion() == kSchemaVersion);
    if (!migration.apply(error))
        return false;
    // Photos and texts deleted once the city has them are zeroed, not left in free pages.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA secure_delete=ON"));
    recoverAbandoned();
    return true;
}

StoredPhotos Outbox::photos() const
{
    return StoredPhotos(db(), QStringLiteral("report_photos"));
}

qint64 Outbox::add(const OutboxEntry& entry)
{
    QSqlDatabase database = db();
    // A report and its photos are written together, or neither is.
    if (!database.transaction())
        return 0;
    QSqlQuery q(database);
    q.prepare(
        QStringLiteral("INSERT INTO reports (profile, endpoint, city_id, allow_http, payload,"
                       " service_name, state, attempts, created_ms, updated_ms,"
                       " next_attempt_ms, protocol) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 0, ?)"));
    const qint64 t = now();
    q.addBindValue(entry.profile.isEmpty() ? entry.endpoint.toString() : entry.profile);
    q.addBindValue(entry.endpoint.toString());
    q.addBindValue(entry.cityId);
    q.addBindValue(entry.allowPlainHttp ? 1 : 0);
    q.addBindValue(
        QJsonDocument(RequestJson::toJson(entry.request)).toJson(QJsonDocument::Compact));
    q.addBindValue(entry.serviceName);
    q.addBindValue(stateName(State::Queued));
    q.addBindValue(t);
    q.addBindValue(t);
    q.addBindValue(protocolName(entry.protocol));
    const qint64 localId = q.exec() ? q.lastInsertId().toLongLong() : 0;
    if (localId == 0 || !photos().replace(localId, entry.request.photos) || !database.commit()) {
        database.rollback();
        return 0;
    }
    return localId;
}

std::optional<OutboxEntry> Outbox::find(qint64 localId) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1 FROM reports WHERE local_id = ?").arg(columnList()));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    OutboxEntry entry = fromQuery(q);
    entry.request.photos = photos().read(localId);
    return entry;
}

QList<OutboxEntry> Outbox::list(bool pendingOnly, const QString& profile) const
{
    QSqlQuery q(db());
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE 1=1").arg(columnList());
    if (pendingOnly)
        sql += QStringLiteral(" AND state <> ?");
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    sql += QStringLiteral(" ORDER BY local_id DESC");
    q.prepare(sql);
    if (pendingOnly)
        q.addBindValue(stateName(State::Sent));
    if (!profile.isEmpty())
        q.addBindValue(profile);
    return collect(q);
}

QList<OutboxEntry> Outbox::due(qint64 nowMs, bool includeWaiting, const QString& profile) const
{
    QSqlQuery q(db());
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE (state = ? OR "
                                 "(state = ? AND (? OR next_attempt_ms <= ?)))")
                      .arg(columnList());
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    sql += QStringLiteral(" ORDER BY local_id");
    q.prepare(sql);
    q.addBindValue(stateName(State::Queued));
    q.addBindValue(stateName(State::WaitingToRetry));
    q.addBindValue(includeWaiting ? 1 : 0);
    q.addBindValue(nowMs);
    if (!profile.isEmpty())
        q.addBindValue(profile);
    return collect(q);
}

int Outbox::pendingCount(const QString& profile) const
{
    QSqlQuery q(db());
    q.prepare(profile.isEmpty()
            ? QStringLiteral("SELECT COUNT(*) FROM reports WHERE state <> ?")
            : QStringLiteral("SELECT COUNT(*) FROM reports WHERE state <> ? AND profile = ?"));
    q.addBindValue(stateName(State::Sent));
    if (!profile.isEmpty())
        q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::claim(qint64 localId)
{
    QSqlQuery q(db());
    // One statement: of two processes racing for a report, exactly one changes the row.
    q.prepare(QStringLiteral("UPDATE reports SET state = ?, owner = ?, attempts = attempts + 1,"
                             " updated_ms = ? WHERE local_id = ? AND state IN (?, ?)"));
    q.addBindValue(stateName(State::Sending));
    q.addBindValue(m_identity);
    q.addBindValue(now());
    q.addBindValue(localId);
    q.addBindValue(stateName(State::Queued));
    q.addBindValue(stateName(State::WaitingToRetry));
    return q.exec() && q.numRowsAffected() == 1;
}

// The local id is bound after `values`, so every statement given here ends with "local_id = ?".
bool Outbox::setState(qint64 localId, const QString& sql, const QVariantList& values)
{
    QSqlQuery q(db());
    q.prepare(sql);
    for (const QVariant& value : values)
        q.addBindValue(value);
    q.addBindValue(localId);
    return q.exec() && q.numRowsAffected() == 1;
}

void Outbox::markSent(qint64 localId, const CreateResult& result)
{
    const qint64 t = now();
    QSqlDatabase database = db();
    database.transaction();
    const bool sent = setState(localId,
        QStringLiteral("UPDATE reports SET state = ?, service_request_id = ?,"
                       " service_level_agreement = ?, sent_ms = ?, updated_ms = ?, reason = NULL,"
                       " error_kind = NULL, error_code = NULL, owner = NULL WHERE local_id = ?"),
        { stateName(State::Sent), result.serviceRequestId, result.serviceLevelAgreement, t, t });
    // The city has the photos now; a kiosk visitor's stay on no disk. The report counts as
    // sent even should they fail to go.
    int dropped = 0;
    if (sent)
        photos().remove(localId, &dropped);
    if (!database.commit()) {
        database.rollback();
        return;
    }
    if (dropped > 0)
        forgetDeletedPages();
}

void Outbox::forgetDeletedPages()
{
    // In WAL mode the frames that held the photos stay in the -wal file until it is truncated.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

OutboxEntry::State Outbox::markFailed(qint64 localId, const Error& error, qint64 nowMs)
{
    OutboxEntry::State state = OutboxEntry::State::OutcomeUnknown;
    qint64 next = 0;
    if (error.safeToRetry()) {
        state = OutboxEntry::State::WaitingToRetry;
        const std::optional<OutboxEntry> entry = find(localId);
        next = nowMs + retryDelayMs(entry ? entry->attempts : 1);
    } else if (error.kind() == Error::Kind::Server || error.kind() == Error::Kind::Validation
        || (error.kind() == Error::Kind::Http && error.code() < 500)) {
        state = OutboxEntry::State::Rejected;
    }
    setState(localId,
        QStringLiteral("UPDATE reports SET state = ?, next_attempt_ms = ?, reason = ?,"
                       " error_kind = ?, error_code = ?, updated_ms = ?, owner = NULL"
                       " WHERE local_id = ?"),
        { stateName(state), next, error.message(), error.kindName(),
            error.code() >= 0 ? QVariant(error.code()) : QVariant(QMetaType::fromType<int>()),
            nowMs });
    return state;
}

bool Outbox::resend(qint64 localId)
{
    return setState(localId,
        QStringLiteral("UPDATE reports SET state = ?, next_attempt_ms = 0, updated_ms = ?"
                       " WHERE state IN (?, ?, ?) AND local_id = ?"),
        { stateName(State::Queued), now(), stateName(State::OutcomeUnknown),
            stateName(State::Rejected), stateName(State::WaitingToRetry) });
}

bool Outbox::recordRequestId(qint64 localId, const QString& serviceRequestId)
{
    if (serviceRequestId.trimmed().isEmpty())
        return false;
    const qint64 t = now();
    QSqlDatabase database = db();
    database.transaction();
    const bool recorded = setState(localId,
        QStringLiteral("UPDATE reports SET state = ?, service_request_id = ?, sent_ms = ?,"
                       " updated_ms = ?, reason = NULL WHERE state IN (?, ?, ?) AND local_id = ?"),
        { stateName(State::Sent), serviceRequestId.trimmed(), t, t,
            stateName(State::OutcomeUnknown), stateName(State::Rejected),
            stateName(State::WaitingToRetry) });
    int dropped = 0;
    if (!recorded || !photos().remove(localId, &dropped) || !database.commit()) {
        database.rollback();
        return false;
    }
    if (dropped > 0)
        forgetDeletedPages();
    return true;
}

bool Outbox::discard(qint64 localId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM reports WHERE local_id = ? AND state <> ?"));
    q.addBindValue(localId);
    q.addBindValue(stateName(State::Sending));
    // A report and its photos go together, or neither does.
    QSqlDatabase database = db();
    if (!database.transaction())
        return false;
    int dropped = 0;
    if (!q.exec() || q.numRowsAffected() != 1 || !photos().remove(localId, &dropped)
        || !database.commit()) {
        database.rollback();
        return false;
    }
    if (dropped > 0)
        forgetDeletedPages();
    return true;
}

bool Outbox::updateRequest(qint64 localId, const NewRequest& request)
{
    QSqlDatabase database = db();
    if (!database.transaction())
        return false;
    const bool updated = setState(localId,
        QStringLiteral("UPDATE reports SET payload = ?, updated_ms = ?"
                       " WHERE state IN (?, ?, ?, ?) AND local_id = ?"),
        { QJsonDocument(RequestJson::toJson(request)).toJson(QJsonDocument::Compact), now(),
            stateName(State::Rejected), stateName(State::OutcomeUnknown),
            stateName(State::WaitingToRetry), stateName(State::Queued) });
    if (!updated || !photos().replace(localId, request.photos) || !database.commit()) {
        database.rollback();
        return false;
    }
    return true;
}

int Outbox::scrubSent()
{
    // Overwritten text is zeroed on disk, not left in free pages.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA secure_delete=ON"));
    int scrubbed = 0;
    for (const OutboxEntry& entry : list(false)) {
        if (entry.state != OutboxEntry::State::Sent)
            continue;
        NewRequest kept;
        kept.serviceCode = entry.request.serviceCode;
        kept.latitude = entry.request.latitude;
        kept.longitude = entry.request.longitude;
        QSqlQuery q(db());
        q.prepare(QStringLiteral("UPDATE reports SET payload = ? WHERE local_id = ?"));
        q.addBindValue(QJsonDocument(RequestJson::toJson(kept)).toJson(QJsonDocument::Compact));
        q.addBindValue(entry.localId);
        scrubbed += q.exec() ? 1 : 0;
    }
    QSqlQuery photoScrub(db());
    photoScrub.prepare(QStringLiteral("DELETE FROM report_photos WHERE owner IN"
                                      " (SELECT local_id FROM reports WHERE state = ?)"));
    photoScrub.addBindValue(stateName(State::Sent));
    photoScrub.exec();
    // The old pages of the WAL still hold the text until a checkpoint rewrites them.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return scrubbed;
}

int Outbox::recoverAbandoned()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT local_id, owner FROM reports WHERE state = ?"));
    q.addBindValue(stateName(State::Sending));
    QList<qint64> abandoned;
    if (q.exec()) {
        while (q.next()) {
            if (!ProcessIdentity::isAlive(q.value(1).toString()))
                abandoned.append(q.value(0).toLongLong());
        }
    }
    q.finish();
    int recovered = 0;
    for (qint64 id : std::as_const(abandoned)) {
        recovered += setState(id,
                         QStringLiteral("UPDATE reports SET state = ?, reason = ?, updated_ms = ?,"
                                        " owner = NULL WHERE state = ? AND local_id = ?"),
                         { stateName(State::OutcomeUnknown),
                             tr("The app stopped while this report was being sent; it may or "
                                "may not have reached the city."),
                             now(), stateName(State::Sending) })
            ? 1
            : 0;
    }
    return recovered;
}

qint64 Outbox::retryDelayMs(int attempts) const
{
    const int exponent = qBound(0, attempts - 1, 10);
    return qMin<qint64>(m_retryBaseMs << exponent, 3600 * 1000);
}

} // namespace Open311
