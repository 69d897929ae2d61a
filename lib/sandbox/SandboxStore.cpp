#include "sandbox/SandboxStore.h"

#include "core/Logging.h"
#include "store/SchemaMigration.h"
#include "store/SqlColumns.h"
#include "store/SqliteConnection.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <iterator>

namespace Open311 {

namespace {

constexpr int kSchemaVersion = 1;
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
    Count
};

const char* const kColumnNames[] = { "id", "key_hash", "service_code", "service_name", "lat", "lon",
    "address", "email", "device_id", "account_id", "first_name", "last_name", "phone",
    "description", "media_url", "created_ms" };
static_assert(std::size(kColumnNames) == static_cast<std::size_t>(Column::Count),
    "one name for every column, in the order of Column");

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
    const bool prepared
        = m_insert->prepare(QStringLiteral("INSERT INTO requests (%1) VALUES ("
                                           "(SELECT COALESCE(MAX(id), %2) + 1 FROM requests),"
                                           " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                                .arg(selectColumns())
                                .arg(kFirstId - 1))
        && m_find->prepare(
            QStringLiteral("SELECT %1 FROM requests WHERE id = ?").arg(selectColumns()));
    if (!prepared) {
        error = tr("The training city's database %1 cannot be used: %2")
                    .arg(m_connection->path(), m_find->lastError().text());
        return false;
    }
    return true;
}

QString SandboxStore::insert(const Request& r)
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
    bool numeric = false;
    const qint64 key = id.toLongLong(&numeric);
    // Ids are decimal strings without padding: "0100001" is not "100001".
    if (!numeric || QString::number(key) != id)
        return std::nullopt;
    QSqlQuery& q = *m_find;
    q.addBindValue(key);
    std::optional<Request> found;
    if (q.exec() && q.next())
        found = fromQuery(q);
    q.finish();
    return found;
}

qint64 SandboxStore::count() const
{
    QSqlQuery q(m_connection->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM requests")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
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
