#include "Outbox.h"

#include "ProcessIdentity.h"
#include "RequestJson.h"
#include "SqliteConnection.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace Open311 {

namespace {

const char* const kColumns
    = "local_id, profile, endpoint, city_id, allow_http, payload, service_name, state, attempts, "
      "created_ms, updated_ms, next_attempt_ms, reason, error_kind, error_code, "
      "service_request_id, service_level_agreement, sent_ms";

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

OutboxEntry fromQuery(const QSqlQuery& q)
{
    OutboxEntry e;
    e.localId = q.value(0).toLongLong();
    e.profile = q.value(1).toString();
    e.endpoint = QUrl(q.value(2).toString());
    e.cityId = q.value(3).toString();
    e.allowPlainHttp = q.value(4).toBool();
    e.request = RequestJson::fromJson(QJsonDocument::fromJson(q.value(5).toByteArray()).object());
    e.serviceName = q.value(6).toString();
    e.state = OutboxEntry::stateFromName(q.value(7).toString());
    e.attempts = q.value(8).toInt();
    e.createdMs = q.value(9).toLongLong();
    e.updatedMs = q.value(10).toLongLong();
    e.nextAttemptMs = q.value(11).toLongLong();
    e.reason = q.value(12).toString();
    e.errorKind = q.value(13).toString();
    e.errorCode = q.value(14).isNull() ? -1 : q.value(14).toInt();
    e.serviceRequestId = q.value(15).toString();
    e.serviceLevelAgreement = q.value(16).toString();
    e.sentMs = q.value(17).toLongLong();
    return e;
}

QString stateName(OutboxEntry::State state)
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
    QSqlQuery q(db());
    // Take the write lock before looking at the version, so that two processes opening a new
    // outbox at once do not both create it.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        error = tr("The outbox %1 is busy or not writable: %2").arg(path(), q.lastError().text());
        return false;
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        error = tr("The outbox %1 is not a database this app can read: %2")
                    .arg(path(), q.lastError().text());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        error = tr("The outbox %1 was written by a newer version of the app.").arg(path());
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (version < kSchemaVersion && !migrate(version, error)) {
        q.exec(QStringLiteral("ROLLBACK"));
        return false;
    }
    if (!q.exec(QStringLiteral("COMMIT"))) {
        error = tr("The outbox %1 could not be set up: %2").arg(path(), q.lastError().text());
        return false;
    }
    recoverAbandoned();
    return true;
}

bool Outbox::migrate(int fromVersion, QString& error)
{
    QSqlQuery q(db());
    QStringList steps;
    if (fromVersion < 1) {
        steps << QStringLiteral(
            "CREATE TABLE reports (local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
            " endpoint TEXT NOT NULL, city_id TEXT NOT NULL, payload TEXT NOT NULL,"
            " service_name TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
            " next_attempt_ms INTEGER NOT NULL DEFAULT 0, reason TEXT, error_kind TEXT,"
            " error_code INTEGER, service_request_id TEXT, service_level_agreement TEXT,"
            " sent_ms INTEGER, owner TEXT)");
        steps << QStringLiteral("CREATE TABLE drafts (profile TEXT PRIMARY KEY, json BLOB NOT NULL,"
                                " saved_ms INTEGER NOT NULL)");
    }
    if (fromVersion < 2) {
        // Version 2: reports belong to a profile, and plain-HTTP consent travels with them.
        steps << QStringLiteral("ALTER TABLE reports ADD COLUMN profile TEXT NOT NULL DEFAULT ''");
        steps << QStringLiteral(
            "ALTER TABLE reports ADD COLUMN allow_http INTEGER NOT NULL DEFAULT 0");
        steps << QStringLiteral("UPDATE reports SET profile = endpoint WHERE profile = ''");
        steps << QStringLiteral("CREATE INDEX reports_state ON reports (state, next_attempt_ms)");
    }
    steps << QStringLiteral("PRAGMA user_version=%1").arg(kSchemaVersion);
    for (const QString& step : std::as_const(steps)) {
        if (!q.exec(step)) {
            error = tr("The outbox %1 cannot be upgraded: %2").arg(path(), q.lastError().text());
            return false;
        }
    }
    return true;
}

qint64 Outbox::add(const OutboxEntry& entry)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO reports (profile, endpoint, city_id, allow_http, payload,"
                             " service_name, state, attempts, created_ms, updated_ms,"
                             " next_attempt_ms) VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, 0)"));
    const qint64 t = now();
    q.addBindValue(entry.profile.isEmpty() ? entry.endpoint.toString() : entry.profile);
    q.addBindValue(entry.endpoint.toString());
    q.addBindValue(entry.cityId);
    q.addBindValue(entry.allowPlainHttp ? 1 : 0);
    q.addBindValue(
        QJsonDocument(RequestJson::toJson(entry.request)).toJson(QJsonDocument::Compact));
    q.addBindValue(entry.serviceName);
    q.addBindValue(t);
    q.addBindValue(t);
    if (!q.exec())
        return 0;
    return q.lastInsertId().toLongLong();
}

std::optional<OutboxEntry> Outbox::find(qint64 localId) const
{
    QSqlQuery q(db());
    q.prepare(
        QStringLiteral("SELECT %1 FROM reports WHERE local_id = ?").arg(QLatin1String(kColumns)));
    q.addBindValue(localId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}

QList<OutboxEntry> Outbox::list(bool pendingOnly, const QString& profile) const
{
    QSqlQuery q(db());
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE 1=1").arg(QLatin1String(kColumns));
    if (pendingOnly)
        sql += QStringLiteral(" AND state <> 'sent'");
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    sql += QStringLiteral(" ORDER BY local_id DESC");
    q.prepare(sql);
    if (!profile.isEmpty())
        q.addBindValue(profile);
    return collect(q);
}

QList<OutboxEntry> Outbox::due(qint64 nowMs, bool includeWaiting, const QString& profile) const
{
    QSqlQuery q(db());
    QString sql = QStringLiteral("SELECT %1 FROM reports WHERE (state = 'queued' OR "
                                 "(state = 'waiting_to_retry' AND (? OR next_attempt_ms <= ?)))")
                      .arg(QLatin1String(kColumns));
    if (!profile.isEmpty())
        sql += QStringLiteral(" AND profile = ?");
    sql += QStringLiteral(" ORDER BY local_id");
    q.prepare(sql);
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
            ? QStringLiteral("SELECT COUNT(*) FROM reports WHERE state <> 'sent'")
            : QStringLiteral("SELECT COUNT(*) FROM reports WHERE state <> 'sent' AND profile = ?"));
    if (!profile.isEmpty())
        q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool Outbox::claim(qint64 localId)
{
    QSqlQuery q(db());
    // One statement: of two processes racing for a report, exactly one changes the row.
    q.prepare(QStringLiteral(
        "UPDATE reports SET state = 'sending', owner = ?, attempts = attempts + 1,"
        " updated_ms = ? WHERE local_id = ? AND state IN ('queued', 'waiting_to_retry')"));
    q.addBindValue(m_identity);
    q.addBindValue(now());
    q.addBindValue(localId);
    return q.exec() && q.numRowsAffected() == 1;
}

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
    setState(localId,
        QStringLiteral("UPDATE reports SET state = 'sent', service_request_id = ?,"
                       " service_level_agreement = ?, sent_ms = ?, updated_ms = ?, reason = NULL,"
                       " error_kind = NULL, error_code = NULL, owner = NULL WHERE local_id = ?"),
        { result.serviceRequestId, result.serviceLevelAgreement, t, t });
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
        QStringLiteral("UPDATE reports SET state = 'queued', next_attempt_ms = 0,"
                       " updated_ms = ? WHERE local_id = ? AND state IN"
                       " ('outcome_unknown', 'rejected', 'waiting_to_retry')"),
        { now() });
}

bool Outbox::recordRequestId(qint64 localId, const QString& serviceRequestId)
{
    if (serviceRequestId.trimmed().isEmpty())
        return false;
    const qint64 t = now();
    return setState(localId,
        QStringLiteral("UPDATE reports SET state = 'sent', service_request_id = ?,"
                       " sent_ms = ?, updated_ms = ?, reason = NULL WHERE local_id = ?"
                       " AND state IN ('outcome_unknown', 'rejected', 'waiting_to_retry')"),
        { serviceRequestId.trimmed(), t, t });
}

bool Outbox::discard(qint64 localId)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM reports WHERE local_id = ? AND state <> 'sending'"));
    q.addBindValue(localId);
    return q.exec() && q.numRowsAffected() == 1;
}

bool Outbox::updateRequest(qint64 localId, const NewRequest& request)
{
    return setState(localId,
        QStringLiteral(
            "UPDATE reports SET payload = ?, updated_ms = ? WHERE local_id = ?"
            " AND state IN ('rejected', 'outcome_unknown', 'waiting_to_retry', 'queued')"),
        { QJsonDocument(RequestJson::toJson(request)).toJson(QJsonDocument::Compact), now() });
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
    // The old pages of the WAL still hold the text until a checkpoint rewrites them.
    QSqlQuery(db()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    return scrubbed;
}

int Outbox::recoverAbandoned()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT local_id, owner FROM reports WHERE state = 'sending'"));
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
                         QStringLiteral("UPDATE reports SET state = 'outcome_unknown', reason = ?,"
                                        " updated_ms = ?, owner = NULL WHERE local_id = ?"
                                        " AND state = 'sending'"),
                         { tr("The app stopped while this report was being sent; it may or "
                              "may not have reached the city."),
                             now() })
            ? 1
            : 0;
    }
    return recovered;
}

bool Outbox::saveDraft(const QString& profile, const QByteArray& json)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO drafts (profile, json, saved_ms) VALUES (?, ?, ?)"
                             " ON CONFLICT(profile) DO UPDATE SET json = excluded.json,"
                             " saved_ms = excluded.saved_ms"));
    q.addBindValue(profile);
    q.addBindValue(json);
    q.addBindValue(now());
    return q.exec();
}

QByteArray Outbox::draft(const QString& profile) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT json FROM drafts WHERE profile = ?"));
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

void Outbox::clearDraft(const QString& profile)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE profile = ?"));
    q.addBindValue(profile);
    q.exec();
}

qint64 Outbox::retryDelayMs(int attempts) const
{
    const int exponent = qBound(0, attempts - 1, 10);
    return qMin<qint64>(m_retryBaseMs << exponent, 3600 * 1000);
}

} // namespace Open311
