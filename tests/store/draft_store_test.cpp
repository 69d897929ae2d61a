#include "store/DraftStore.h"
#include "store/Outbox.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

class DraftStoreTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void draftSurvivesACrash()
    {
        const QString path = m_dir.filePath(QStringLiteral("crash/drafts.sqlite"));
        {
            DraftStore drafts(path);
            QString error;
            QVERIFY2(drafts.open(error), qPrintable(error));
            QVERIFY(drafts.isNew());
            QVERIFY(drafts.save(QStringLiteral("training"), "{\"description\":\"half typed\"}"));
            QVERIFY(
                drafts.save(QStringLiteral("training"), "{\"description\":\"half typed, more\"}"));
            // No clean shutdown: the object just goes away.
        }
        DraftStore drafts(path);
        QString error;
        QVERIFY(drafts.open(error));
        QVERIFY(!drafts.isNew());
        QCOMPARE(drafts.draft(QStringLiteral("training")),
            QByteArray("{\"description\":\"half typed, more\"}"));
        QVERIFY(drafts.draft(QStringLiteral("other")).isEmpty());
        drafts.clear(QStringLiteral("training"));
        QVERIFY(drafts.draft(QStringLiteral("training")).isEmpty());
    }

    void photosAreKeptBesideTheText()
    {
        const QString path = m_dir.filePath(QStringLiteral("photos/drafts.sqlite"));
        const MediaFiles photos
            = { { QStringLiteral("a.jpg"), "image/jpeg", QByteArray(500000, 'a') },
                  { QStringLiteral("b.jpg"), "image/jpeg", QByteArray(1000, 'b') } };
        {
            DraftStore drafts(path);
            QString error;
            QVERIFY2(drafts.open(error), qPrintable(error));
            QVERIFY(drafts.save(QStringLiteral("training"), "{\"description\":\"x\"}"));
            QVERIFY(drafts.savePhotos(QStringLiteral("training"), photos));
            QVERIFY(drafts.savePhotos(QStringLiteral("other"), { photos.at(1) }));
        }
        DraftStore drafts(path);
        QString error;
        QVERIFY(drafts.open(error));
        QVERIFY(drafts.photos(QStringLiteral("training")) == photos);
        QVERIFY(drafts.savePhotos(QStringLiteral("training"), { photos.at(1) }));
        QCOMPARE(drafts.photos(QStringLiteral("training")).size(), 1);
        drafts.clear(QStringLiteral("training"));
        QVERIFY(drafts.photos(QStringLiteral("training")).isEmpty());
        QCOMPARE(drafts.photos(QStringLiteral("other")).size(), 1);
    }

    void livesBesideTheOutbox()
    {
        QCOMPARE(DraftStore::pathBeside(QStringLiteral("/var/lib/x/outbox.sqlite")),
            QStringLiteral("/var/lib/x/drafts.sqlite"));
        QCOMPARE(DraftStore::pathBeside(QStringLiteral("/tmp/t/run-3.sqlite")),
            QStringLiteral("/tmp/t/run-3-drafts.sqlite"));
        QCOMPARE(DraftStore::pathBeside(QStringLiteral(":memory:")), QStringLiteral(":memory:"));
    }

    // A draft typed before the upgrade is still there after it.
    void importsWhatAnEarlierVersionKeptInTheOutbox()
    {
        const QString outboxPath = m_dir.filePath(QStringLiteral("upgrade/outbox.sqlite"));
        {
            Outbox outbox(outboxPath);
            QString error;
            QVERIFY2(outbox.open(error), qPrintable(error));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "earlier");
            db.setDatabaseName(outboxPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO drafts (profile, json, saved_ms) VALUES"
                                          " ('city', '{\"description\":\"pothole\"}', 1),"
                                          " ('training', '{\"description\":\"practice\"}', 2)")));
        }
        QSqlDatabase::removeDatabase("earlier");

        DraftStore drafts(DraftStore::pathBeside(outboxPath));
        QString error;
        QVERIFY(drafts.open(error));
        QVERIFY(drafts.isNew());
        // One written since the upgrade wins over the old copy.
        QVERIFY(drafts.save(QStringLiteral("training"), "{\"description\":\"newer\"}"));
        QCOMPARE(drafts.importFromOutbox(outboxPath), 1);
        QCOMPARE(drafts.draft(QStringLiteral("city")), QByteArray("{\"description\":\"pothole\"}"));
        QCOMPARE(
            drafts.draft(QStringLiteral("training")), QByteArray("{\"description\":\"newer\"}"));
        // Nothing to import from a file that is not there.
        QCOMPARE(drafts.importFromOutbox(m_dir.filePath(QStringLiteral("none.sqlite"))), 0);
    }

    void memoryKeepsNothingOnDisk()
    {
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        {
            DraftStore drafts(QStringLiteral(":memory:"));
            QString error;
            QVERIFY(drafts.open(error));
            QVERIFY(drafts.save(QStringLiteral("kiosk"), "{\"firstName\":\"Ana\"}"));
            QCOMPARE(drafts.draft(QStringLiteral("kiosk")), QByteArray("{\"firstName\":\"Ana\"}"));
        }
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        DraftStore again(QStringLiteral(":memory:"));
        QString error;
        QVERIFY(again.open(error));
        QVERIFY(again.draft(QStringLiteral("kiosk")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(DraftStoreTest)
#include "draft_store_test.moc"
