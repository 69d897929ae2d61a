#include "FutureWait.h"
#include "core/Client.h"
#include "http/HttpServer.h"
#include "sandbox/SandboxServer.h"
#include "store/Outbox.h"
#include "store/OutboxSender.h"
#include "store/SqliteConnection.h"

#include <QDateTime>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

namespace {

OutboxEntry entryFor(const QUrl& endpoint, const QString& description)
{
    OutboxEntry entry;
    entry.endpoint = endpoint;
    entry.cityId = SandboxOptions::kTrainingCityId;
    entry.request.serviceCode = QStringLiteral("021");
    entry.request.latitude = 40.0;
    entry.request.longitude = -100.0;
    entry.request.description = description;
    return entry;
}

} // namespace

class OutboxTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath()
    {
        return m_dir.filePath(QStringLiteral("outbox-%1.sqlite").arg(++m_files));
    }

private Q_SLOTS:
    void lifeCycleAndDurability()
    {
        const QString path = freshPath();
        qint64 id = 0;
        {
            Outbox outbox(path);
            QString error;
            QVERIFY2(outbox.open(error), qPrintable(error));
            id = outbox.add(entryFor(QUrl(QStringLiteral("http://127.0.0.1:1/dev/V1/")),
                QStringLiteral("Caf\u00e9 \U0001F573 & \"quotes\"")));
            QVERIFY(id > 0);
        }
        // Written before anything was sent: a new process sees it queued, intact.
        Outbox outbox(path);
        QString error;
        QVERIFY(outbox.open(error));
        const std::optional<OutboxEntry> entry = outbox.find(id);
        QVERIFY(entry);
        QCOMPARE(entry->state, OutboxEntry::State::Queued);
        QCOMPARE(entry->request.description, QStringLiteral("Caf\u00e9 \U0001F573 & \"quotes\""));
        QCOMPARE(*entry->request.latitude, 40.0);
        QCOMPARE(outbox.due(QDateTime::currentMSecsSinceEpoch()).size(), 1);
        QVERIFY(outbox.claim(id));
        QVERIFY(!outbox.claim(id)); // only once
        outbox.markSent(id, { QStringLiteral("100001"), QStringLiteral("Two days"), QString() });
        QCOMPARE(outbox.find(id)->state, OutboxEntry::State::Sent);
        QCOMPARE(outbox.find(id)->serviceRequestId, QStringLiteral("100001"));
        QCOMPARE(outbox.pendingCount(), 0);
        QVERIFY(outbox.due(QDateTime::currentMSecsSinceEpoch()).isEmpty());

        QSqlDatabase db
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        q.finish();
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    }

    void failuresAreClassified()
    {
        Outbox outbox(freshPath());
        QString error;
        QVERIFY(outbox.open(error));
        outbox.setRetryBaseDelay(60000);
        const QUrl url(QStringLiteral("http://127.0.0.1:1/"));
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        struct Case
        {
            Error error;
            OutboxEntry::State state;
        };
        const QList<Case> cases = {
            { Error::network(QStringLiteral("refused"), true), OutboxEntry::State::WaitingToRetry },
            { Error::server(QStringLiteral("create_request"), 204, QStringLiteral("down")),
                OutboxEntry::State::WaitingToRetry },
            { Error::server(QStringLiteral("create_request"), 203, QStringLiteral("bad code")),
                OutboxEntry::State::Rejected },
            { Error::http(404, QString()), OutboxEntry::State::Rejected },
            { Error::outcomeUnknown(QStringLiteral("dropped.")),
                OutboxEntry::State::OutcomeUnknown },
        };
        QList<qint64> ids;
        for (const Case& c : cases) {
            const qint64 id = outbox.add(entryFor(url, QStringLiteral("x")));
            QVERIFY(outbox.claim(id));
            QCOMPARE(outbox.markFailed(id, c.error, now), c.state);
            QCOMPARE(outbox.find(id)->state, c.state);
            QVERIFY(!outbox.find(id)->reason.isEmpty());
            ids.append(id);
        }
        QCOMPARE(outbox.find(ids[2])->errorCode, 203);
        // Waiting reports are not due before their time, unless a flush asks for them.
        QVERIFY(outbox.due(now).isEmpty());
        QCOMPARE(outbox.due(now + 60001).size(), 2);
        QCOMPARE(outbox.due(now, true).size(), 2);
        QVERIFY(outbox.find(ids[0])->nextAttemptMs >= now + 60000);
        // Backoff doubles, and is capped at an hour.
        QCOMPARE(outbox.retryDelayMs(2), 120000);
        QCOMPARE(outbox.retryDelayMs(30), 3600000);

        // A person's decisions.
        QVERIFY(outbox.recordRequestId(ids[4], QStringLiteral("777")));
        QCOMPARE(outbox.find(ids[4])->state, OutboxEntry::State::Sent);
        QVERIFY(outbox.resend(ids[2]));
        QCOMPARE(outbox.find(ids[2])->state, OutboxEntry::State::Queued);
        NewRequest edited = outbox.find(ids[2])->request;
        edited.serviceCode = QStringLiteral("001");
        QVERIFY(outbox.updateRequest(ids[2], edited));
        QCOMPARE(outbox.find(ids[2])->request.serviceCode, QStringLiteral("001"));
        QVERIFY(outbox.discard(ids[3]));
        QVERIFY(!outbox.find(ids[3]));
        QCOMPARE(outbox.pendingCount(), 3);
    }

    void twoStoresRaceForOneReport()
    {
        const QString path = freshPath();
        Outbox a(path);
        Outbox b(path);
        QString error;
        QVERIFY(a.open(error));
        QVERIFY(b.open(error));
        int wins = 0;
        for (int i = 0; i < 20; ++i) {
            const qint64 id
                = a.add(entryFor(QUrl(QStringLiteral("http://127.0.0.1:1/")), QString::number(i)));
            wins += (i % 2 ? a.claim(id) : b.claim(id)) ? 1 : 0;
            wins += (i % 2 ? b.claim(id) : a.claim(id)) ? 1 : 0;
        }
        QCOMPARE(wins, 20);
    }

    void abandonedSendsBecomeUnknown()
    {
        const QString path = freshPath();
        qint64 dead = 0;
        qint64 alive = 0;
        {
            Outbox outbox(path);
            QString error;
            QVERIFY(outbox.open(error));
            dead = outbox.add(
                entryFor(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("a")));
            alive = outbox.add(
                entryFor(QUrl(QStringLiteral("http://127.0.0.1:1/")), QStringLiteral("b")));
            QVERIFY(outbox.claim(alive)); // owned by this process, which still runs
        }
        {
            // A sender that died mid-send: pid 2^22+1 cannot exist on Linux.
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("kill"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("UPDATE reports SET state = 'sending', owner = '4194305:1' "
                                      "WHERE local_id = %1")
                           .arg(dead)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("kill"));
        Outbox reopened(path);
        QString error;
        QVERIFY(reopened.open(error));
        QCOMPARE(reopened.find(dead)->state, OutboxEntry::State::OutcomeUnknown);
        QVERIFY(reopened.find(dead)->reason.contains(QLatin1String("stopped")));
        QCOMPARE(reopened.find(alive)->state, OutboxEntry::State::Sending);
        // Never resent silently.
        QVERIFY(reopened.due(QDateTime::currentMSecsSinceEpoch(), true).isEmpty());
    }

    void migratesFromTheFirstSchema()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE reports (local_id INTEGER PRIMARY KEY AUTOINCREMENT,"
                " endpoint TEXT NOT NULL, city_id TEXT NOT NULL, payload TEXT NOT NULL,"
                " service_name TEXT, state TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
                " created_ms INTEGER NOT NULL, updated_ms INTEGER NOT NULL,"
                " next_attempt_ms INTEGER NOT NULL DEFAULT 0, reason TEXT, error_kind TEXT,"
                " error_code INTEGER, service_request_id TEXT, service_level_agreement TEXT,"
                " sent_ms INTEGER, owner TEXT)")));
            QVERIFY(q.exec(
                QStringLiteral("CREATE TABLE drafts (profile TEXT PRIMARY KEY, json BLOB NOT NULL,"
                               " saved_ms INTEGER NOT NULL)")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO reports (endpoint, city_id, payload, state, created_ms, updated_ms)"
                " VALUES ('https://city.example/dev/V1/', 'city.example',"
                " '{\"service_code\":\"007\",\"address_string\":\"1 Main St\"}', 'queued', 1, "
                "1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        Outbox outbox(path);
        QString error;
        QVERIFY2(outbox.open(error), qPrintable(error));
        const QList<OutboxEntry> entries = outbox.list();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries[0].request.serviceCode, QStringLiteral("007"));
        QCOMPARE(entries[0].request.addressString, QStringLiteral("1 Main St"));
        QCOMPARE(entries[0].profile, QStringLiteral("https://city.example/dev/V1/"));
        QVERIFY(!entries[0].allowPlainHttp);
        QCOMPARE(entries[0].protocol, Protocol::GeoReportV1);
        QCOMPARE(outbox.pendingCount(QStringLiteral("https://city.example/dev/V1/")), 1);
    }

    // A v2 report keeps its protocol and its attributes, and goes only to a v2 client.
    void v2ReportsKeepTheirProtocolAndAttributes()
    {
        const QString path = freshPath();
        const Endpoint v2(QUrl(QStringLiteral("https://city.example/open311/v2/")),
            QStringLiteral("city.example"), false, Protocol::GeoReportV2);
        NewRequest request;
        request.serviceCode = QStringLiteral("DUMP");
        request.addressId = QStringLiteral("A-1201");
        request.attributes.insert(
            QStringLiteral("ITEMS"), { QStringLiteral("sofa"), QStringLiteral("tyres") });
        request.attributes.insert(
            QStringLiteral("SINCE"), { QStringLiteral("2026-11-30T08:00:00Z") });
        qint64 id = 0;
        {
            Outbox outbox(path);
            QString error;
            QVERIFY2(outbox.open(error), qPrintable(error));
            id = outbox.add(OutboxEntry::forReport(QString(), v2, request, QString()));
            QVERIFY(id > 0);
        }
        Outbox outbox(path);
        QString error;
        QVERIFY2(outbox.open(error), qPrintable(error));
        const std::optional<OutboxEntry> entry = outbox.find(id);
        QVERIFY(entry);
        QCOMPARE(entry->protocol, Protocol::GeoReportV2);
        QCOMPARE(entry->request.addressId, QStringLiteral("A-1201"));
        QCOMPARE(entry->request.attributes, request.attributes);
        QVERIFY(entry->goesTo(v2));
        const Endpoint v1(v2.baseUrl(), v2.cityId());
        QVERIFY(!entry->goesTo(v1));
    }

    void photosTravelWithTheReportUntilTheCityHasThem()
    {
        const QString path = freshPath();
        const Endpoint v2(QUrl(QStringLiteral("https://city.example/open311/v2/")),
            QStringLiteral("city.example"), false, Protocol::GeoReportV2);
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.latitude = 40.0;
        request.longitude = -100.0;
        QByteArray big(3 * 1024 * 1024, '\0');
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char(i * 7 % 251);
        request.photos = { { QStringLiteral("first.jpg"), "image/jpeg", big },
            { QStringLiteral("second.png"), "image/png", QByteArray("\x89PNG\r\n\x1a\n", 8) } };
        qint64 id = 0;
        {
            Outbox outbox(path);
            QString error;
            QVERIFY2(outbox.open(error), qPrintable(error));
            id = outbox.add(OutboxEntry::forReport(QString(), v2, request, QString()));
            QVERIFY(id > 0);
            // Listing leaves the blobs where they are.
            QVERIFY(outbox.list().constFirst().request.photos.isEmpty());
        }
        Outbox outbox(path);
        QString error;
        QVERIFY2(outbox.open(error), qPrintable(error));
        std::optional<OutboxEntry> entry = outbox.find(id);
        QVERIFY(entry);
        QCOMPARE(entry->request.photos.size(), 2);
        QVERIFY(entry->request.photos == request.photos);

        // An edit before resending replaces them, in their new order.
        NewRequest edited = request;
        edited.photos = { request.photos.at(1) };
        QVERIFY(outbox.updateRequest(id, edited));
        QVERIFY(outbox.find(id)->request.photos == edited.photos);

        CreateResult result;
        result.serviceRequestId = QStringLiteral("100001");
        QVERIFY(outbox.claim(id));
        outbox.markSent(id, result);
        entry = outbox.find(id);
        QCOMPARE(entry->state, OutboxEntry::State::Sent);
        QVERIFY(entry->request.photos.isEmpty());
        QSqlDatabase raw
            = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("photo-check"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM report_photos")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("photo-check"));
    }

    void damagedFilesAreToldApartAndSetAside()
    {
        // Not a database: damaged, and left byte for byte as it was.
        const QString garbagePath = freshPath();
        const QByteArray garbage(8192, '\x5a');
        {
            QFile file(garbagePath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
            QFile wal(garbagePath + QStringLiteral("-wal"));
            QVERIFY(wal.open(QIODevice::WriteOnly));
            wal.write("stale journal");
        }
        QString movedTo;
        {
            Outbox outbox(garbagePath);
            QString error;
            QVERIFY(!outbox.open(error));
            QVERIFY(outbox.isDamaged());
            QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
            QVERIFY2(!error.contains(QLatin1String("Unable to fetch row")), qPrintable(error));
        }
        {
            QFile file(garbagePath);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(file.readAll(), garbage);
        }
        QString error;
        QVERIFY2(SqliteConnection::setAside(garbagePath, movedTo, error), qPrintable(error));
        QVERIFY(movedTo.startsWith(garbagePath + QStringLiteral(".damaged-")));
        QVERIFY(!QFile::exists(garbagePath));
        QVERIFY(!QFile::exists(garbagePath + QStringLiteral("-wal")));
        {
            QFile kept(movedTo);
            QVERIFY(kept.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), garbage);
            QFile keptWal(movedTo + QStringLiteral("-wal"));
            QVERIFY(keptWal.open(QIODevice::ReadOnly));
            QCOMPARE(keptWal.readAll(), QByteArray("stale journal"));
        }
        // A second damaged file set aside in the same second gets a name of its own.
        {
            QFile again(garbagePath);
            QVERIFY(again.open(QIODevice::WriteOnly));
            again.write(garbage);
        }
        QString secondMove;
        QVERIFY2(SqliteConnection::setAside(garbagePath, secondMove, error), qPrintable(error));
        QVERIFY(secondMove != movedTo);
        QVERIFY(QFile::exists(movedTo));
        {
            Outbox fresh(garbagePath);
            QVERIFY2(fresh.open(error), qPrintable(error));
            QVERIFY(!fresh.isDamaged());
            QCOMPARE(fresh.pendingCount(), 0);
        }

        // From a newer version of the app: not damaged, so nobody is offered to set it aside.
        const QString newerPath = freshPath();
        {
            Outbox outbox(newerPath);
            QVERIFY(outbox.open(error));
        }
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
            db.setDatabaseName(newerPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("PRAGMA user_version=%1").arg(Outbox::kSchemaVersion + 1)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        Outbox newer(newerPath);
        QVERIFY(!newer.open(error));
        QVERIFY(!newer.isDamaged());
    }

    // A report that goes out later (a retry, "send waiting reports now", the next start) goes
    // whole: the photos are read back with it, and are dropped only once the city has them.
    void aFlushedReportTakesItsPhotos()
    {
        QByteArray seenType;
        QByteArray seenBody;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            seenType = r.headers.value("content-type");
            seenBody = r.body;
            return HttpResponse::json("[{\"service_request_id\":\"7001\"}]");
        });
        QVERIFY(server.listen());
        const QUrl endpoint = server.baseUrl().resolved(QUrl(QStringLiteral("/v2/")));
        const Endpoint v2(endpoint, QStringLiteral("city.example"), false, Protocol::GeoReportV2);
        Outbox outbox(freshPath());
        QString error;
        QVERIFY(outbox.open(error));
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.latitude = 40.0;
        request.longitude = -100.0;
        const QByteArray jpeg = "\xFF\xD8\xFF\xE0 a photo's bytes " + QByteArray(20000, 'p');
        request.photos = { { QStringLiteral("IMG_20260501_143215.jpg"), "image/jpeg", jpeg } };
        const qint64 id = outbox.add(OutboxEntry::forReport(QString(), v2, request, QString()));
        QVERIFY(id > 0);
        Client client(v2, [] { return QStringLiteral("k"); });
        OutboxSender sender(&outbox, [&](const OutboxEntry&) { return &client; });
        QSignalSpy sent(&sender, &OutboxSender::entrySent);
        sender.flush();
        QVERIFY(sent.wait(5000));
        QVERIFY2(seenType.startsWith("multipart/form-data; boundary="), seenType.constData());
        QVERIFY(seenBody.contains(jpeg));
        // Named by its place: the camera's name tells when it was taken.
        QVERIFY(seenBody.contains("filename=\"photo-1.jpg\""));
        QVERIFY(!seenBody.contains("IMG_2026"));
        QCOMPARE(outbox.find(id)->state, OutboxEntry::State::Sent);
        QVERIFY(outbox.find(id)->request.photos.isEmpty());
    }

    void senderRetriesOnlyWhatNeverArrived()
    {
        int creates = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            ++creates;
            // The first create meets "back-end down" (nothing created), the second succeeds.
            if (creates == 1
                || r.queryValue(QStringLiteral("description")) == QLatin1String("drop")) {
                if (creates == 1)
                    return HttpResponse::xml(
                        "<CreateResponse><Open311Error><errorCode>204</errorCode>"
                        "<errorDescription>down</errorDescription></Open311Error>"
                        "</CreateResponse>");
                return HttpResponse::withAction(HttpResponse::Action::Drop);
            }
            return HttpResponse::xml("<CreateResponse><Open311Create><service_request_id>"
                + QByteArray::number(1000 + creates)
                + "</service_request_id></Open311Create></CreateResponse>");
        });
        QVERIFY(server.listen());
        QUrl endpoint = server.baseUrl();
        Outbox outbox(freshPath());
        QString error;
        QVERIFY(outbox.open(error));
        outbox.setRetryBaseDelay(100);
        Client client(Endpoint(endpoint, SandboxOptions::kTrainingCityId),
            [] { return QStringLiteral("k"); });
        OutboxSender sender(&outbox, [&](const OutboxEntry&) { return &client; });
        QSignalSpy sent(&sender, &OutboxSender::entrySent);
        QSignalSpy failed(&sender, &OutboxSender::entryFailed);
        const qint64 first = outbox.add(entryFor(endpoint, QStringLiteral("retry me")));
        sender.flush();
        QVERIFY(failed.wait(5000));
        QCOMPARE(outbox.find(first)->state, OutboxEntry::State::WaitingToRetry);
        // The automatic retry comes by itself after the backoff.
        QVERIFY(sent.wait(5000));
        QCOMPARE(outbox.find(first)->state, OutboxEntry::State::Sent);
        QCOMPARE(outbox.find(first)->serviceRequestId, QStringLiteral("1002"));

        const qint64 lost = outbox.add(entryFor(endpoint, QStringLiteral("drop")));
        sender.flush();
        QVERIFY(failed.wait(5000));
        QCOMPARE(outbox.find(lost)->state, OutboxEntry::State::OutcomeUnknown);
        QTest::qWait(400);
        QCOMPARE(creates, 3); // never sent again by itself
    }

    void twoProcessesSubmitAtOnce()
    {
        SandboxServer city({});
        QString error;
        QVERIFY(city.start(error));
        QTemporaryDir data;
        QList<QProcess*> processes;
        for (int p = 0; p < 2; ++p) {
            for (int i = 0; i < 10; ++i) {
                auto* process = new QProcess(this);
                QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
                env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
                env.insert(QStringLiteral("OPEN311_API_KEY"), SandboxOptions::kTrainingKey);
                process->setProcessEnvironment(env);
                process->start(QStringLiteral(OPEN311_CLI_PATH),
                    { QStringLiteral("--endpoint"), city.endpointUrl().toString(),
                        QStringLiteral("--city-id"), SandboxOptions::kTrainingCityId,
                        QStringLiteral("submit"), QStringLiteral("--service-code"),
                        QStringLiteral("021"), QStringLiteral("--address"),
                        QStringLiteral("1 Oak Street"), QStringLiteral("--description"),
                        QStringLiteral("p%1-%2").arg(p).arg(i) });
                processes.append(process);
            }
        }
        QVERIFY(QTest::qWaitFor(
            [&] {
                for (QProcess* process : processes)
                    if (process->state() != QProcess::NotRunning)
                        return false;
                return true;
            },
            60000));
        for (QProcess* process : processes)
            QCOMPARE(process->exitCode(), 0);
        QCOMPARE(city.store().count(), 20);
        Outbox outbox(data.filePath(QStringLiteral("open311-reporter/outbox.sqlite")));
        QVERIFY(outbox.open(error));
        QCOMPARE(outbox.list(false).size(), 20);
        QCOMPARE(outbox.pendingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(OutboxTest)
#include "outbox_test.moc"
