#include "HttpServer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QDir>
#include <QProcess>
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

    Run run(const QStringList& arguments, const QString& key = kKey,
            const QStringList& extraEnv = {})
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
                return HttpResponse::xml("<StatusResponse><Open311Error><errorCode>301"
                                         "</errorCode><errorDescription>Invalid key "
                                         + r.queryValue(QStringLiteral("api_key")).toUtf8()
                                         + "</errorDescription></Open311Error></StatusResponse>");
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
            return HttpResponse::xml("<StatusResponse><Open311Status><service_request_id>" + id.toUtf8()
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
        QTest::newRow("submit option elsewhere")
            << QStringList { QStringLiteral("services"), QStringLiteral("--lat"),
                             QStringLiteral("1") };
        QTest::newRow("bad timeout")
            << QStringList { QStringLiteral("--timeout"), QStringLiteral("soon"),
                             QStringLiteral("services") };
        QTest::newRow("missing key file")
            << QStringList { QStringLiteral("--api-key-file"), QStringLiteral("/nonexistent/key"),
                             QStringLiteral("services") };
        QTest::newRow("validation: no location")
            << QStringList { QStringLiteral("submit"), QStringLiteral("--service-code"),
                             QStringLiteral("001") };
        QTest::newRow("validation: bad lat")
            << QStringList { QStringLiteral("submit"), QStringLiteral("--service-code"),
                             QStringLiteral("001"), QStringLiteral("--lat"), QStringLiteral("north"),
                             QStringLiteral("--lon"), QStringLiteral("1") };
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
                                 QStringLiteral("http://city.example/dev/V1/"),
                                 QStringLiteral("--city-id"), QStringLiteral("c"),
                                 QStringLiteral("--json"), QStringLiteral("services") });
        QCOMPARE(result.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(result.out).object()
                                      .value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("validation"));
        QVERIFY(error.value(QStringLiteral("code")).isNull());
    }

    void servicesTableAndJson()
    {
        const Run table = run(withEndpoint({ QStringLiteral("services") }));
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("021   Pothole in Street"));
        const Run json = run(withEndpoint({ QStringLiteral("--json"), QStringLiteral("services") }));
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
        const Run result = run(withEndpoint(
            { QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("021"),
              QStringLiteral("--lat"), QStringLiteral("37.7652"), QStringLiteral("--lon"),
              QStringLiteral("-122.4212"), QStringLiteral("--address"),
              QStringLiteral("6th & Mission"), QStringLiteral("--first-name"),
              QStringLiteral("Jo"), QStringLiteral("--description-file"), descriptionPath }));
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QByteArray("000123\n"));
        QCOMPARE(creates(), 1);
        const HttpRequest& sent = m_seen.last();
        QCOMPARE(sent.queryValue(QStringLiteral("service_code")), QStringLiteral("021"));
        QCOMPARE(sent.queryValue(QStringLiteral("lat")), QStringLiteral("37.7652"));
        QCOMPARE(sent.queryValue(QStringLiteral("address_string")), QStringLiteral("6th & Mission"));
        QCOMPARE(sent.queryValue(QStringLiteral("description")),
                 QStringLiteral("Deep hole & water\nnear #12 \U0001F573"));

        const Run json = run(withEndpoint({ QStringLiteral("--json"), QStringLiteral("submit"),
                                            QStringLiteral("--service-code"), QStringLiteral("021"),
                                            QStringLiteral("--address"), QStringLiteral("1 Main") }));
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
        const Run result = run(withEndpoint({ QStringLiteral("--json"), QStringLiteral("submit"),
                                              QStringLiteral("--service-code"),
                                              QStringLiteral("drop"), QStringLiteral("--address"),
                                              QStringLiteral("1 Main") }));
        QCOMPARE(result.exitCode, 5);
        const QJsonObject error = QJsonDocument::fromJson(result.out).object()
                                      .value(QStringLiteral("error")).toObject();
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
        const Run result = run(withEndpoint(QStringList { QStringLiteral("--json"),
                                                          QStringLiteral("status") }
                                            + ids));
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
        const Run result = run(withEndpoint(QStringList { QStringLiteral("--json"), QStringLiteral("status") } + ids));
        QCOMPARE(result.exitCode, 3);
        const QJsonArray array = QJsonDocument::fromJson(result.out).array();
        QCOMPARE(array.size(), 150);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(array[i].toObject().value(QStringLiteral("service_request_id")).toString(), ids[i]);
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
        const Run result = run(withEndpoint({ QStringLiteral("--api-key-file"), path,
                                              QStringLiteral("services") }),
                               QString());
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(m_seen.last().queryValue(QStringLiteral("api_key")), kKey);
    }

    void profiles()
    {
        // What IT deploys in /etc/xdg: a jurisdiction pointing at this test's server.
        QDir().mkpath(m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter")));
        {
            QSettings system(m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter/open311-reporter.conf")),
                             QSettings::IniFormat);
            system.setValue(QStringLiteral("profiles/springfield/name"), QStringLiteral("Springfield"));
            system.setValue(QStringLiteral("profiles/springfield/baseUrl"), m_endpoint);
            system.setValue(QStringLiteral("profiles/springfield/cityId"), QStringLiteral("test.city"));
        }
        const Run listed = run({ QStringLiteral("--json"), QStringLiteral("profiles") });
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray profiles = QJsonDocument::fromJson(listed.out).array();
        QStringList ids;
        for (const QJsonValue& v : profiles)
            ids << v.toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(ids, QStringList({ QStringLiteral("training"), QStringLiteral("sfgov.org"),
                                    QStringLiteral("miamidade.gov"), QStringLiteral("springfield") }));
        QVERIFY(profiles[3].toObject().value(QStringLiteral("managed")).toBool());
        QVERIFY(profiles[1].toObject().value(QStringLiteral("deprecated")).toBool());

        const Run services = run({ QStringLiteral("--profile"), QStringLiteral("Springfield"), QStringLiteral("services") });
        QCOMPARE(services.exitCode, 0);
        QVERIFY(services.out.contains("Pothole in Street"));
        QCOMPARE(m_seen.last().queryValue(QStringLiteral("city_id")), QStringLiteral("test.city"));

        const Run sf = run({ QStringLiteral("--profile"), QStringLiteral("sfgov.org"), QStringLiteral("submit"),
                             QStringLiteral("--service-code"), QStringLiteral("001"), QStringLiteral("--address"),
                             QStringLiteral("1 Market St") });
        QCOMPARE(sf.exitCode, 2);
        QVERIFY(sf.err.contains("no longer accepts reports"));
        QCOMPARE(run({ QStringLiteral("--profile"), QStringLiteral("atlantis"), QStringLiteral("services") }).exitCode, 2);
        QCOMPARE(run({ QStringLiteral("--profile"), QStringLiteral("springfield"), QStringLiteral("--endpoint"),
                       m_endpoint, QStringLiteral("services") }).exitCode, 2);
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

        const Run dropped = run(withEndpoint({ QStringLiteral("submit"),
                                               QStringLiteral("--service-code"),
                                               QStringLiteral("drop"), QStringLiteral("--address"),
                                               QStringLiteral("x") }),
                                kKey, debug);
        QCOMPARE(dropped.exitCode, 5);
        QVERIFY(!dropped.out.contains(kKey.toUtf8()));
        QVERIFY(!dropped.err.contains(kKey.toUtf8()));
        QVERIFY(!dropped.err.contains(QUrl::toPercentEncoding(kKey)));

        const Run ok = run(withEndpoint({ QStringLiteral("services") }), kKey, debug);
        QCOMPARE(ok.exitCode, 0);
        QVERIFY(!ok.err.contains(kKey.toUtf8()));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
