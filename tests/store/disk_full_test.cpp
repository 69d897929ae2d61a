#include "FileSizeLimit.h"
#include "sandbox/SandboxOptions.h"
#include "store/DraftStore.h"
#include "store/Outbox.h"
#include "store/TrackerStore.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;
using Open311::Testing::FileSizeLimit;

namespace {

// The largest file in the folder: SQLite's file or its write-ahead log.
rlim_t largestFile(const QString& folder)
{
    qint64 largest = 0;
    QDirIterator it(folder, QDir::Files);
    while (it.hasNext())
        largest = qMax(largest, QFileInfo(it.next()).size());
    return rlim_t(largest);
}

OutboxEntry report(int n)
{
    OutboxEntry entry;
    entry.endpoint = QUrl(QStringLiteral("https://city.example/dev/V1/"));
    entry.cityId = SandboxOptions::kTrainingCityId;
    entry.request.serviceCode = QStringLiteral("021");
    entry.request.latitude = 40.0;
    entry.request.longitude = -100.0;
    entry.request.description = QStringLiteral("Report %1: ").arg(n) + QString(3900, u'x');
    return entry;
}

} // namespace

// The disk fills up under the outbox, the Tracker and the drafts: the write that does not fit
// fails and says so, and everything written before it is still there afterwards.
class DiskFullTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void theOutboxKeepsWhatItHad()
    {
        const QString folder = m_dir.filePath(QStringLiteral("outbox"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/outbox.sqlite");
        QList<qint64> kept;
        int refused = 0;
        {
            Outbox outbox(path);
            QString error;
            QVERIFY2(outbox.open(error), qPrintable(error));
            kept << outbox.add(report(0));
            QVERIFY(kept.last() > 0);
            // Room for a few more reports, not for forty.
            const FileSizeLimit full(largestFile(folder) + 24 * 1024);
            QVERIFY(full.ok());
            for (int n = 1; n <= 40; ++n) {
                const qint64 id = outbox.add(report(n));
                if (id == 0)
                    ++refused;
                else
                    kept << id;
            }
            QVERIFY2(refused > 0, "the disk never filled: the test proves nothing");
            QVERIFY2(kept.size() > 1, "nothing fitted: the limit is too tight to tell");
            // Still readable while full, with every report that went in.
            QCOMPARE(outbox.list().size(), kept.size());
        }
        Outbox reopened(path);
        QString error;
        QVERIFY2(reopened.open(error), qPrintable(error));
        const QList<OutboxEntry> entries = reopened.list();
        QCOMPARE(entries.size(), kept.size());
        for (const OutboxEntry& entry : entries) {
            QVERIFY(kept.contains(entry.localId));
            QCOMPARE(entry.request.description.size(),
                3900 + QStringLiteral("Report %1: ").arg(kept.indexOf(entry.localId)).size());
        }
        // Space again: the next report goes in.
        QVERIFY(reopened.add(report(99)) > 0);
    }

    void theTrackerKeepsWhatItFollowed()
    {
        const QString folder = m_dir.filePath(QStringLiteral("tracker"));
        QDir().mkpath(folder);
        const QString path = folder + QStringLiteral("/tracker.sqlite");
        QStringList followed;
        int refused = 0;
        {
            TrackerStore tracker(path);
            QString error;
            QVERIFY2(tracker.open(error), qPrintable(error));
            const FileSizeLimit full(largestFile(folder) + 16 * 1024);
            QVERIFY(full.ok());
            for (int n = 0; n < 400; ++n) {
                TrackedRequest request;
                request.profile = QStringLiteral("city");
                request.requestId = QStringLiteral("%1").arg(n, 6, 10, QLatin1Char('0'));
                request.address = QString(300, u'a');
                if (tracker.add(request))
                    followed << request.requestId;
                else
                    ++refused;
            }
            QVERIFY2(refused > 0, "the disk never filled");
            QVERIFY(!followed.isEmpty());
        }
        TrackerStore reopened(path);
        QString error;
        QVERIFY2(reopened.open(error), qPrintable(error));
        QStringList listed;
        for (const TrackedRequest& request : reopened.list(QStringLiteral("city")))
            listed << request.requestId;
        listed.sort();
        QCOMPARE(listed, followed);
    }

    void theDraftSaysItWasNotSaved()
    {
        const QString folder = m_dir.filePath(QStringLiteral("drafts"));
        QDir().mkpath(folder);
        DraftStore drafts(folder + QStringLiteral("/drafts.sqlite"));
        QString error;
        QVERIFY2(drafts.open(error), qPrintable(error));
        QVERIFY(drafts.save(QStringLiteral("city"), QByteArrayLiteral("{\"description\":\"a\"}")));
        {
            const FileSizeLimit full(largestFile(folder));
            QVERIFY(full.ok());
            QVERIFY(!drafts.savePhotos(QStringLiteral("city"),
                { { QStringLiteral("a.jpg"), "image/jpeg", QByteArray(512 * 1024, 'j') } }));
        }
        QCOMPARE(
            drafts.draft(QStringLiteral("city")), QByteArrayLiteral("{\"description\":\"a\"}"));
        QVERIFY(drafts.photos(QStringLiteral("city")).isEmpty());
    }

    // The command line, started on a full disk (children inherit the limit).
    void theCommandLineSaysTheTrackerIsFull()
    {
        const QString data = m_dir.filePath(QStringLiteral("cli"));
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), data);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), data + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), data + QStringLiteral("/etc-xdg"));
        const QStringList where { QStringLiteral("--endpoint"),
            QStringLiteral("https://city.example/dev/V1/"), QStringLiteral("--city-id"),
            QStringLiteral("city.example") };
        const auto track = [&](const QString& id) {
            QProcess cli;
            cli.setProcessEnvironment(env);
            cli.start(QStringLiteral(OPEN311_CLI_PATH),
                where + QStringList { QStringLiteral("track"), QStringLiteral("add"), id });
            cli.waitForFinished(30000);
            return std::make_pair(cli.exitCode(), QString::fromUtf8(cli.readAllStandardError()));
        };
        QCOMPARE(track(QStringLiteral("first")).first, 0);
        std::pair<int, QString> full;
        {
            const FileSizeLimit limit(0);
            QVERIFY(limit.ok());
            full = track(QStringLiteral("second"));
        }
        QCOMPARE(full.first, 2);
        QVERIFY2(
            full.second.contains(QLatin1String("the disk may be full")), qPrintable(full.second));
        QCOMPARE(full.second.count(u'\n'), 1); // one clear message
        QProcess list;
        list.setProcessEnvironment(env);
        list.start(QStringLiteral(OPEN311_CLI_PATH),
            where + QStringList { QStringLiteral("track"), QStringLiteral("list") });
        QVERIFY(list.waitForFinished(30000));
        const QByteArray listed = list.readAllStandardOutput();
        QVERIFY2(listed.contains("first") && !listed.contains("second"), listed.constData());
    }
};

QTEST_GUILESS_MAIN(DiskFullTest)
#include "disk_full_test.moc"
