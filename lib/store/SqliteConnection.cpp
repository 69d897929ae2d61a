#include "store/SqliteConnection.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace Open311 {

SqliteConnection::SqliteConnection(const QString& path, const QString& namePrefix)
    : m_path(path)
    , m_name(namePrefix + QUuid::createUuid().toString())
{ }

SqliteConnection::~SqliteConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

namespace {

// SQLite's primary result codes for a file that is no database, or a damaged one.
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteNotADatabase = 26;
// And for a disk that is full or will not take a write.
constexpr int kSqliteIoError = 10;
constexpr int kSqliteFull = 13;

} // namespace

bool SqliteConnection::open(Durability durability, const QString& what, QString& error)
{
    m_damaged = false;
    if (m_path != QLatin1String(":memory:")) {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (!QDir().mkpath(folder)) {
            error = tr("The folder %1 for %2 cannot be created.").arg(folder, what);
            return false;
        }
    }
    // Told apart before SQLite sees it: SQLite deletes the journal beside a file it cannot
    // read when it closes it, and that journal may hold the last reports written.
    if (isDamagedFile(m_path)) {
        m_damaged = true;
        error = damagedMessage(what, tr("it is not an SQLite file"));
        return false;
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
        const QSqlError failure = q.lastError();
        const int code = failure.nativeErrorCode().toInt() & 0xff;
        m_damaged = code == kSqliteNotADatabase || code == kSqliteCorrupt;
        const QString reason
            = failure.databaseText().isEmpty() ? failure.text() : failure.databaseText();
        if (m_damaged)
            error = damagedMessage(what, reason);
        else if (code == kSqliteIoError || code == kSqliteFull)
            error = tr("%1 (%2) cannot be opened: the disk may be full, or the file may not be "
                       "written (%3). Nothing in it was changed.")
                        .arg(what, m_path, reason);
        else
            error = tr("%1 (%2) cannot be read: %3").arg(what, m_path, reason);
        return false;
    }
    return true;
}

bool SqliteConnection::isDamagedFile(const QString& path)
{
    QFile file(path);
    return file.size() > 0 && file.open(QIODevice::ReadOnly)
        && !file.read(16).startsWith(QByteArrayView("SQLite format 3\0", 16));
}

bool SqliteConnection::setAside(const QString& path, QString& movedTo, QString& error)
{
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString target = path + QStringLiteral(".damaged-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".damaged-%1-%2").arg(stamp).arg(n);
    if (QFileInfo::exists(path) && !QFile::rename(path, target)) {
        error = tr("%1 could not be renamed to %2.").arg(path, target);
        return false;
    }
    // A journal left beside a new, empty database would be replayed into it.
    for (const QString& suffix :
        { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") }) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix)) {
            error = tr("%1 could not be renamed to %2.").arg(path + suffix, target + suffix);
            return false;
        }
    }
    movedTo = target;
    return true;
}

QString SqliteConnection::damagedMessage(const QString& what, const QString& reason) const
{
    return tr("%1 (%2) is damaged or is not a database this app can read (%3). The file was left "
              "as it is.")
        .arg(what, m_path, reason);
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace Open311
