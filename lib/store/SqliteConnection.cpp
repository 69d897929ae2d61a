#include "SqliteConnection.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Open311 {

SqliteConnection::SqliteConnection(const QString& path, const QString& namePrefix)
    : m_path(path), m_name(namePrefix + QUuid::createUuid().toString())
{
}

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool SqliteConnection::open(Durability durability, const QString& what, QString& error)
{
    if (m_path != QLatin1String(":memory:")) {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(folder)) {
            error = tr("The folder %1 for %2 cannot be created.").arg(folder, what);
            return false;
        }
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open()) {
        error = tr("%1 (%2) cannot be opened: %3").arg(what, m_path, db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // WAL lets readers and a writer in other processes work side by side.
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    q.exec(durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                          : QStringLiteral("PRAGMA synchronous=NORMAL"));
    if (!q.exec(QStringLiteral("PRAGMA schema_version"))) {
        error = tr("%1 (%2) is not a database this app can read: %3")
                    .arg(what, m_path, q.lastError().text());
        return false;
    }
    return true;
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Open311
