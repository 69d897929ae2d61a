#include "store/SchemaMigration.h"
#include "store/SqliteConnection.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Open311;

namespace {

const QString kWhat = QStringLiteral("The test store");

// Version 1 makes a table with a row, version 2 adds a column and a second table. Step 1 cannot
// run twice (the table exists), so a run that repeats it fails.
QList<QStringList> twoSteps()
{
    return {
        { QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)"),
            QStringLiteral("INSERT INTO notes (text) VALUES ('first')") },
        { QStringLiteral("ALTER TABLE notes ADD COLUMN done INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("CREATE TABLE tags (note_id INTEGER NOT NULL, tag TEXT NOT NULL)") },
    };
}

} // namespace

class SchemaMigrationTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store-%1.sqlite").arg(++m_files)); }

    // Opened as the stores open theirs: WAL, busy timeout.
    static std::unique_ptr<SqliteConnection> connect(const QString& path)
    {
        auto connection = std::make_unique<SqliteConnection>(path, QStringLiteral("migration-"));
        QString error;
        if (!connection->open(SqliteConnection::Durability::Normal, kWhat, error))
            qFatal("%s", qPrintable(error));
        return connection;
    }

    static int userVersion(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        return q.exec(QStringLiteral("PRAGMA user_version")) && q.next() ? q.value(0).toInt() : -1;
    }

    static QStringList tables(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        QStringList names;
        if (q.exec(QStringLiteral(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
            while (q.next())
                names << q.value(0).toString();
        }
        return names;
    }

    static QStringList notes(const QSqlDatabase& db)
    {
        QSqlQuery q(db);
        QStringList texts;
        if (q.exec(QStringLiteral("SELECT text FROM notes ORDER BY id"))) {
            while (q.next())
                texts << q.value(0).toString();
        }
        return texts;
    }

    static QByteArray bytesOf(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // A file at version 1 as an older app left it, with a row of its own.
    void writeVersionOne(const QString& path)
    {
        const auto connection = connect(path);
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(twoSteps().at(0).at(0)));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (text) VALUES ('kept')")));
        QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
    }

private Q_SLOTS:
    void newFileGetsEveryStep()
    {
        const QString path = freshPath();
        const auto connection = connect(path);
        SchemaMigration migration(connection->database(), kWhat, path, twoSteps());
        QCOMPARE(migration.targetVersion(), 2);
        QString error;
        QVERIFY2(migration.apply(error), qPrintable(error));
        QCOMPARE(migration.foundVersion(), 0);
        QCOMPARE(migration.appliedSteps(), 2);
        QCOMPARE(userVersion(connection->database()), 2);
        QCOMPARE(tables(connection->database()), QStringList({ "notes", "tags" }));
        QCOMPARE(notes(connection->database()), QStringList({ "first" }));
        QVERIFY(connection->database()
                    .record(QStringLiteral("notes"))
                    .contains(QStringLiteral("done")));
    }

    void versionOneGetsOnlyTheLaterSteps()
    {
        const QString path = freshPath();
        writeVersionOne(path);
        if (QTest::currentTestFailed())
            return;
        const auto connection = connect(path);
        SchemaMigration migration(connection->database(), kWhat, path, twoSteps());
        QString error;
        QVERIFY2(migration.apply(error), qPrintable(error));
        QCOMPARE(migration.foundVersion(), 1);
        QCOMPARE(migration.appliedSteps(), 1);
        QCOMPARE(userVersion(connection->database()), 2);
        QCOMPARE(tables(connection->database()), QStringList({ "notes", "tags" }));
        // Its own row kept, and step 1's row not added again.
        QCOMPARE(notes(connection->database()), QStringList({ "kept" }));
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(QStringLiteral("SELECT done FROM notes")) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void newerFileIsRefusedAndLeftAlone()
    {
        const QString path = freshPath();
        {
            const auto connection = connect(path);
            QSqlQuery q(connection->database());
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE future (x TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO future VALUES ('from later')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=3")));
        }
        const QByteArray before = bytesOf(path);
        QVERIFY(!before.isEmpty());
        {
            const auto connection = connect(path);
            SchemaMigration migration(connection->database(), kWhat, path, twoSteps());
            QString error;
            QVERIFY(!migration.apply(error));
            QCOMPARE(migration.foundVersion(), 3);
            QCOMPARE(migration.appliedSteps(), 0);
            QVERIFY2(error.contains(QLatin1String("newer version")), qPrintable(error));
            QVERIFY2(error.contains(kWhat), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));
            QCOMPARE(userVersion(connection->database()), 3);
            QCOMPARE(tables(connection->database()), QStringList({ "future" }));
        }
        QCOMPARE(bytesOf(path), before);
    }

    void failingStepRollsEverythingBack()
    {
        QList<QStringList> steps = twoSteps();
        steps[1] << QStringLiteral("INSERT INTO missing_table VALUES (1)");

        // From a new file: step 1 went through, yet nothing of it stays.
        const QString path = freshPath();
        {
            const auto connection = connect(path);
            SchemaMigration migration(connection->database(), kWhat, path, steps);
            QString error;
            QVERIFY(!migration.apply(error));
            QCOMPARE(migration.appliedSteps(), 0);
            QVERIFY2(error.contains(QLatin1String("missing_table")), qPrintable(error));
            QVERIFY2(error.contains(path), qPrintable(error));
            QCOMPARE(userVersion(connection->database()), 0);
            QVERIFY(tables(connection->database()).isEmpty());
        }

        // From version 1: the column added before the failure is gone, the row is still there.
        const QString oldPath = freshPath();
        writeVersionOne(oldPath);
        if (QTest::currentTestFailed())
            return;
        const auto connection = connect(oldPath);
        SchemaMigration migration(connection->database(), kWhat, oldPath, steps);
        QString error;
        QVERIFY(!migration.apply(error));
        QCOMPARE(userVersion(connection->database()), 1);
        QCOMPARE(tables(connection->database()), QStringList({ "notes" }));
        QCOMPARE(notes(connection->database()), QStringList({ "kept" }));
        QVERIFY(!connection->database()
                     .record(QStringLiteral("notes"))
                     .contains(QStringLiteral("done")));
        // The connection is usable afterwards: no transaction was left open.
        QSqlQuery q(connection->database());
        QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
        QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
    }

    void secondRunIsANoOp()
    {
        const QString path = freshPath();
        const auto first = connect(path);
        // Another process's connection to the same file.
        const auto second = connect(path);
        QString error;
        SchemaMigration firstRun(first->database(), kWhat, path, twoSteps());
        QVERIFY2(firstRun.apply(error), qPrintable(error));
        QCOMPARE(firstRun.appliedSteps(), 2);

        SchemaMigration secondRun(second->database(), kWhat, path, twoSteps());
        QVERIFY2(secondRun.apply(error), qPrintable(error));
        QCOMPARE(secondRun.foundVersion(), 2);
        QCOMPARE(secondRun.appliedSteps(), 0);
        QCOMPARE(userVersion(second->database()), 2);
        QCOMPARE(tables(second->database()), QStringList({ "notes", "tags" }));
        // Step 1's row was inserted once.
        QCOMPARE(notes(second->database()), QStringList({ "first" }));

        // And again on the first connection.
        QVERIFY2(firstRun.apply(error), qPrintable(error));
        QCOMPARE(firstRun.appliedSteps(), 0);
        QCOMPARE(notes(first->database()), QStringList({ "first" }));
    }
};

QTEST_GUILESS_MAIN(SchemaMigrationTest)
#include "schema_migration_test.moc"
