#include "store/DraftStore.h"

#include "store/SchemaMigration.h"
#include "store/SqliteConnection.h"
#include "store/StoredPhotos.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace Open311 {

namespace {

QList<QStringList> schemaSteps()
{
    return {
        { QStringLiteral("CREATE TABLE drafts (profile TEXT PRIMARY KEY, json BLOB NOT NULL,"
                         " saved_ms INTEGER NOT NULL)") },
        // Version 2: the draft's photos, written when they change rather than at every
        // keystroke with the text.
        { StoredPhotos::createTable(QStringLiteral("draft_photos"), QStringLiteral("TEXT")) },
    };
}

} // namespace

DraftStore::DraftStore(const QString& path)
    : m_connection(std::make_unique<SqliteConnection>(path, QStringLiteral("drafts")))
{ }

DraftStore::~DraftStore() = default;

QString DraftStore::pathBeside(const QString& outboxPath)
{
    if (outboxPath == QLatin1String(":memory:"))
        return outboxPath;
    // One drafts file per outbox: two outboxes side by side (tests, a second profile folder)
    // must not hand each other their forms.
    const QFileInfo outbox(outboxPath);
    const QString name = outbox.fileName() == QLatin1String("outbox.sqlite")
        ? QStringLiteral("drafts.sqlite")
        : outbox.completeBaseName() + QStringLiteral("-drafts.sqlite");
    return outbox.dir().filePath(name);
}

bool DraftStore::open(QString& error)
{
    if (!m_connection->open(SqliteConnection::Durability::Normal, tr("The drafts"), error))
        return false;
    SchemaMigration migration(
        m_connection->database(), tr("The drafts"), m_connection->path(), schemaSteps());
    Q_ASSERT(migration.targetVersion() == kSchemaVersion);
    if (!migration.apply(error))
        return false;
    m_isNew = migration.foundVersion() == 0;
    return true;
}

QString DraftStore::path() const
{
    return m_connection->path();
}

bool DraftStore::isDamaged() const
{
    return m_connection->isDamaged();
}

bool DraftStore::save(const QString& profile, const QByteArray& json)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("INSERT INTO drafts (profile, json, saved_ms) VALUES (?, ?, ?)"
                             " ON CONFLICT(profile) DO UPDATE SET json = excluded.json,"
                             " saved_ms = excluded.saved_ms"));
    q.addBindValue(profile);
    q.addBindValue(json);
    q.addBindValue(QDateTime::currentMSecsSinceEpoch());
    return q.exec();
}

QByteArray DraftStore::draft(const QString& profile) const
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("SELECT json FROM drafts WHERE profile = ?"));
    q.addBindValue(profile);
    return q.exec() && q.next() ? q.value(0).toByteArray() : QByteArray();
}

void DraftStore::clear(const QString& profile)
{
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE profile = ?"));
    q.addBindValue(profile);
    q.exec();
    photoTable().remove(profile);
}

StoredPhotos DraftStore::photoTable() const
{
    return StoredPhotos(m_connection->database(), QStringLiteral("draft_photos"));
}

bool DraftStore::savePhotos(const QString& profile, const MediaFiles& photos)
{
    QSqlDatabase database = m_connection->database();
    if (!database.transaction())
        return false;
    if (!photoTable().replace(profile, photos) || !database.commit()) {
        database.rollback();
        return false;
    }
    return true;
}

MediaFiles DraftStore::photos(const QString& profile) const
{
    return photoTable().read(profile);
}

int DraftStore::importFromOutbox(const QString& outboxPath)
{
    if (outboxPath == QLatin1String(":memory:") || !QFileInfo::exists(outboxPath))
        return 0;
    QSqlQuery q(m_connection->database());
    q.prepare(QStringLiteral("ATTACH DATABASE ? AS earlier"));
    q.addBindValue(outboxPath);
    if (!q.exec())
        return 0;
    int imported = 0;
    QSqlQuery copy(m_connection->database());
    // An outbox from before drafts existed, or a damaged one, has nothing to give.
    if (copy.exec(QStringLiteral("INSERT OR IGNORE INTO drafts (profile, json, saved_ms)"
                                 " SELECT profile, json, saved_ms FROM earlier.drafts")))
        imported = copy.numRowsAffected();
    copy.finish();
    q.exec(QStringLiteral("DETACH DATABASE earlier"));
    return imported;
}

} // namespace Open311
