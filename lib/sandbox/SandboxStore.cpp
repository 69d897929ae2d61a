#include "sandbox/SandboxStore.h"

#include "core/Logging.h"
#include "store/SchemaMigration.h"
#include "store/SqlColumns.h"
#include "store/SqliteConnection.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace Open311 {

namespace {

constexpr int kSchemaVersion = 3;
constexpr qint64 kFirstId = 100001;

// Step i takes the schema from version i to i + 1.
QList<QStringList> schemaSteps()
{
    return {
        {
            QStringLiteral("CREATE TABLE IF NOT EXISTS requests ("
                           " id INTEGER PRIMARY KEY, key_hash BLOB NOT NULL,"
                           " service_code TEXT NOT NULL, service_name TEXT NOT NULL,"
                           " lat REAL, lon REAL, address TEXT, email TEXT, device_id TEXT,"
                           " account_id TEXT, first_name TEXT, last_name TEXT, phone TEXT,"
                           " description TEXT, media_url TEXT, created_ms INTEGER NOT NULL)"),
        },
        // GeoReport v2: an address id, the attributes as a JSON object of value lists, and the
        // token of a batch POST with the time it turns into an id. Older requests keep NULLs.
        {
            QStringLiteral("ALTER TABLE requests ADD COLUMN address_id TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN attributes TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN token TEXT"),
            QStringLiteral("ALTER TABLE requests ADD COLUMN ready_ms INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE UNIQUE INDEX requests_by_token ON requests (token)"),
            QStringLiteral("CREATE INDEX requests_by_time ON requests (created_ms)"),
        },
        // The photos of v2's multipart media extension, by request and position from 1.
        {
            QStringLiteral("CREATE TABLE media ("
                           " request_id INTEGER NOT NULL REFERENCES requests (id),"
                           " position INTEGER NOT NULL, content_type TEXT NOT NULL,"
                           " data BLOB NOT NULL, PRIMARY KEY (request_id, position))"),
        },
    };
}

// The SELECT lists kColumnNames, and rows are read through Column: a column added to the list
// cannot shift the others silently.
enum class Column
{
    Id,
    KeyHash,
    ServiceCode,
    ServiceName,
    Latitude,
    Longitude,
    Address,
    Email,
    DeviceId,
    AccountId,
    FirstName,
    LastName,
    Phone,
    Description,
    MediaUrl,
    CreatedMs,
    AddressId,
    Attributes,
    Token,
    ReadyMs,
    Count
};

const char* const kColumnNames[] = { "id", "key_hash", "service_code", "service_name", "lat", "lon",
    "address", "email", "device_id", "account_id", "first_name", "last_name", "phone",
    "description", "media_url", "created_ms", "address_id", "attributes", "token", "ready_ms" };
static_assert(std::size(kColumnNames) == static_cast<std::size_t>(Column::Count),
    "one name for every column, in the order of Column");

// {"code": ["value", ...]}: a multivaluelist keeps every value, in the order sent.
QVariant attributesToJson(const AttributeValues& attributes)
{
    if (attributes.isEmpty())
        return QVariant(QMetaType::fromType<QString>());
    QJsonObject object;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        object.insert(it.key(), QJsonArray::fromStringList(it.value()));
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

AttributeValues attributesFromJson(const QByteArray& json)
{
    AttributeValues attributes;
    if (json.isEmpty())
        return attributes;
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QStringList values;
        for (const QJsonValue& value : it.value().toArray())
            values.append(value.toString());
        attributes.insert(it.key(), values);
    }
    return attributes;
}

// Ids are decimal strings without padding: "0100001" is not "100001".
std::optional<qint64> idKey(const QString& id)
{
    bool numeric = false;
    const qint64 key = id.toLongLong(&numeric);
    if (!numeric || QString::number(key) != id)
        return std::nullopt;
    return key;
}

// A batch request exists once the city's batch has run: the wall clock decides, so that v1
// and v2 agree without anyone having to run the batch.
qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

SandboxStore::Request fromQuery(const QSqlQuery& q)
{
    const auto at = [&q](Column column) { return columnValue(q, column); };
    SandboxStore::Request r;
    r.id = at(Column::Id).toString();
    r.keyHash = at(Column::KeyHash).toByteArray();
    r.request.serviceCode = at(Column::ServiceCode).toString();
    r.serviceName = at(Column::ServiceName).toString();
    if (!at(Column::Latitude).isNull())
        r.request.latitude = at(Column::Latitude).toDouble();
    if (!at(Column::Longitude).isNull())
        r.request.longitude = at(Column::Longitude).toDouble();
    r.request.addressString = at(Column::Address).toString();
    r.request.email = at(Column::Email).toString();
    r.request.deviceId = at(Column::DeviceId).toString();
    r.request.accountId = at(Column::AccountId).toString();
    r.request.firstName = at(Column::FirstName).toString();
    r.request.lastName = at(Column::LastName).toString();
    r.request.phone = at(Column::Phone).toString();
    r.request.description = at(Column::Description).toString();
    r.request.mediaUrl = at(Column::MediaUrl).toString();
    r.createdMs = at(Column::CreatedMs).toLongLong();
    r.request.addressId = at(Column::AddressId).toString();
    r.request.attributes = attributesFromJson(at(Column::Attributes).toByteArray());
    r.token = at(Column::Token).toString();
    r.readyMs = at(Column::ReadyMs).toLongLong();
    return r;
}

const QString& selectColumns()
{
    static const QString list = columnList(kColumnNames);
    return list;
}

QVariant optionalDouble(const std::optional<double>& value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

} // namespace

SandboxStore::SandboxStore(const QString& path)
    : m_connection(std::make_unique<SqliteConnection>(path, QStringLiteral("sandbox-")))
{ }

SandboxStore::~SandboxStore()
{
    // Queries go before the connection they use.
    m_insert.reset();
    m_find.reset();
    m_findByToken.reset();
    m_insertMedia.reset();
    m_media.reset();
    m_mediaType.reset();
}

bool SandboxStore::open(QString& error)
{
    if (!m_connection->open(
            SqliteConnection::Durability::Normal, tr("The training city's database"), error))
        return false;
    QSqlDatabase db = m_connection->database();
    SchemaMigration migration(
        db, tr("The training city's database"), m_connection->path(), schemaSteps());
    Q_ASSERT(migration.targetVersion() == kSchemaVersion);
    if (!migration.apply(error))
        return false;
    m_insert = std::make_unique<QSqlQuery>(db);
    m_find = std::make_unique<QSqlQuery>(db);
    m_findByToken = std::make_unique<QSqlQuery>(db);
    m_insertMedia = std::make_unique<QSqlQuery>(db);
    m_media = std::make_unique<QSqlQuery>(db);
    m_mediaType = std::make_unique<QSqlQuery>(db);
    // One placeholder for every column but the id, which the statement works out.
    QStringList placeholders;
    for (int i = 1; i < static_cast<int>(Column::Count); ++i)
        placeholders << QStringLiteral("?");
    const bool prepared
        = m_insert->prepare(QStringLiteral("INSERT INTO requests (%1) VALUES ("
                                           "(SELECT COALESCE(MAX(id), %2) + 1 FROM requests), %3)")
                                .arg(selectColumns())
                                .arg(kFirstId - 1)
                                .arg(placeholders.join(QStringLiteral(", "))))
        && m_find->prepare(QStringLiteral("SELECT %1 FROM requests WHERE id = ? AND ready_ms <= ?")
                               .arg(selectColumns()))
        && m_findByToken->prepare(
            QStringLiteral("SELECT %1 FROM requests WHERE token = ?").arg(selectColumns()))
        && m_insertMedia->prepare(QStringLiteral(
            "INSERT INTO media (request_id, position, content_type, data) VALUES (?, ?, ?, ?)"))
        && m_media->prepare(QStringLiteral(
            "SELECT media.content_type, media.data FROM media JOIN requests"
            " ON requests.id = media.request_id"
            " WHERE media.request_id = ? AND media.position = ? AND requests.ready_ms <= ?"))
        && m_mediaType->prepare(
            QStringLiteral("SELECT content_type FROM media WHERE request_id = ? AND position = ?"));
    if (!prepared) {
        error = tr("The training city's database %1 cannot be used: %2")
                    .arg(m_connection->path(), m_find->lastError().text());
        return false;
    }
    return true;
}

QString SandboxStore::insert(const Request& r, const QList<Media>& media)
{
    if (media.isEmpty())
        return insertRow(r);
    QSqlDatabase db = m_connection->database();
    if (!db.transaction()) {
        qCWarning(lcSandbox) << "could not store a request:" << db.lastError().text();
        return QString();
    }
    const QString id = insertRow(r);
    bool ok = !id.isEmpty();
    for (qsizetype i = 0; ok && i < media.size(); ++i) {
        QSqlQuery& q = *m_insertMedia;
        q.addBindValue(id.toLongLong());
        q.addBindValue(int(i + 1));
        q.addBindValue(QString::fromLatin1(media[i].contentType));
        q.addBindValue(media[i].data);
        ok = q.exec();
        if (!ok)
            qCWarning(lcSandbox) << "could not store a photo:" << q.lastError().text();
        q.finish();
    }
    if (ok && db.commit())
        return id;
    db.rollback();
    return QString();
}

QString SandboxStore::insertRow(const Request& r)
{
    QSqlQuery& q = *m_insert;
    q.addBindValue(r.keyHash);
    q.addBindValue(r.request.serviceCode);
    q.addBindValue(r.serviceName);
    q.addBindValue(optionalDouble(r.request.latitude));
    q.addBindValue(optionalDouble(r.request.longitude));
    q.addBindValue(r.request.addressString);
    q.addBindValue(r.request.email);
    q.addBindValue(r.request.deviceId);
    q.addBindValue(r.request.accountId);
    q.addBindValue(r.request.firstName);
    q.addBindValue(r.request.lastName);
    q.addBindValue(r.request.phone);
    q.addBindValue(r.request.description);
    q.addBindValue(r.request.mediaUrl);
    q.addBindValue(r.createdMs);
    q.addBindValue(r.request.addressId);
    q.addBindValue(attributesToJson(r.request.attributes));
    // NULL, not "": the index keeps tokens unique.
    q.addBindValue(r.token.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : r.token);
    q.addBindValue(r.readyMs);
    const bool ok = q.exec();
    const QString id = q.lastInsertId().toString();
    q.finish();
    if (!ok) {
        qCWarning(lcSandbox) << "could not store a request:" << q.lastError().text();
        return QString();
    }
    return id;
}

std::optional<SandboxStore::Request> SandboxStore::find(const QString& id) const
{
    const std::optional<qint64> key = idKey(id);
    if (!key)
        return std::nullopt;
    QSqlQuery& q = *m_find;
    q.addBindValue(*key);
    q.addBindValue(now());
    std::optional<Request> found;
    if (q.exec() && q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

std::optional<SandboxStore::Request> SandboxStore::findByToken(const QString& token) const
{
    if (token.isEmpty())
        return std::nullopt;
    QSqlQuery& q = *m_findByToken;
    q.addBindValue(token);
    std::optional<Request> found;
    if (q.exec() && q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

QList<SandboxStore::Request> SandboxStore::select(const Selection& selection) const
{
    QStringList conditions { QStringLiteral("ready_ms <= ?") };
    QVariantList values { now() };
    if (!selection.ids.isEmpty()) {
        QStringList marks;
        for (const QString& id : selection.ids) {
            if (const std::optional<qint64> key = idKey(id.trimmed())) {
                marks << QStringLiteral("?");
                values << *key;
            }
        }
        if (marks.isEmpty())
            return {};
        conditions << QStringLiteral("id IN (%1)").arg(marks.join(QStringLiteral(", ")));
    } else {
        conditions << QStringLiteral("created_ms >= ?") << QStringLiteral("created_ms <= ?");
        values << selection.fromMs << selection.toMs;
        if (!selection.serviceCodes.isEmpty()) {
            QStringList marks;
            for (const QString& code : selection.serviceCodes) {
                marks << QStringLiteral("?");
                values << code;
            }
            conditions
                << QStringLiteral("service_code IN (%1)").arg(marks.join(QStringLiteral(", ")));
        }
    }
    QList<Request> list;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE %2 ORDER BY created_ms DESC, id "
                                  "DESC")
                       .arg(selectColumns(), conditions.join(QStringLiteral(" AND ")))))
        return list;
    for (const QVariant& value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec()) {
        qCWarning(lcSandbox) << "could not list requests:" << q.lastError().text();
        return list;
    }
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

qint64 SandboxStore::count() const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

std::optional<SandboxStore::Media> SandboxStore::media(const QString& requestId, int position) const
{
    const std::optional<qint64> key = idKey(requestId);
    if (!key)
        return std::nullopt;
    QSqlQuery& q = *m_media;
    q.addBindValue(*key);
    q.addBindValue(position);
    q.addBindValue(now());
    std::optional<Media> found;
    if (q.exec() && q.next())
        found = Media { q.value(0).toString().toLatin1(), q.value(1).toByteArray() };
    q.finish();
    return found;
}

QByteArray SandboxStore::mediaType(const QString& requestId, int position) const
{
    const std::optional<qint64> key = idKey(requestId);
    if (!key)
        return QByteArray();
    QSqlQuery& q = *m_mediaType;
    q.addBindValue(*key);
    q.addBindValue(position);
    QByteArray type;
    if (q.exec() && q.next())
        type = q.value(0).toString().toLatin1();
    q.finish();
    return type;
}

int SandboxStore::mediaCount(const QString& requestId) const
{
    const std::optional<qint64> key = idKey(requestId);
    if (!key)
        return 0;
    QSqlQuery q(m_connection->database());
    if (!q.prepare(QStringLiteral("SELECT COUNT(*) FROM media WHERE request_id = ?")))
        return 0;
    q.addBindValue(*key);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<SandboxStore::Request> SandboxStore::all() const
{
    QList<Request> list;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM requests ORDER BY id").arg(selectColumns())))
        return list;
    while (q.next())
        list.append(fromQuery(q));
    return list;
}

void SandboxStore::forEachEarlier(const QString& serviceCode, const QString& id,
    const std::function<bool(const Request&)>& visit) const
{
    bool numeric = false;
    const qint64 key = id.toLongLong(&numeric);
    if (!numeric)
        return;
    QSqlQuery q(m_connection->database());
    q.setForwardOnly(true);
    if (!q.prepare(QStringLiteral("SELECT %1 FROM requests WHERE service_code = ? AND id < ? "
                                  "ORDER BY id DESC")
                       .arg(selectColumns())))
        return;
    q.addBindValue(serviceCode);
    q.addBindValue(key);
    if (!q.exec())
        return;
    while (q.next()) {
        if (!visit(fromQuery(q)))
            break;
    }
}

QByteArray SandboxStore::hashKey(const QString& apiKey)
{
    return QCryptographicHash::hash(apiKey.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace Open311
