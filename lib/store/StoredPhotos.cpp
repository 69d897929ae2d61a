#include "store/StoredPhotos.h"

#include <QSqlQuery>

namespace Open311 {

QString StoredPhotos::createTable(const QString& table, const QString& ownerType)
{
    return QStringLiteral("CREATE TABLE %1 (owner %2 NOT NULL, position INTEGER NOT NULL,"
                          " file_name TEXT NOT NULL, content_type TEXT NOT NULL,"
                          " data BLOB NOT NULL, PRIMARY KEY (owner, position))")
        .arg(table, ownerType);
}

StoredPhotos::StoredPhotos(const QSqlDatabase& database, const QString& table)
    : m_database(database)
    , m_table(table)
{ }

bool StoredPhotos::replace(const QVariant& owner, const MediaFiles& photos) const
{
    if (!remove(owner))
        return false;
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("INSERT INTO %1 (owner, position, file_name, content_type, data)"
                             " VALUES (?, ?, ?, ?, ?)")
                  .arg(m_table));
    for (qsizetype i = 0; i < photos.size(); ++i) {
        q.addBindValue(owner);
        q.addBindValue(int(i));
        q.addBindValue(photos[i].fileName);
        q.addBindValue(QString::fromLatin1(photos[i].contentType));
        q.addBindValue(photos[i].data);
        if (!q.exec())
            return false;
    }
    return true;
}

MediaFiles StoredPhotos::read(const QVariant& owner) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("SELECT file_name, content_type, data FROM %1 WHERE owner = ?"
                             " ORDER BY position")
                  .arg(m_table));
    q.addBindValue(owner);
    MediaFiles photos;
    if (!q.exec())
        return photos;
    while (q.next())
        photos.append(
            { q.value(0).toString(), q.value(1).toString().toLatin1(), q.value(2).toByteArray() });
    return photos;
}

bool StoredPhotos::remove(const QVariant& owner, int* removed) const
{
    QSqlQuery q(m_database);
    q.prepare(QStringLiteral("DELETE FROM %1 WHERE owner = ?").arg(m_table));
    q.addBindValue(owner);
    const bool done = q.exec();
    if (removed)
        *removed = done ? q.numRowsAffected() : 0;
    return done;
}

} // namespace Open311
