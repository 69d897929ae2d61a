#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace Open311 {

// A named SQLite connection to one file, opened the way every store here wants it: its folder
// made, WAL journal, a busy timeout so that two processes wait for each other instead of
// failing, and removed again when this object goes.
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SqliteConnection)

public:
    enum class Durability
    {
        Normal,
        Full
    };

    SqliteConnection(const QString& path, const QString& namePrefix);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection&) = delete;
    SqliteConnection& operator=(const SqliteConnection&) = delete;

    // ":memory:" keeps nothing on disk. `what` names the store in error messages.
    bool open(Durability durability, const QString& what, QString& error);
    QSqlDatabase database() const;
    QString path() const { return m_path; }
    // The last open() failed on a file that is not an SQLite database or is corrupt, as
    // opposed to one that is busy, unreadable or from a newer version.
    bool isDamaged() const { return m_damaged; }

    // A file that exists, has content, and does not start as an SQLite database does.
    static bool isDamagedFile(const QString& path);

    // Renames a damaged store, with its journal files, so a new one can start where it was;
    // nothing is deleted. Its new path goes to movedTo.
    static bool setAside(const QString& path, QString& movedTo, QString& error);

private:
    QString damagedMessage(const QString& what, const QString& reason) const;

    QString m_path;
    QString m_name;
    bool m_damaged = false;
};

} // namespace Open311
