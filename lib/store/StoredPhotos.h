#pragma once

#include "core/MediaFile.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Open311 {

// The photos of a row of another table (a report in the outbox, a draft), in a table of their
// own: listing reports stays cheap, and the blobs are read only where a report is sent or edited.
class StoredPhotos
{
public:
    // ownerType: the SQL type of the owner's key.
    static QString createTable(const QString& table, const QString& ownerType);

    StoredPhotos(const QSqlDatabase& database, const QString& table);

    // Within the caller's transaction, where there is one.
    bool replace(const QVariant& owner, const MediaFiles& photos) const;
    MediaFiles read(const QVariant& owner) const;
    // removed: how many photos went.
    bool remove(const QVariant& owner, int* removed = nullptr) const;

private:
    QSqlDatabase m_database;
    QString m_table;
};

} // namespace Open311
