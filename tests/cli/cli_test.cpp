#include "http/HttpServer.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Open311;

namespace {

const QString kKey = QStringLiteral("cli-Key-0xDEADBEEF");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const QByteArray kServices = "<ServiceResponse><Open311ServiceList>"
                             "<service service_code=\"001\" service_name=\"Cans left out\" "
                             "service_description=\"Cans\"/>"
                             "<service service_code=\"021\" service_name=\"Pothole in Street\" "
                             "service_description=\"Defect\"/>"
                             "</Open311ServiceList><Open311Error/></ServiceResponse>";

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private:
    HttpServer m_server;
    QTemporaryDir m_data; // the outbox lives here, not in the real user's data folder
    QList<HttpRequest> m_seen;
    QString m_endpoint;

    Run run(
        const QStringList& arguments, const QString& key = kKey, const QStringList& extraEnv = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("OPEN311_API_KEY"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_data.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_data.filePath(QStringLiteral("etc-xdg")));
        if (!key.isEmpty())
            env.insert(QStringLiteral("OPEN311_API_KEY"), key);
        for (const QString& pair : extraEnv)
            env.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OPEN311_CLI_PATH), arguments);
        // The server lives in this process, so wait by spinning the event loop.
        if (!finished.wait(30000))
            qFatal("open311 did not finish");
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QStringList withEndpoint(QStringList arguments) const
    {
        return QStringList { QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("--city-id"),
            QStringLiteral("test.city") }
        + arguments;
    }

    QString otherEndpoint() const
    {
        return m_server.baseUrl().toString() + QStringLiteral("other/V1/");
    }

    static QStringList at(const QString& endpoint, const QStringList& arguments)
    {
        return QStringList { QStringLiteral("--endpoint"), endpoint, QStringLiteral("--city-id"),
            QStringLiteral("test.city") }
        + arguments;
    }

    // In a data folder of the test's own, so that earlier tests' reports do not show up.
    Run runIn(const QTemporaryDir& data, const QStringList& arguments, const QString& key = kKey)
    {
        return run(arguments, key, { QStringLiteral("XDG_DATA_HOME=") + data.path() });
    }

    static QJsonObject errorObject(const Run& result)
    {
        return QJsonDocument::fromJson(result.out)
            .object()
            .value(QStringLiteral("error"))
            .toObject();
    }

    int creates() const
    {
        int n = 0;
        for (const HttpRequest& r : m_seen)
            n += r.path.endsWith(QLatin1String("create_request")) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.setHandler([this](const HttpRequest& r) {
            m_seen.append(r);
            const QString id = r.queryValue(QStringLiteral("service_request_id"));
            if (r.queryValue(QStringLiteral("api_key")) != kKey) {
                // As the spec's example: error 201 for a create, in the method's own answer.
                const bool create = r.path.endsWith(QLatin1String("create_request"));
                const QByteArray root = create ? "CreateResponse" : "StatusResponse";
                return HttpResponse::xml("<" + root + "><Open311Error><errorCode>"
                    + (create ? "201" : "301") + "</errorCode><errorDescription>Invalid key "
                    + r.queryValue(QStringLiteral("api_key")).toUtf8()
                    + "</errorDescription></Open311Error></" + root + ">");
            }
            if (r.path.endsWith(QLatin1String("service_list")))
                return HttpResponse::xml(kServices);
            if (r.path.endsWith(QLatin1String("create_request"))) {
                if (r.queryValue(QStringLiteral("service_code")) == QLatin1String("drop"))
                    return HttpResponse::withAction(HttpResponse::Action::Drop);
                return HttpResponse::xml("<CreateResponse><Open311Create><service_request_id>"
                                         "000123</service_request_id><service_level_agreement>"
                                         "Two days</service_level_agreement><account_id/>"
                                         "</Open311Create><Open311Error/></CreateResponse>");
            }
            if (id == QLatin1String("500"))
                return HttpResponse::html(500, "<html><body>Oops</body></html>");
            if (id.startsWith(QLatin1Char('9')))
                return HttpResponse::xml("<StatusResponse><Open311Error><errorCode>302"
                                         "</errorCode><errorDescription>Id not valid"
                                         "</errorDescription></Open311Error></StatusResponse>");
            return HttpResponse::xml("<StatusResponse><Open311Status><service_request_id>"
                + id.toUtf8()
                + "</service_request_id><status>open</status><status_notes>"
                  "Crew assigned</status_notes><service_name>Pothole"
                  "</service_name></Open311Status></StatusResponse>");
        });
        QVERIFY(m_server.listen());
        m_endpoint = m_server.baseUrl().toString() + QStringLiteral("dev/V1/");
    }

    void init() { m_seen.clear(); }

    void versionAndHelp()
    {
        const Run version = run({ QStringLiteral("--version") });
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("open311 "));
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--endpoint"));
        QVERIFY(help.out.contains("OPEN311_API_KEY"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList {};
        QTest::newRow("unknown command") << QStringList { QStringLiteral("frobnicate") };
        QTest::newRow("key as argument refused")
            << QStringList { QStringLiteral("--api-key"), kKey, QStringLiteral("services") };
        QTest::newRow("status without id") << QStringList { QStringLiteral("status") };
        QTest::newRow("submit option elsewhere") << QStringList { QStringLiteral("services"),
            QStringLiteral("--lat"), QStringLiteral("1") };
        QTest::newRow("bad timeout") << QStringList { QStringLiteral("--timeout"),
            QStringLiteral("soon"), QStringLiteral("services") };
        QTest::newRow("missing key file") << QStringList { QStringLiteral("--api-key-file"),
            QStringLiteral("/nonexistent/key"), QStringLiteral("services") };
        QTest::newRow("validation: no location") << QStringList { QStringLiteral("submit"),
            QStringLiteral("--service-code"), QStringLiteral("001") };
        QTest::newRow("validation: bad lat") << QStringList { QStringLiteral("submit"),
            QStringLiteral("--service-code"), QStringLiteral("001"), QStringLiteral("--lat"),
            QStringLiteral("north"), QStringLiteral("--lon"), QStringLiteral("1") };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(withEndpoint(arguments));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(!result.err.trimmed().isEmpty());
        QVERIFY(m_seen.isEmpty());
        QVERIFY(!result.err.contains(kKey.toUtf8()));
    }

    void plainHttpRemoteRefused()
    {
        const Run result = run({ QStringLiteral("--endpoint"),
            QStringLiteral("http://city.example/dev/V1/"), QStringLiteral("--city-id"),
            QStringLiteral("c"), QStringLiteral("--json"), QStringLiteral("services") });
        QCOMPARE(result.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(result.out)
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QVERIFY(error.value(QStringLiteral("code")).isNull());
        // The refusal names the option that lifts it.
        QVERIFY(error.value(QStringLiteral("message"))
                    .toString()
                    .contains(QLatin1String("--allow-http")));
        QVERIFY(result.err.contains("--allow-http"));
    }

    void servicesTableAndJson()
    {
        const Run table = run(withEndpoint({ QStringLiteral("services") }));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("021   Pothole in Street"));
        const Run json
            = run(withEndpoint({ QStringLiteral("--json"), QStringLiteral("services") }));
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(array.size(), 2);
        QCOMPARE(array[0].toObject().value(QStringLiteral("service_code")).toString(),
            QStringLiteral("001"));
        QCOMPARE(array[1].toObject().value(QStringLiteral("service_name")).toString(),
            QStringLiteral("Pothole in Street"));
        QCOMPARE(array[1].toObject().value(QStringLiteral("service_description")).toString(),
            QStringLiteral("Defect"));
    }

    void submitPrintsIdAndSendsFields()
    {
        QTemporaryDir dir;
        const QString descriptionPath = dir.filePath(QStringLiteral("d.txt"));
        QFile file(descriptionPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Deep hole & water\nnear #12 \U0001F573").toUtf8());
        file.close();
        const Run result
            = run(withEndpoint({ QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--lat"), QStringLiteral("37.7652"),
                QStringLiteral("--lon"), QStringLiteral("-122.4212"), QStringLiteral("--address"),
                QStringLiteral("6th & Mission"), QStringLiteral("--first-name"),
                QStringLiteral("Jo"), QStringLiteral("--description-file"), descriptionPath }));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("000123\n"));
        QCOMPARE(creates(), 1);
        const HttpRequest& sent = m_seen.last();
        QCOMPARE(sent.queryValue(QStringLiteral("service_code")), QStringLiteral("021"));
        QCOMPARE(sent.queryValue(QStringLiteral("lat")), QStringLiteral("37.7652"));
        QCOMPARE(
            sent.queryValue(QStringLiteral("address_string")), QStringLiteral("6th & Mission"));
        QCOMPARE(sent.queryValue(QStringLiteral("description")),
            QStringLiteral("Deep hole & water\nnear #12 \U0001F573"));

        const Run json = run(withEndpoint(
            { QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Main") }));
        QCOMPARE(json.exitCode, 0);
        const QJsonObject object = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(object.value(QStringLiteral("service_request_id")).toString(),
            QStringLiteral("000123"));
        QCOMPARE(object.value(QStringLiteral("service_level_agreement")).toString(),
            QStringLiteral("Two days"));
        QVERIFY(object.value(QStringLiteral("account_id")).isNull());
    }

    void submitWithLostAnswerIsUnknown()
    {
        const Run result = run(withEndpoint(
            { QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("drop"), QStringLiteral("--address"), QStringLiteral("1 Main") }));
        QCOMPARE(result.exitCode, 5);
        const QJsonObject error = QJsonDocument::fromJson(result.out)
                                      .object()
                                      .value(QStringLiteral("error"))
                                      .toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_outcome"));
        QTest::qWait(200);
        QCOMPARE(creates(), 1);
    }

    void statusKeepsOrderAndHighestExitCode()
    {
        QStringList ids;
        for (int i = 0; i < 20; ++i)
            ids << QStringLiteral("00%1").arg(i);
        ids.insert(5, QStringLiteral("9001"));
        const Run result = run(
            withEndpoint(QStringList { QStringLiteral("--json"), QStringLiteral("status") } + ids));
        QCOMPARE(result.exitCode, 3);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), ids.size());
        for (int i = 0; i < ids.size(); ++i) {
            const QJsonObject object = array[i].toObject();
            QCOMPARE(object.value(QStringLiteral("service_request_id")).toString(), ids[i]);
        }
        const QJsonObject failed = array[5].toObject().value(QStringLiteral("error")).toObject();
        QCOMPARE(failed.value(QStringLiteral("kind")).toString(), QStringLiteral("server"));
        QCOMPARE(failed.value(QStringLiteral("code")).toInt(), 302);
        QCOMPARE(array[0].toObject().value(QStringLiteral("status_notes")).toString(),
            QStringLiteral("Crew assigned"));

        const Run mixed = run(withEndpoint({ QStringLiteral("status"), QStringLiteral("1"),
            QStringLiteral("9"), QStringLiteral("500") }));
        QCOMPARE(mixed.exitCode, 4);
        QVERIFY(mixed.out.startsWith("1\topen\tPothole\tCrew assigned\n"));
        QVERIFY(mixed.err.contains("9: "));
        QVERIFY(mixed.err.contains("500: "));
    }

    void longStatusListsShareWorkersAndKeepOrder()
    {
        QStringList ids;
        for (int i = 0; i < 150; ++i)
            ids << QString::number(1000 + i);
        ids[77] = QStringLiteral("9077"); // unknown to the server
        const Run result = run(
            withEndpoint(QStringList { QStringLiteral("--json"), QStringLiteral("status") } + ids));
        QCOMPARE(result.exitCode, 3);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 150);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(
                array[i].toObject().value(QStringLiteral("service_request_id")).toString(), ids[i]);
        QVERIFY(array[77].toObject().contains(QStringLiteral("error")));
        QVERIFY(!result.err.contains("QThread"));
    }

    void apiKeyFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("key"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(kKey.toUtf8() + "\n");
        file.close();
        const Run result = run(
            withEndpoint({ QStringLiteral("--api-key-file"), path, QStringLiteral("services") }),
            QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_seen.last().queryValue(QStringLiteral("api_key")), kKey);
    }

    void profiles()
    {
        // What IT deploys in /etc/xdg: a jurisdiction pointing at this test's server.
        QDir().mkpath(m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter")));
        {
            QSettings system(
                m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter/open311-reporter.conf")),
                QSettings::IniFormat);
            system.setValue(
                QStringLiteral("profiles/springfield/name"), QStringLiteral("Springfield"));
            system.setValue(QStringLiteral("profiles/springfield/baseUrl"), m_endpoint);
            system.setValue(
                QStringLiteral("profiles/springfield/cityId"), QStringLiteral("test.city"));
        }
        const Run listed = run({ QStringLiteral("--json"), QStringLiteral("profiles") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(listed.out).array();
        QStringList ids;
        for (const QJsonValue& v : profiles)
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids,
            QStringList({ QStringLiteral("training"), QStringLiteral("training-v1"),
                QStringLiteral("sfgov.org"), QStringLiteral("miamidade.gov"),
                QStringLiteral("springfield") }));
        QVERIFY(profiles[4].toObject().value(QStringLiteral("managed")).toBool());
        QVERIFY(profiles[2].toObject().value(QStringLiteral("deprecated")).toBool());

        const Run services = run({ QStringLiteral("--profile"), QStringLiteral("Springfield"),
            QStringLiteral("services") });
        QCOMPARE(services.exitCode, 0);
        QVERIFY(services.out.contains("Pothole in Street"));
        QCOMPARE(m_seen.last().queryValue(QStringLiteral("city_id")), QStringLiteral("test.city"));

        const Run sf = run({ QStringLiteral("--profile"), QStringLiteral("sfgov.org"),
            QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("001"),
            QStringLiteral("--address"), QStringLiteral("1 Market St") });
        QCOMPARE(sf.exitCode, 2);
        QVERIFY(sf.err.contains("no longer accepts reports"));
        QCOMPARE(run({ QStringLiteral("--profile"), QStringLiteral("atlantis"),
                         QStringLiteral("services") })
                     .exitCode,
            2);
        QCOMPARE(run({ QStringLiteral("--profile"), QStringLiteral("springfield"),
                         QStringLiteral("--endpoint"), m_endpoint, QStringLiteral("services") })
                     .exitCode,
            2);
    }

    // A place outside the jurisdiction's service area is named on stderr, and goes only with
    // --outside-area.
    void submitOutsideTheServiceArea()
    {
        const QString area = m_data.filePath(QStringLiteral("area.geojson"));
        {
            QFile file(area);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(R"({"type":"Polygon","coordinates":[[[-122.5,37.7],[-122.3,37.7],)"
                       R"([-122.3,37.8],[-122.5,37.8],[-122.5,37.7]]]})");
        }
        QDir().mkpath(m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter")));
        {
            QSettings system(
                m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter/open311-reporter.conf")),
                QSettings::IniFormat);
            system.setValue(QStringLiteral("profiles/bayside/name"), QStringLiteral("Bayside"));
            system.setValue(QStringLiteral("profiles/bayside/baseUrl"), m_endpoint);
            system.setValue(QStringLiteral("profiles/bayside/cityId"), QStringLiteral("test.city"));
            system.setValue(QStringLiteral("profiles/bayside/serviceArea"), area);
        }
        const auto submitAt = [&](const QString& lat, bool anyway) {
            QStringList arguments { QStringLiteral("--profile"), QStringLiteral("bayside"),
                QStringLiteral("submit"), QStringLiteral("--no-outbox"),
                QStringLiteral("--service-code"), QStringLiteral("021"), QStringLiteral("--lat"),
                lat, QStringLiteral("--lon"), QStringLiteral("-122.4") };
            if (anyway)
                arguments << QStringLiteral("--outside-area");
            return run(arguments);
        };
        const qsizetype before = m_seen.size();
        const Run refused = submitAt(QStringLiteral("37.9"), false);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY(refused.err.contains("This place is outside Bayside"));
        QVERIFY(refused.err.contains("--outside-area"));
        QCOMPARE(m_seen.size(), before);
        const Run anyway = submitAt(QStringLiteral("37.9"), true);
        QCOMPARE(anyway.exitCode, 0);
        QVERIFY(anyway.err.contains("Warning: This place is outside Bayside"));
        const Run inside = submitAt(QStringLiteral("37.75"), false);
        QCOMPARE(inside.exitCode, 0);
        QVERIFY(!inside.err.contains("outside"));
    }

    void keyNeverPrintedEvenWithDebugLogging()
    {
        const QStringList debug = { QStringLiteral("QT_LOGGING_RULES=*.debug=true") };
        // A wrong key: the server echoes it back inside its error description.
        const QString wrongKey = QStringLiteral("wrong-Key-31337");
        const Run rejected = run(withEndpoint({ QStringLiteral("--json"), QStringLiteral("status"),
                                     QStringLiteral("1") }),
            wrongKey, debug);
        QCOMPARE(rejected.exitCode, 3);
        QVERIFY(!rejected.out.contains(wrongKey.toUtf8()));
        QVERIFY(!rejected.err.contains(wrongKey.toUtf8()));
        QVERIFY(rejected.err.contains("open311.client")); // debug logging really was on

        const Run dropped
            = run(withEndpoint({ QStringLiteral("submit"), QStringLiteral("--service-code"),
                      QStringLiteral("drop"), QStringLiteral("--address"), QStringLiteral("x") }),
                kKey, debug);
        QVERIFY2(dropped.exitCode == 5, dropped.err.right(4000).constData());
        QVERIFY(!dropped.out.contains(kKey.toUtf8()));
        QVERIFY(!dropped.err.contains(kKey.toUtf8()));
        QVERIFY(!dropped.err.contains(QUrl::toPercentEncoding(kKey)));

        const Run ok = run(withEndpoint({ QStringLiteral("services") }), kKey, debug);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(!ok.err.contains(kKey.toUtf8()));
    }

    // Bare `open311`, the unknown-command message and --help name the same commands, all of them.
    void commandsComeFromOneTable()
    {
        const Run bare = run(withEndpoint({}));
        QCOMPARE(bare.exitCode, 2);
        const Run unknown = run(withEndpoint({ QStringLiteral("frobnicate") }));
        QCOMPARE(unknown.exitCode, 2);
        const Run help = run({ QStringLiteral("--help") });
        QCOMPARE(help.exitCode, 0);
        for (const char* command :
            { "profiles", "services", "submit", "status", "outbox", "track" }) {
            QVERIFY2(bare.err.contains(command), command);
            QVERIFY2(unknown.err.contains(command), command);
            QVERIFY2(help.out.contains(command), command);
        }
        // The usage is the table's, with each form of a command.
        for (const char* synopsis : { "status ID [ID...]", "outbox list [--all]",
                 "outbox resend ID", "outbox discard ID", "track add ID...", "track poll" }) {
            QVERIFY2(bare.err.contains(synopsis), synopsis);
            QVERIFY2(help.out.contains(synopsis), synopsis);
        }
    }

    void jsonForEveryUsageError_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("unknown flag, --json after it")
            << QStringList { QStringLiteral("--frobnicate"), QStringLiteral("services"),
                   QStringLiteral("--json") };
        QTest::newRow("unknown flag, --json before it") << QStringList { QStringLiteral("--json"),
            QStringLiteral("--frobnicate"), QStringLiteral("services") };
        QTest::newRow("missing value") << QStringList { QStringLiteral("services"),
            QStringLiteral("--json"), QStringLiteral("--timeout") };
        QTest::newRow("--json taken as a value") << QStringList { QStringLiteral("services"),
            QStringLiteral("--timeout"), QStringLiteral("--json") };
        QTest::newRow("value after --json")
            << QStringList { QStringLiteral("--json=yes"), QStringLiteral("services") };
        QTest::newRow("key as argument") << QStringList { QStringLiteral("--api-key"), kKey,
            QStringLiteral("services"), QStringLiteral("--json") };
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate"), QStringLiteral("--json") };
        QTest::newRow("no command") << QStringList { QStringLiteral("--json") };
        QTest::newRow("outbox without action")
            << QStringList { QStringLiteral("outbox"), QStringLiteral("--json") };
    }

    void jsonForEveryUsageError()
    {
        QFETCH(QStringList, arguments);
        const Run result = run(withEndpoint(arguments));
        QCOMPARE(result.exitCode, 2);
        QJsonParseError parsed;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &parsed);
        QCOMPARE(parsed.error, QJsonParseError::NoError);
        const QJsonObject error = document.object().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QVERIFY(error.value(QStringLiteral("code")).isNull());
        const QString message = error.value(QStringLiteral("message")).toString();
        QVERIFY(!message.isEmpty());
        QVERIFY(result.err.contains(message.toUtf8()));
        QVERIFY(m_seen.isEmpty());
        QVERIFY(!result.out.contains(kKey.toUtf8()));
        QVERIFY(!result.err.contains(kKey.toUtf8()));
    }

    void validationNamesTheOptions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("named");
        QTest::newRow("no service")
            << QStringList { QStringLiteral("--address"), QStringLiteral("1 Main") }
            << QStringList { QStringLiteral("--service-code") };
        QTest::newRow("no location")
            << QStringList { QStringLiteral("--service-code"), QStringLiteral("001") }
            << QStringList { QStringLiteral("--lat"), QStringLiteral("--lon"),
                   QStringLiteral("--address") };
        QTest::newRow("latitude alone")
            << QStringList { QStringLiteral("--service-code"), QStringLiteral("001"),
                   QStringLiteral("--lat"), QStringLiteral("37") }
            << QStringList { QStringLiteral("--lat"), QStringLiteral("--lon") };
        QTest::newRow("latitude out of range") << QStringList { QStringLiteral("--service-code"),
            QStringLiteral("001"), QStringLiteral("--lat"), QStringLiteral("95"),
            QStringLiteral("--lon"), QStringLiteral("1") }
                                               << QStringList { QStringLiteral("--lat") };
        QTest::newRow("email") << QStringList { QStringLiteral("--service-code"),
            QStringLiteral("001"), QStringLiteral("--address"), QStringLiteral("1 Main"),
            QStringLiteral("--email"), QStringLiteral("nobody") }
                               << QStringList { QStringLiteral("--email") };
        QTest::newRow("media link") << QStringList { QStringLiteral("--service-code"),
            QStringLiteral("001"), QStringLiteral("--address"), QStringLiteral("1 Main"),
            QStringLiteral("--media-url"), QStringLiteral("ftp://x.example/a") }
                                    << QStringList { QStringLiteral("--media-url") };
        QTest::newRow("long description") << QStringList { QStringLiteral("--service-code"),
            QStringLiteral("001"), QStringLiteral("--address"), QStringLiteral("1 Main"),
            QStringLiteral("--description"), QString(4001, QLatin1Char('a')) }
                                          << QStringList { QStringLiteral("--description") };
    }

    void validationNamesTheOptions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, named);
        QTemporaryDir data;
        const Run result = runIn(data,
            withEndpoint(
                QStringList { QStringLiteral("--json"), QStringLiteral("submit") } + arguments));
        QCOMPARE(result.exitCode, 2);
        QVERIFY(m_seen.isEmpty());
        const QString message = errorObject(result).value(QStringLiteral("message")).toString();
        QCOMPARE(errorObject(result).value(QStringLiteral("kind")).toString(),
            QStringLiteral("validation"));
        for (const QString& option : named) {
            QVERIFY2(message.contains(option), qPrintable(message));
            QVERIFY2(result.err.contains(option.toUtf8()), result.err.constData());
        }
        // The window's words have no place here.
        QVERIFY2(!message.contains(QLatin1String("pin")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Choose a service")), qPrintable(message));
    }

    void blankKeyIsNeverSent_data()
    {
        QTest::addColumn<bool>("setVariable");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<bool>("useFile");
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("no key at all") << false << QString() << false << QByteArray();
        QTest::newRow("empty variable") << true << QString() << false << QByteArray();
        QTest::newRow("blank variable") << true << QStringLiteral("  \t ") << false << QByteArray();
        QTest::newRow("empty key file") << false << QString() << true << QByteArray();
        QTest::newRow("blank key file") << false << QString() << true << QByteArray("  \n\n");
    }

    void blankKeyIsNeverSent()
    {
        QFETCH(bool, setVariable);
        QFETCH(QString, variable);
        QFETCH(bool, useFile);
        QFETCH(QByteArray, file);
        QTemporaryDir data;
        QStringList env = { QStringLiteral("XDG_DATA_HOME=") + data.path() };
        if (setVariable)
            env << QStringLiteral("OPEN311_API_KEY=") + variable;
        QStringList arguments;
        if (useFile) {
            const QString path = data.filePath(QStringLiteral("key"));
            QFile keyFile(path);
            QVERIFY(keyFile.open(QIODevice::WriteOnly));
            keyFile.write(file);
            keyFile.close();
            arguments << QStringLiteral("--api-key-file") << path;
        }
        for (const QStringList& command : { QStringList { QStringLiteral("services") },
                 QStringList { QStringLiteral("submit"), QStringLiteral("--service-code"),
                     QStringLiteral("021"), QStringLiteral("--address"),
                     QStringLiteral("1 Main") } }) {
            const Run result = run(withEndpoint(arguments + command), QString(), env);
            QCOMPARE(result.exitCode, 2);
            QVERIFY(m_seen.isEmpty());
            // How to give a key.
            QVERIFY2(result.err.contains("OPEN311_API_KEY"), result.err.constData());
        }
        // Nothing waits in the outbox to be sent with no key later.
        const Run listed = runIn(data,
            withEndpoint({ QStringLiteral("--json"), QStringLiteral("outbox"),
                QStringLiteral("list"), QStringLiteral("--all") }));
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    }

    // Which report is which, and only this endpoint's unless --all.
    void outboxListSaysWhichReport()
    {
        QTemporaryDir data;
        const QString wrongKey = QStringLiteral("wrong-Key-1");
        const Run here = runIn(data,
            withEndpoint({ QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("12 Oak Street"),
                QStringLiteral("--description"),
                QStringLiteral("Deep pothole by the bus stop, a foot across "
                               "and full of water") }),
            wrongKey);
        QCOMPARE(here.exitCode, 3);
        const Run there = runIn(data,
            at(otherEndpoint(),
                { QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("001"),
                    QStringLiteral("--lat"), QStringLiteral("37.5"), QStringLiteral("--lon"),
                    QStringLiteral("-122.25") }),
            wrongKey);
        QCOMPARE(there.exitCode, 3);

        const Run listed
            = runIn(data, withEndpoint({ QStringLiteral("outbox"), QStringLiteral("list") }));
        QCOMPARE(listed.exitCode, 0);
        const QList<QByteArray> lines = listed.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QByteArray& line = lines.first();
        QCOMPARE(line.split('\t').value(1), QByteArray("rejected"));
        QVERIFY2(line.contains("\t021"), line.constData());
        QVERIFY2(line.contains("\t12 Oak Street\t"), line.constData());
        QVERIFY2(line.contains("\tDeep pothole by the bus stop"), line.constData());
        QVERIFY2(!line.contains("full of water"), line.constData()); // an excerpt
        QVERIFY(!line.contains(m_endpoint.toUtf8()));

        const Run all = runIn(data,
            withEndpoint(
                { QStringLiteral("outbox"), QStringLiteral("list"), QStringLiteral("--all") }));
        QCOMPARE(all.exitCode, 0);
        const QList<QByteArray> both = all.out.trimmed().split('\n');
        QCOMPARE(both.size(), 2);
        // Newest first, each with its endpoint.
        QCOMPARE(both[0].split('\t').value(2), otherEndpoint().toUtf8());
        QVERIFY2(both[0].contains("\t37.5, -122.25\t"), both[0].constData());
        QCOMPARE(both[1].split('\t').value(2), m_endpoint.toUtf8());
        QVERIFY2(both[1].contains("\t12 Oak Street\t"), both[1].constData());
        QCOMPARE(creates(), 2);
    }

    void outboxJsonCarriesTheReport()
    {
        QTemporaryDir data;
        const Run submitted = runIn(data,
            withEndpoint({ QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("12 Oak Street"),
                QStringLiteral("--first-name"), QStringLiteral("Jo"),
                QStringLiteral("--description"), QStringLiteral("Deep pothole") }),
            QStringLiteral("wrong-Key-2"));
        QCOMPARE(submitted.exitCode, 3);
        const Run elsewhere = runIn(data,
            at(otherEndpoint(),
                { QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("001"),
                    QStringLiteral("--lat"), QStringLiteral("37.5"), QStringLiteral("--lon"),
                    QStringLiteral("-122.25") }),
            QStringLiteral("wrong-Key-2"));
        QCOMPARE(elsewhere.exitCode, 3);

        const Run listed = runIn(data,
            withEndpoint(
                { QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list") }));
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject report = array.first().toObject();
        QVERIFY(report.value(QStringLiteral("id")).toInteger() > 0);
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("rejected"));
        QCOMPARE(report.value(QStringLiteral("endpoint")).toString(), m_endpoint);
        QCOMPARE(report.value(QStringLiteral("service_code")).toString(), QStringLiteral("021"));
        QCOMPARE(report.value(QStringLiteral("address_string")).toString(),
            QStringLiteral("12 Oak Street"));
        QCOMPARE(report.value(QStringLiteral("first_name")).toString(), QStringLiteral("Jo"));
        QCOMPARE(
            report.value(QStringLiteral("description")).toString(), QStringLiteral("Deep pothole"));
        QVERIFY(report.value(QStringLiteral("lat")).isNull());
        QCOMPARE(report.value(QStringLiteral("error_code")).toInt(), 201);

        const Run all = runIn(data,
            withEndpoint({ QStringLiteral("--json"), QStringLiteral("outbox"),
                QStringLiteral("list"), QStringLiteral("--all") }));
        const QJsonArray both = QJsonDocument::fromJson(all.out).array();
        QCOMPARE(both.size(), 2);
        const QJsonObject pinned = both.first().toObject();
        QCOMPARE(pinned.value(QStringLiteral("endpoint")).toString(), otherEndpoint());
        QCOMPARE(pinned.value(QStringLiteral("lat")).toDouble(), 37.5);
        QCOMPARE(pinned.value(QStringLiteral("lon")).toDouble(), -122.25);
        QVERIFY(pinned.value(QStringLiteral("address_string")).isNull());
    }

    // A rejected report stays until a person acts: say how, in outbox list and in flush.
    void rejectedReportsSayWhatToDo()
    {
        QTemporaryDir data;
        const QString wrongKey = QStringLiteral("wrong-Key-3");
        const QStringList report = { QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("12 Oak Street") };
        QCOMPARE(runIn(data, withEndpoint(report), wrongKey).exitCode, 3);
        QCOMPARE(runIn(data, withEndpoint(report), wrongKey).exitCode, 3);
        QCOMPARE(runIn(data, at(otherEndpoint(), report), wrongKey).exitCode, 3);
        QCOMPARE(creates(), 3);
        const QJsonArray entries = QJsonDocument::fromJson(
            runIn(data,
                withEndpoint({ QStringLiteral("--json"), QStringLiteral("outbox"),
                    QStringLiteral("list"), QStringLiteral("--all") }))
                .out)
                                       .array();
        QCOMPARE(entries.size(), 3);
        QString hereId;
        QString thereId;
        for (const QJsonValue& value : entries) {
            const QJsonObject entry = value.toObject();
            const QString id = QString::number(entry.value(QStringLiteral("id")).toInteger());
            if (entry.value(QStringLiteral("endpoint")).toString() == m_endpoint)
                hereId = id;
            else
                thereId = id;
        }

        const Run listed
            = runIn(data, withEndpoint({ QStringLiteral("outbox"), QStringLiteral("list") }));
        QCOMPARE(listed.exitCode, 0);
        for (const char* advice : { "rejected by the city", "OPEN311_API_KEY",
                 "open311 outbox resend ID", "open311 outbox discard ID" })
            QVERIFY2(listed.err.toLower().contains(QByteArray(advice).toLower()),
                listed.err.constData());
        // The ids themselves, not a digit somewhere in the advice ("OPEN311_API_KEY" holds 1 and
        // 3): this endpoint's, and not the other endpoint's.
        const QRegularExpressionMatch rejected
            = QRegularExpression(QStringLiteral("Rejected by the city: ([0-9, ]+)\\."))
                  .match(QString::fromUtf8(listed.err));
        QVERIFY2(rejected.hasMatch(), listed.err.constData());
        const QStringList ids = rejected.captured(1).split(QStringLiteral(", "));
        QVERIFY2(ids.contains(hereId) && !ids.contains(thereId), listed.err.constData());

        // flush sends nothing rejected by itself, and says so.
        const Run flushed
            = runIn(data, withEndpoint({ QStringLiteral("outbox"), QStringLiteral("flush") }));
        QCOMPARE(flushed.exitCode, 0);
        QCOMPARE(creates(), 3);
        QVERIFY2(flushed.err.contains(" 2 still in the outbox"), flushed.err.constData());
        for (const char* advice : { "rejected by the city", "OPEN311_API_KEY",
                 "open311 outbox resend ID", "open311 outbox discard ID" })
            QVERIFY2(flushed.err.toLower().contains(QByteArray(advice).toLower()),
                flushed.err.constData());
        const Run flushedJson = runIn(data,
            withEndpoint(
                { QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("flush") }));
        QCOMPARE(flushedJson.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(flushedJson.out).isArray());

        // With the right key, as advised.
        const Run resent = runIn(
            data, withEndpoint({ QStringLiteral("outbox"), QStringLiteral("resend"), hereId }));
        QCOMPARE(resent.exitCode, 0);
        QCOMPARE(resent.out, hereId.toUtf8() + "\t000123\n");
        QCOMPARE(creates(), 4);
        // A report for another endpoint is not sent here, and the message says where it belongs.
        const Run wrongPlace = runIn(
            data, withEndpoint({ QStringLiteral("outbox"), QStringLiteral("resend"), thereId }));
        QCOMPARE(wrongPlace.exitCode, 2);
        QVERIFY2(wrongPlace.err.contains(otherEndpoint().toUtf8()), wrongPlace.err.constData());
        QCOMPARE(creates(), 4);
    }

    // A report sent with --address is followed with its address, sent through the outbox or not.
    void trackListShowsWhereTheReportIs()
    {
        QTemporaryDir data;
        const Run direct = runIn(data,
            withEndpoint({ QStringLiteral("submit"), QStringLiteral("--no-outbox"),
                QStringLiteral("--service-code"), QStringLiteral("021"),
                QStringLiteral("--address"), QStringLiteral("12 Oak Street") }));
        QCOMPARE(direct.exitCode, 0);
        QCOMPARE(direct.out, QByteArray("000123\n"));
        const Run listed = runIn(data,
            withEndpoint(
                { QStringLiteral("--json"), QStringLiteral("track"), QStringLiteral("list") }));
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(array.size(), 1);
        const QJsonObject followed = array.first().toObject();
        QCOMPARE(followed.value(QStringLiteral("service_request_id")).toString(),
            QStringLiteral("000123"));
        QCOMPARE(
            followed.value(QStringLiteral("address")).toString(), QStringLiteral("12 Oak Street"));
        QCOMPARE(followed.value(QStringLiteral("service_name")).toString(), QStringLiteral("021"));
        const Run plain
            = runIn(data, withEndpoint({ QStringLiteral("track"), QStringLiteral("list") }));
        QVERIFY2(plain.out.startsWith("000123\t"), plain.out.constData());
        QVERIFY2(plain.out.contains("\t12 Oak Street\t"), plain.out.constData());

        // Through the outbox, at a point: the city gives the same id, so this report takes its row.
        const Run pinned = runIn(data,
            withEndpoint({ QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--lat"), QStringLiteral("37.7652"),
                QStringLiteral("--lon"), QStringLiteral("-122.4212") }));
        QCOMPARE(pinned.exitCode, 0);
        const Run again
            = runIn(data, withEndpoint({ QStringLiteral("track"), QStringLiteral("list") }));
        QVERIFY2(again.out.contains("\t37.7652, -122.4212\t"), again.out.constData());
        const QJsonObject point = QJsonDocument::fromJson(
            runIn(data,
                withEndpoint(
                    { QStringLiteral("--json"), QStringLiteral("track"), QStringLiteral("list") }))
                .out)
                                      .array()
                                      .first()
                                      .toObject();
        QCOMPARE(point.value(QStringLiteral("lat")).toDouble(), 37.7652);
        QVERIFY(point.value(QStringLiteral("address")).isNull());
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
