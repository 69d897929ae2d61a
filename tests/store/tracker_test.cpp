#include "FutureWait.h"
#include "LocalCity.h"
#include "core/Client.h"
#include "core/Protocol.h"
#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpServer.h"
#include "sandbox/SandboxServer.h"
#include "store/PendingTokens.h"
#include "store/TrackerPoller.h"
#include "store/TrackerStore.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>

using namespace Open311;
using Open311::Testing::waitFor;

namespace {

const QString kProfile = QStringLiteral("test");

// RFC 4180, enough to read back what the export wrote.
QList<QStringList> parseCsv(const QByteArray& bytes)
{
    const QString text = QString::fromUtf8(bytes);
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            row << field;
            rows << row;
            row.clear();
            field.clear();
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray statusXml(const QString& id, const QByteArray& status, const QByteArray& notes)
{
    return "<StatusResponse><Open311Status><service_request_id>" + id.toUtf8()
        + "</service_request_id><status>" + status + "</status><status_notes>" + notes
        + "</status_notes><service_name>Pothole</service_name></Open311Status><Open311Error/></"
          "StatusResponse>";
}

} // namespace

class TrackerTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;

    std::unique_ptr<TrackerStore> freshStore()
    {
        auto store = std::make_unique<TrackerStore>(
            m_dir.filePath(QStringLiteral("tracker-%1.sqlite").arg(++m_files)));
        QString error;
        if (!store->open(error))
            qFatal("%s", qPrintable(error));
        return store;
    }

    static TrackedRequest tracked(const QString& id)
    {
        TrackedRequest r;
        r.profile = kProfile;
        r.requestId = id;
        r.serviceName = QStringLiteral("Pothole");
        return r;
    }

private Q_SLOTS:
    void lifeCycleAtAFastPace()
    {
        SandboxOptions options;
        // Stages long enough for 40 ms polls to see each one on a loaded machine: at 0.2 s the
        // first poll came after the request had closed (seen with CI's build beside it).
        options.paceSeconds = 1.0;
        Testing::LocalCity local;
        QString error;
        QVERIFY(local.start(options, error));
        Client& client = local.client();
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.addressString = QStringLiteral("1 Oak Street");
        const QString id = waitFor(client.createRequest(request)).value().serviceRequestId;

        auto store = freshStore();
        QVERIFY(store->add(tracked(id)));
        TrackerPoller poller(store.get(), &client, kProfile);
        poller.setMinimumInterval(40);
        poller.setInterval(40);
        QSignalSpy changed(&poller, &TrackerPoller::statusChanged);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(store->find(kProfile, id)->isClosed(), 20000);
        const QList<StatusChange> history = store->history(kProfile, id);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history[0].status, QStringLiteral("open"));
        QVERIFY(history[0].notes.isEmpty());
        QCOMPARE(history[1].status, QStringLiteral("open"));
        QVERIFY(!history[1].notes.isEmpty());
        QCOMPARE(history[2].status, QStringLiteral("closed"));
        // The first answer is not news; the two changes after it are, once each.
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(1).toString(), QStringLiteral("open"));
        // Closed requests are not polled again.
        QCOMPARE(store->find(kProfile, id)->nextCheckMs, 0);
        QCOMPARE(store->unseenChanges(kProfile), 1);
        store->markSeen(kProfile, id);
        QCOMPARE(store->unseenChanges(kProfile), 0);
    }

    void capAndIntervalFloorAreRespected()
    {
        int inFlight = 0;
        int peak = 0;
        QHash<QString, QList<qint64>> times;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            const QString id = r.queryValue(QStringLiteral("service_request_id"));
            times[id].append(QDateTime::currentMSecsSinceEpoch());
            peak = qMax(peak, ++inFlight);
            // On the server: a timer left when the test ends would count down a counter that is
            // gone.
            QTimer::singleShot(20, &server, [&] { --inFlight; });
            HttpResponse response = HttpResponse::xml(statusXml(id, "open", ""));
            response.delayMs = 20;
            return response;
        });
        QVERIFY(server.listen());
        Client client(
            Endpoint(server.baseUrl(), QStringLiteral("c")), [] { return QStringLiteral("k"); });
        client.setMaxConcurrent(3);
        auto store = freshStore();
        for (int i = 0; i < 20; ++i)
            store->add(tracked(QString::number(1000 + i)));
        TrackerPoller poller(store.get(), &client, kProfile);
        poller.setMinimumInterval(300);
        poller.setInterval(5); // asked for far too often: the floor wins
        QCOMPARE(poller.interval(), 300);
        poller.start();
        // Until every request has been checked twice, however long a loaded machine takes: the
        // floor and the spread are read from when the checks came, not from a sleep.
        const auto everyRequestCheckedTwice = [&] {
            return times.size() == 20
                && std::all_of(times.cbegin(), times.cend(),
                    [](const QList<qint64>& at) { return at.size() >= 2; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(everyRequestCheckedTwice(), 30000);
        poller.stop();
        QVERIFY(peak <= 3);
        QVERIFY(peak >= 2);
        for (auto it = times.cbegin(); it != times.cend(); ++it) {
            QVERIFY(it.value().size() >= 2);
            for (int i = 1; i < it.value().size(); ++i)
                QVERIFY2(it.value()[i] - it.value()[i - 1] >= 250, qPrintable(it.key()));
        }
        // Spread with jitter: the second round does not leave in one burst.
        QList<qint64> second;
        for (const QList<qint64>& list : std::as_const(times))
            second << list.value(1);
        std::sort(second.begin(), second.end());
        QVERIFY(second.last() - second.first() > 30);
    }

    void backsOffWhileTheServerFailsAndRecovers()
    {
        int requests = 0;
        bool healthy = false;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            ++requests;
            if (!healthy)
                return HttpResponse::html(500, "<html>down</html>");
            return HttpResponse::xml(
                statusXml(r.queryValue(QStringLiteral("service_request_id")), "open", ""));
        });
        QVERIFY(server.listen());
        Client client(
            Endpoint(server.baseUrl(), QStringLiteral("c")), [] { return QStringLiteral("k"); });
        auto store = freshStore();
        store->add(tracked(QStringLiteral("7")));
        TrackerPoller poller(store.get(), &client, kProfile);
        poller.setMinimumInterval(30);
        poller.setInterval(30);
        QSignalSpy failed(&poller, &TrackerPoller::checkFailed);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() >= 3, 5000);
        QVERIFY(poller.backoffFactor() >= 8);
        const TrackedRequest failing = *store->find(kProfile, QStringLiteral("7"));
        QCOMPARE(failing.errorKind, QStringLiteral("http"));
        QVERIFY(failing.failures >= 3);
        // The wait grew with the failures.
        QVERIFY(failing.nextCheckMs - failing.lastCheckedMs >= 0.85 * 30 * 8);
        healthy = true;
        poller.refresh(QStringLiteral("7"));
        QTRY_COMPARE_WITH_TIMEOUT(
            store->find(kProfile, QStringLiteral("7"))->status, QStringLiteral("open"), 5000);
        QTRY_COMPARE(poller.backoffFactor(), 1);
        QCOMPARE(store->find(kProfile, QStringLiteral("7"))->failures, 0);
    }

    void unknownIdStopsPollingUntilRetried()
    {
        int requests = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest&) {
            ++requests;
            return HttpResponse::xml(
                "<StatusResponse><Open311Error><errorCode>302</errorCode><errorDescription>"
                "Id not valid or you are attempting to search for a service request you did "
                "not create</errorDescription></Open311Error></StatusResponse>");
        });
        QVERIFY(server.listen());
        Client client(
            Endpoint(server.baseUrl(), QStringLiteral("c")), [] { return QStringLiteral("k"); });
        auto store = freshStore();
        store->add(tracked(QStringLiteral("404404")));
        TrackerPoller poller(store.get(), &client, kProfile);
        poller.setMinimumInterval(20);
        poller.setInterval(20);
        QSignalSpy rounds(&poller, &TrackerPoller::roundFinished);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            store->find(kProfile, QStringLiteral("404404"))->isUnknownToServer(), 10000);
        const TrackedRequest r = *store->find(kProfile, QStringLiteral("404404"));
        QVERIFY(r.errorMessage.contains(QLatin1String("did not create")));
        // Nothing left for the poller's timer to wake for.
        QCOMPARE(store->nextDueMs(kProfile), 0);
        QCOMPARE(requests, 1);
        // Neither what the timer would do nor a round retries it: each ends having checked
        // nothing, with nothing sent.
        for (void (TrackerPoller::*poll)() :
            { &TrackerPoller::pollDue, &TrackerPoller::refreshAll }) {
            rounds.clear();
            (poller.*poll)();
            QVERIFY(!rounds.isEmpty() || rounds.wait(10000));
            QCOMPARE(rounds.first().at(0).toInt(), 0);
            QCOMPARE(poller.inFlight(), 0);
            QCOMPARE(requests, 1);
        }
        poller.refresh(QStringLiteral("404404")); // a person does
        QTRY_COMPARE_WITH_TIMEOUT(requests, 2, 10000);
    }

    void pausedWhileOffline()
    {
        int requests = 0;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            ++requests;
            return HttpResponse::xml(
                statusXml(r.queryValue(QStringLiteral("service_request_id")), "open", ""));
        });
        QVERIFY(server.listen());
        Client client(
            Endpoint(server.baseUrl(), QStringLiteral("c")), [] { return QStringLiteral("k"); });
        auto store = freshStore();
        store->add(tracked(QStringLiteral("1")));
        TrackerPoller poller(store.get(), &client, kProfile);
        poller.setMinimumInterval(20);
        poller.setOnline(false);
        QSignalSpy rounds(&poller, &TrackerPoller::roundFinished);
        poller.start();
        poller.pollDue();
        // Offline, no poll starts: no round, nothing in flight, even once a zero timer would have
        // fired (the request is due at once).
        QCoreApplication::processEvents();
        QVERIFY(rounds.isEmpty());
        QCOMPARE(poller.inFlight(), 0);
        QCOMPARE(requests, 0);
        QSignalSpy checked(&poller, &TrackerPoller::checked);
        poller.setOnline(true);
        QVERIFY(!checked.isEmpty() || checked.wait(10000));
        QVERIFY(requests >= 1);
    }

    void exportReadsBack()
    {
        auto store = freshStore();
        TrackedRequest r = tracked(QStringLiteral("100001"));
        r.address = QStringLiteral("1 Oak Street, \"Corner\"");
        r.latitude = 40.0;
        r.longitude = -100.0;
        r.submittedMs = 1700000000000;
        store->add(r);
        const qint64 t = 1700000100000;
        store->recordStatus(kProfile,
            { QStringLiteral("100001"), QStringLiteral("open"), QString(),
                QStringLiteral("Pothole") },
            t, t + 1000);
        store->recordStatus(kProfile,
            { QStringLiteral("100001"), QStringLiteral("open"),
                QStringLiteral("Crew, on site\nsecond line"), QStringLiteral("Pothole") },
            t + 5000, t + 9000);
        store->add(tracked(QStringLiteral("0042")));
        const QList<QStringList> rows = parseCsv(store->exportCsv(kProfile));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].first(), QStringLiteral("service_request_id"));
        QStringList found;
        for (const QStringList& row : rows.mid(1)) {
            QCOMPARE(row.size(), 10);
            found << row[0];
            if (row[0] == QLatin1String("100001")) {
                QCOMPARE(row[2], QStringLiteral("1 Oak Street, \"Corner\""));
                QCOMPARE(row[6], QStringLiteral("open"));
                QCOMPARE(row[7], QStringLiteral("Crew, on site\nsecond line"));
                QVERIFY(row[9].contains(QLatin1String("open: \n"))
                    || row[9].contains(QLatin1String("open: Crew")));
                QCOMPARE(row[9].count(QLatin1String("open:")), 2);
            }
        }
        QVERIFY(found.contains(QStringLiteral("0042"))); // ids stay strings
    }

    // A sent report whose id the city had given before (a server reset) starts afresh: it
    // took over the earlier request's status, place and history.
    void aSentReportIsNotAnEarlierOneWithItsId()
    {
        auto store = freshStore();
        TrackedRequest earlier = tracked(QStringLiteral("100001"));
        earlier.address = QStringLiteral("1 Old Road");
        earlier.submittedMs = 1000;
        QVERIFY(store->add(earlier));
        store->recordStatus(kProfile,
            { QStringLiteral("100001"), QStringLiteral("closed"), QStringLiteral("Fixed"),
                QStringLiteral("Pothole") },
            2000, 3000);
        QCOMPARE(store->find(kProfile, QStringLiteral("100001"))->status, QStringLiteral("closed"));
        QCOMPARE(store->history(kProfile, QStringLiteral("100001")).size(), 1);

        OutboxEntry sent;
        sent.profile = kProfile;
        sent.serviceName = QStringLiteral("Graffiti");
        sent.request.addressString = QStringLiteral("2 New Street");
        QVERIFY(store->addSent(sent, QStringLiteral("100001"), 5000));
        const std::optional<TrackedRequest> now = store->find(kProfile, QStringLiteral("100001"));
        QVERIFY(now);
        QCOMPARE(now->address, QStringLiteral("2 New Street"));
        QCOMPARE(now->serviceName, QStringLiteral("Graffiti"));
        QCOMPARE(now->submittedMs, 5000);
        QVERIFY(now->status.isEmpty());
        QVERIFY(store->history(kProfile, QStringLiteral("100001")).isEmpty());
        QCOMPARE(store->count(kProfile), 1);
    }

    // A batch service's token is kept until the city gives the report an id, survives a
    // restart, and then becomes an ordinary followed request with the report's details.
    void aTokenWaitsForItsIdAcrossARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("tokens.sqlite"));
        OutboxEntry sent;
        sent.profile = kProfile;
        sent.serviceName = QStringLiteral("Landscaping request");
        sent.request.addressString = QStringLiteral("9 Park Lane");
        CreateResult created;
        created.token = QStringLiteral("4f2a-77");
        {
            TrackerStore store(path);
            QString error;
            QVERIFY2(store.open(error), qPrintable(error));
            QVERIFY(store.addSent(sent, created, 5000));
            QCOMPARE(store.count(kProfile), 0);
            QCOMPARE(store.tokens().count(kProfile), 1);
            QCOMPARE(store.tokens().count(QStringLiteral("elsewhere")), 0);
        }
        TrackerStore store(path);
        QString error;
        QVERIFY2(store.open(error), qPrintable(error));
        const QList<PendingTokens::Pending> pending = store.tokens().list(kProfile);
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending[0].token, QStringLiteral("4f2a-77"));
        QCOMPARE(pending[0].about.address, QStringLiteral("9 Park Lane"));
        QCOMPARE(pending[0].about.submittedMs, 5000);
        QVERIFY(store.tokens().resolve(store, pending[0], QStringLiteral("100042")));
        QCOMPARE(store.tokens().count(kProfile), 0);
        const std::optional<TrackedRequest> followed
            = store.find(kProfile, QStringLiteral("100042"));
        QVERIFY(followed);
        QCOMPARE(followed->serviceName, QStringLiteral("Landscaping request"));
        QCOMPARE(followed->address, QStringLiteral("9 Park Lane"));
        QVERIFY(followed->nextCheckMs > 0);
        // An answer with neither an id nor a token follows nothing.
        QVERIFY(!store.addSent(sent, CreateResult(), 6000));
        QCOMPARE(store.tokens().count(kProfile), 0);
    }

    // A file of schema 2 (before v2's fields) is brought up to date and keeps its requests; what
    // a v2 city says beyond the status is kept, and an answer without it clears it.
    void v2FieldsSurviveAnUpgradeAndARestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("schema2.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("old"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE tracked (profile TEXT NOT NULL, request_id TEXT NOT NULL,"
                " service_name TEXT, address TEXT, lat REAL, lon REAL, submitted_ms INTEGER,"
                " status TEXT, status_notes TEXT, last_checked_ms INTEGER NOT NULL DEFAULT 0,"
                " next_check_ms INTEGER NOT NULL DEFAULT 0, changed_ms INTEGER NOT NULL DEFAULT 0,"
                " failures INTEGER NOT NULL DEFAULT 0, error_kind TEXT, error_code INTEGER,"
                " error_message TEXT, archived INTEGER NOT NULL DEFAULT 0,"
                " unseen INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (profile, request_id))")));
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE history (profile TEXT NOT NULL,"
                                          " request_id TEXT NOT NULL, at_ms INTEGER NOT NULL,"
                                          " status TEXT, notes TEXT)")));
            for (const QString& statement : PendingTokens::schemaStep())
                QVERIFY2(q.exec(statement), qPrintable(statement));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO tracked (profile, request_id, status, "
                                          "next_check_ms) VALUES ('test', '7', 'open', 1)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 2")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("old"));
        RequestStatus answer;
        answer.serviceRequestId = QStringLiteral("7");
        answer.status = QStringLiteral("open");
        answer.agencyResponsible = QStringLiteral("Street Maintenance Division");
        answer.expectedDatetime = QStringLiteral("2026-12-09T17:00:00-06:00");
        answer.serviceNotice = QStringLiteral("Repair within 10 business days.");
        answer.mediaUrl = QStringLiteral("https://city.example/media/7.jpg");
        {
            TrackerStore store(path);
            QString error;
            QVERIFY2(store.open(error), qPrintable(error));
            QCOMPARE(store.find(kProfile, QStringLiteral("7"))->status, QStringLiteral("open"));
            store.recordStatus(kProfile, answer, 1000, 2000);
        }
        TrackerStore store(path);
        QString error;
        QVERIFY2(store.open(error), qPrintable(error));
        std::optional<TrackedRequest> kept = store.find(kProfile, QStringLiteral("7"));
        QVERIFY(kept);
        QCOMPARE(kept->agencyResponsible, answer.agencyResponsible);
        QCOMPARE(kept->expectedDatetime, answer.expectedDatetime);
        QCOMPARE(kept->serviceNotice, answer.serviceNotice);
        QCOMPARE(kept->mediaUrl, answer.mediaUrl);
        answer.expectedDatetime.clear();
        store.recordStatus(kProfile, answer, 3000, 4000);
        QVERIFY(store.find(kProfile, QStringLiteral("7"))->expectedDatetime.isEmpty());
    }

    // Over GeoReport v2 a round asks for many ids in one requests call, and an id the list left
    // out alone: a 404 for it stops its polling, as v1's 302 does.
    void v2AsksForManyIdsInOneCall()
    {
        QStringList lists;
        QStringList singles;
        HttpServer server;
        server.setHandler([&](const HttpRequest& r) {
            if (r.path.endsWith(QLatin1String("/requests.json"))) {
                const QStringList ids
                    = r.queryValue(QStringLiteral("service_request_id")).split(QLatin1Char(','));
                lists << ids.join(QLatin1Char(','));
                QByteArray body = "[";
                for (const QString& id : ids) {
                    if (id == QLatin1String("gone"))
                        continue;
                    body += (body.size() > 1 ? "," : "") + QByteArray("{\"service_request_id\":\"")
                        + id.toUtf8() + "\",\"status\":\"open\",\"agency_responsible\":\"Parks\"}";
                }
                return HttpResponse::json(body + "]");
            }
            singles << r.path;
            return HttpResponse::json(
                R"([{"code":404,"description":"service_request_id gone was not found."}])", 404);
        });
        QVERIFY(server.listen());
        Client client(
            Endpoint(server.baseUrl(), QString(), false, Protocol::GeoReportV2, WireFormat::Json),
            [] { return QString(); });
        auto store = freshStore();
        const QStringList ids = { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("gone"),
            QStringLiteral("4"), QStringLiteral("5") };
        for (const QString& id : ids)
            store->add(tracked(id));
        TrackerPoller poller(store.get(), &client, kProfile);
        QSignalSpy finished(&poller, &TrackerPoller::roundFinished);
        poller.refreshAll();
        QVERIFY(finished.wait(10000));
        QCOMPARE(lists.size(), 1);
        const QStringList asked = lists.first().split(QLatin1Char(','));
        QCOMPARE(
            QSet<QString>(asked.cbegin(), asked.cend()), QSet<QString>(ids.cbegin(), ids.cend()));
        QCOMPARE(singles.size(), 1);
        QVERIFY(singles.first().endsWith(QLatin1String("/requests/gone.json")));
        QCOMPARE(finished.first().at(0).toInt(), 5);
        for (const QString& id : ids) {
            const std::optional<TrackedRequest> r = store->find(kProfile, id);
            QVERIFY(r);
            if (id == QLatin1String("gone")) {
                QVERIFY(r->isUnknownToServer());
            } else {
                QCOMPARE(r->status, QStringLiteral("open"));
                QCOMPARE(r->agencyResponsible, QStringLiteral("Parks"));
            }
        }
    }

    void commandLineTracking()
    {
        SandboxOptions options;
        options.paceSeconds = 0.05;
        SandboxServer city(options);
        QString error;
        QVERIFY(city.start(error));
        QTemporaryDir data;
        auto run = [&](const QStringList& arguments) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("XDG_DATA_HOME"), data.path());
            env.insert(QStringLiteral("OPEN311_API_KEY"), SandboxOptions::kTrainingKey);
            process.setProcessEnvironment(env);
            QSignalSpy finished(&process, &QProcess::finished);
            process.start(QStringLiteral(OPEN311_CLI_PATH),
                QStringList { QStringLiteral("--endpoint"), city.endpointUrl().toString(),
                    QStringLiteral("--city-id"), SandboxOptions::kTrainingCityId }
                    + arguments);
            if (!finished.wait(30000))
                qFatal("open311 did not finish");
            return qMakePair(process.exitCode(), process.readAllStandardOutput());
        };
        // A submission is followed by itself; another id is added by hand.
        const auto submitted = run({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("2 Elm Street") });
        QCOMPARE(submitted.first, 0);
        const QString id = QString::fromUtf8(submitted.second).trimmed();
        QCOMPARE(
            run({ QStringLiteral("track"), QStringLiteral("add"), QStringLiteral("999999") }).first,
            0);
        // Until the city itself says it is closed, rather than a sleep that should be past both
        // stages at this pace.
        const auto closedAtTheCity = [&] {
            const std::optional<SandboxStore::Request> request = city.store().find(id);
            return request
                && city.statusOf(*request, QDateTime::currentMSecsSinceEpoch()).status
                == QLatin1String("closed");
        };
        QTRY_VERIFY_WITH_TIMEOUT(closedAtTheCity(), 10000);
        const auto polled = run({ QStringLiteral("track"), QStringLiteral("poll") });
        QCOMPARE(polled.first, 0);
        const auto listed
            = run({ QStringLiteral("--json"), QStringLiteral("track"), QStringLiteral("list") });
        QCOMPARE(listed.first, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.second).array();
        QCOMPARE(array.size(), 2);
        for (const QJsonValue& value : array) {
            const QJsonObject o = value.toObject();
            if (o.value(QStringLiteral("service_request_id")).toString() == id) {
                QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
                QCOMPARE(o.value(QStringLiteral("service_name")).toString(),
                    QStringLiteral("Pothole in Street"));
                QCOMPARE(o.value(QStringLiteral("history")).toArray().size(), 1);
            } else {
                QCOMPARE(o.value(QStringLiteral("error"))
                             .toObject()
                             .value(QStringLiteral("code"))
                             .toInt(),
                    302);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TrackerTest)
#include "tracker_test.moc"
