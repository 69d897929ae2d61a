#include "http/HttpServer.h"
#include "sandbox/SandboxServer.h"
#include "sandbox/SandboxStore.h"

#include <QFile>
#include <QImage>
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

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

// `open311 --protocol v2` against the training city, every command, as the README shows them:
// discover, services, definition, submit (with attributes, and as a batch with a token), token,
// status and requests; and the refusals that keep a wrong report from going out.
class CliV2Test : public QObject
{
    Q_OBJECT

private:
    SandboxOptions m_options;
    std::unique_ptr<SandboxServer> m_city;
    QTemporaryDir m_data;

    // A v2 profile for the sandbox's city, as IT would put it in the system file.
    void setSystemProfile(
        const QString& id, const QUrl& baseUrl, const QList<std::pair<QString, QVariant>>& more)
    {
        QSettings system(
            m_data.filePath(QStringLiteral("etc-xdg/Open311Reporter/open311-reporter.conf")),
            QSettings::IniFormat);
        system.beginGroup(QStringLiteral("profiles/") + id);
        system.setValue(QStringLiteral("name"), id);
        system.setValue(QStringLiteral("protocol"), QStringLiteral("georeport-v2"));
        system.setValue(QStringLiteral("baseUrl"), baseUrl.toString());
        system.setValue(QStringLiteral("cityId"), QStringLiteral("sandbox.example"));
        for (const auto& [key, value] : more)
            system.setValue(key, value);
    }

    Run run(const QStringList& arguments, bool withKey = true,
        const QList<std::pair<QString, QString>>& extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : extra)
            env.insert(name, value);
        env.remove(QStringLiteral("OPEN311_API_KEY"));
        env.remove(QStringLiteral("OPEN311_ENDPOINT"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_data.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_data.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_data.filePath(QStringLiteral("etc-xdg")));
        if (withKey)
            env.insert(QStringLiteral("OPEN311_API_KEY"), SandboxOptions::kTrainingKey);
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(OPEN311_CLI_PATH), arguments);
        // The city lives in this process, so wait by spinning the event loop.
        if (!finished.wait(30000))
            qFatal("open311 did not finish");
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    QStringList v2(const QStringList& arguments) const
    {
        return QStringList { QStringLiteral("--protocol"), QStringLiteral("v2"),
            QStringLiteral("--endpoint"), m_city->v2EndpointUrl().toString(),
            QStringLiteral("--jurisdiction-id"), QStringLiteral("sandbox.example") }
        + arguments;
    }

    static QJsonObject byCode(const QJsonArray& array, const QString& code)
    {
        for (const QJsonValue& value : array) {
            if (value.toObject().value(QStringLiteral("service_code")).toString() == code)
                return value.toObject();
        }
        return {};
    }

    QString submitPothole()
    {
        const Run submitted = run(v2({ QStringLiteral("--json"), QStringLiteral("submit"),
            QStringLiteral("--service-code"), QStringLiteral("021"), QStringLiteral("--address"),
            QStringLiteral("123 Oak Street"), QStringLiteral("--attribute"),
            QStringLiteral("size=large"), QStringLiteral("--attribute"),
            QStringLiteral("depth_cm=12.5"), QStringLiteral("--description"),
            QStringLiteral("Deep pothole"), QStringLiteral("--no-outbox") }));
        if (submitted.exitCode != 0)
            qWarning("%s", submitted.err.constData());
        return submitted.object().value(QStringLiteral("service_request_id")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        m_options.batchDelaySeconds = 1.0;
        m_city = std::make_unique<SandboxServer>(m_options);
        QString error;
        QVERIFY2(m_city->start(error), qPrintable(error));
    }

    void discoverPointsAtTheProductionV2Endpoint()
    {
        const Run json = run({ QStringLiteral("--json"), QStringLiteral("discover"),
            m_city->baseUrl().toString() + QStringLiteral("dev/v2/discovery.json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray endpoints = json.array();
        QVERIFY(endpoints.size() >= 2);
        int preferred = 0;
        for (const QJsonValue& value : endpoints) {
            const QJsonObject endpoint = value.toObject();
            if (!endpoint.value(QStringLiteral("preferred")).toBool())
                continue;
            ++preferred;
            QCOMPARE(endpoint.value(QStringLiteral("url")).toString(),
                m_city->v2EndpointUrl().toString());
            QCOMPARE(
                endpoint.value(QStringLiteral("type")).toString(), QStringLiteral("production"));
            QVERIFY(endpoint.value(QStringLiteral("formats"))
                        .toArray()
                        .contains(QJsonValue(QStringLiteral("application/json"))));
        }
        QCOMPARE(preferred, 1);
        // Given the folder, the tool finds discovery.json itself; people read the key service.
        const Run text = run({ QStringLiteral("discover"), m_city->v2EndpointUrl().toString() });
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.startsWith("* "), text.out.constData());
        QVERIFY2(text.err.contains("API keys:"), text.err.constData());
    }

    void servicesCarryV2FieldsAndNeedNoKey()
    {
        const Run listed = run(v2({ QStringLiteral("--json"), QStringLiteral("services") }), false);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        const QJsonObject pothole = byCode(listed.array(), QStringLiteral("021"));
        QCOMPARE(pothole.value(QStringLiteral("metadata")), QJsonValue(true));
        QVERIFY(!pothole.value(QStringLiteral("group")).toString().isEmpty());
        const QJsonObject landscaping = byCode(listed.array(), QStringLiteral("016"));
        QCOMPARE(landscaping.value(QStringLiteral("type")).toString(), QStringLiteral("batch"));
        QVERIFY(landscaping.value(QStringLiteral("keywords"))
                    .toArray()
                    .contains(QJsonValue(QStringLiteral("mowing"))));
        // The same in XML.
        const Run xml = run(v2({ QStringLiteral("--format"), QStringLiteral("xml"),
                                QStringLiteral("--json"), QStringLiteral("services") }),
            false);
        QCOMPARE(xml.exitCode, 0);
        QCOMPARE(xml.array(), listed.array());
        QCOMPARE(pothole.value(QStringLiteral("service_name")).toString(),
            QStringLiteral("Pothole in Street"));
        // In the language asked for, where the city names its services in it.
        const Run spanish = run(v2({ QStringLiteral("--locale"), QStringLiteral("es"),
                                    QStringLiteral("--json"), QStringLiteral("services") }),
            false);
        QVERIFY2(spanish.exitCode == 0, spanish.err.constData());
        QCOMPARE(byCode(spanish.array(), QStringLiteral("021"))
                     .value(QStringLiteral("service_name"))
                     .toString(),
            QStringLiteral("Bache en la calle"));
    }

    // A profile that lists its server's languages is asked in the interface language's, unless
    // --locale says otherwise; "" is the server's own.
    void aProfileAsksInTheInterfaceLanguage()
    {
        setSystemProfile(QStringLiteral("bilingual"), m_city->v2EndpointUrl(),
            { { QStringLiteral("serverLocales"),
                QStringList { QStringLiteral("en"), QStringLiteral("es") } } });
        const QList<std::pair<QString, QString>> spanish {
            { QStringLiteral("LANGUAGE"), QStringLiteral("es") },
            { QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8") },
        };
        const auto pothole = [this, &spanish](const QStringList& more) {
            const Run listed = run(QStringList { QStringLiteral("--profile"),
                                       QStringLiteral("bilingual"), QStringLiteral("--json") }
                    + more + QStringList { QStringLiteral("services") },
                true, spanish);
            if (listed.exitCode != 0)
                qWarning("%s", listed.err.constData());
            return byCode(listed.array(), QStringLiteral("021"))
                .value(QStringLiteral("service_name"))
                .toString();
        };
        QCOMPARE(pothole({}), QStringLiteral("Bache en la calle"));
        QCOMPARE(pothole({ QStringLiteral("--locale"), QString() }),
            QStringLiteral("Pothole in Street"));
        QCOMPARE(pothole({ QStringLiteral("--locale"), QStringLiteral("en") }),
            QStringLiteral("Pothole in Street"));
    }

    // A city with a server per language: the interface language's is the one asked. The main
    // server here is a closed port, so only the Spanish reader's list can arrive.
    void aProfileUsesTheInterfaceLanguagesServer()
    {
        setSystemProfile(QStringLiteral("split"), QUrl(QStringLiteral("http://127.0.0.1:1/v2/")),
            { { QStringLiteral("languageEndpoints/es"), m_city->v2EndpointUrl().toString() } });
        const QStringList args { QStringLiteral("--profile"), QStringLiteral("split"),
            QStringLiteral("--json"), QStringLiteral("services") };
        const Run spanish = run(args, true,
            { { QStringLiteral("LANGUAGE"), QStringLiteral("es") },
                { QStringLiteral("LC_ALL"), QStringLiteral("es_ES.UTF-8") } });
        QVERIFY2(spanish.exitCode == 0, spanish.err.constData());
        QVERIFY(!byCode(spanish.array(), QStringLiteral("021")).isEmpty());
        const Run english = run(args, true,
            { { QStringLiteral("LANGUAGE"), QStringLiteral("en") },
                { QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8") } });
        QVERIFY(english.exitCode != 0);
        QVERIFY2(english.err.contains("127.0.0.1"), english.err.constData());
    }

    void definitionListsTheAttributesInOrder()
    {
        const Run json = run(
            v2({ QStringLiteral("--json"), QStringLiteral("definition"), QStringLiteral("021") }));
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonArray attributes = json.object().value(QStringLiteral("attributes")).toArray();
        QVERIFY(attributes.size() >= 3);
        int previous = -1;
        for (const QJsonValue& value : attributes) {
            const int order = value.toObject().value(QStringLiteral("order")).toInt();
            QVERIFY(order >= previous);
            previous = order;
        }
        const QJsonObject size = attributes.at(1).toObject();
        QCOMPARE(size.value(QStringLiteral("code")).toString(), QStringLiteral("size"));
        QCOMPARE(
            size.value(QStringLiteral("datatype")).toString(), QStringLiteral("singlevaluelist"));
        QCOMPARE(size.value(QStringLiteral("required")), QJsonValue(true));
        QCOMPARE(size.value(QStringLiteral("values")).toArray().size(), 3);
        QCOMPARE(attributes.at(0).toObject().value(QStringLiteral("variable")), QJsonValue(false));

        const Run text = run(v2({ QStringLiteral("definition"), QStringLiteral("021") }));
        QVERIFY2(text.out.contains("size\tsinglevaluelist\trequired"), text.out.constData());
        QVERIFY(text.out.contains("    large\t"));
        const Run unknown = run(v2({ QStringLiteral("definition"), QStringLiteral("nope") }));
        QCOMPARE(unknown.exitCode, 3);
    }

    void submitWithAttributesThenFollowIt()
    {
        const qint64 before = m_city->store().count();
        const QString id = submitPothole();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_city->store().count(), before + 1);
        const std::optional<SandboxStore::Request> stored = m_city->store().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->request.attributes.value(QStringLiteral("size")),
            QStringList { QStringLiteral("large") });

        const Run status = run(v2({ QStringLiteral("--json"), QStringLiteral("status"), id }));
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject first = status.array().at(0).toObject();
        QCOMPARE(first.value(QStringLiteral("service_request_id")).toString(), id);
        QCOMPARE(first.value(QStringLiteral("service_code")).toString(), QStringLiteral("021"));
        QVERIFY(!first.value(QStringLiteral("requested_datetime")).toString().isEmpty());

        const Run listed = run(v2({ QStringLiteral("--json"), QStringLiteral("requests"),
            QStringLiteral("--service-code"), QStringLiteral("021") }));
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        bool found = false;
        for (const QJsonValue& value : listed.array())
            found = found || value.toObject().value(QStringLiteral("service_request_id")) == id;
        QVERIFY(found);
        const Run byId = run(v2({ QStringLiteral("requests"), QStringLiteral("--id"), id,
            QStringLiteral("--status"), QStringLiteral("open") }));
        QCOMPARE(byId.exitCode, 0);
        QVERIFY2(byId.out.startsWith(id.toUtf8() + '\t'), byId.out.constData());

        // Followed as over v1: in track list, and polled over v2.
        const Run tracked = run(
            v2({ QStringLiteral("--json"), QStringLiteral("track"), QStringLiteral("list") }));
        QCOMPARE(tracked.exitCode, 0);
        bool followed = false;
        for (const QJsonValue& value : tracked.array())
            followed
                = followed || value.toObject().value(QStringLiteral("service_request_id")) == id;
        QVERIFY2(followed, tracked.out.constData());
        const Run polled = run(v2({ QStringLiteral("track"), QStringLiteral("poll") }));
        QVERIFY2(polled.exitCode == 0, polled.err.constData());

        // Through the outbox, as a submission without --no-outbox goes.
        const Run outboxed = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("015"), QStringLiteral("--address"), QStringLiteral("4 Mill Road"),
            QStringLiteral("--attribute"), QStringLiteral("items=mattress"),
            QStringLiteral("--attribute"), QStringLiteral("items=tyres"),
            QStringLiteral("--attribute"), QStringLiteral("started=2026-11-30T08:00:00Z") }));
        QVERIFY2(outboxed.exitCode == 0, outboxed.err.constData());
        const std::optional<SandboxStore::Request> dumped
            = m_city->store().find(QString::fromUtf8(outboxed.out.trimmed()));
        QVERIFY(dumped);
        QCOMPARE(dumped->request.attributes.value(QStringLiteral("items")),
            (QStringList { QStringLiteral("mattress"), QStringLiteral("tyres") }));
        const Run waiting = run(
            v2({ QStringLiteral("--json"), QStringLiteral("outbox"), QStringLiteral("list") }));
        QCOMPARE(waiting.array().size(), 0);
    }

    // extensions=true: the training city adds the attributes as filed, in either format.
    void aPhotoGoesWithTheReportMadeSmaller()
    {
        // A camera-sized photo, through the outbox as the window sends it.
        QImage camera(4000, 3000, QImage::Format_RGB32);
        camera.fill(Qt::darkGreen);
        const QString path = m_data.filePath(QStringLiteral("pothole.jpg"));
        QVERIFY(camera.save(path, "JPG", 90));
        const Run submitted = run(v2({ QStringLiteral("--json"), QStringLiteral("submit"),
            QStringLiteral("--service-code"), QStringLiteral("021"), QStringLiteral("--address"),
            QStringLiteral("123 Oak Street"), QStringLiteral("--attribute"),
            QStringLiteral("size=small"), QStringLiteral("--photo"), path }));
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString id
            = submitted.object().value(QStringLiteral("service_request_id")).toString();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_city->store().mediaCount(id), 1);
        const std::optional<SandboxStore::Media> stored = m_city->store().media(id, 1);
        QVERIFY(stored);
        QCOMPARE(stored->contentType, QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(stored->data).size(), QSize(2048, 1536));

        const Run status = run(v2({ QStringLiteral("--json"), QStringLiteral("status"), id }));
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QString mediaUrl
            = status.array().at(0).toObject().value(QStringLiteral("media_url")).toString();
        QVERIFY2(mediaUrl.endsWith(QStringLiteral("/dev/v2/media/%1/1.jpg").arg(id)),
            qPrintable(mediaUrl));

        // Not an image: one clear message, and nothing goes.
        const QString notPhoto = m_data.filePath(QStringLiteral("notes.jpg"));
        QFile text(notPhoto);
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write("these are notes, not a photo");
        text.close();
        const qint64 before = m_city->store().count();
        const Run refused = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Oak Street"),
            QStringLiteral("--attribute"), QStringLiteral("size=small"), QStringLiteral("--photo"),
            notPhoto }));
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("notes.jpg"), refused.err.constData());
        QCOMPARE(m_city->store().count(), before);
    }

    void extensionsShowTheFieldsTheSpecDoesNotName()
    {
        const QString id = submitPothole();
        QVERIFY(!id.isEmpty());
        const Run plain = run(v2(
            { QStringLiteral("--json"), QStringLiteral("requests"), QStringLiteral("--id"), id }));
        QVERIFY2(plain.exitCode == 0, plain.err.constData());
        QVERIFY(!plain.array().at(0).toObject().contains(QStringLiteral("extensions")));

        for (const QString& format : { QStringLiteral("json"), QStringLiteral("xml") }) {
            const Run json = run(v2({ QStringLiteral("--format"), format, QStringLiteral("--json"),
                QStringLiteral("requests"), QStringLiteral("--id"), id,
                QStringLiteral("--extensions") }));
            QVERIFY2(json.exitCode == 0, json.err.constData());
            const QJsonObject extended = json.array()
                                             .at(0)
                                             .toObject()
                                             .value(QStringLiteral("extensions"))
                                             .toObject()
                                             .value(QStringLiteral("extended_attributes"))
                                             .toObject();
            // JSON gives the list itself; XML its <attribute> elements, as JSON would name them.
            QJsonValue answers = extended.value(QStringLiteral("attributes"));
            if (answers.isObject())
                answers = answers.toObject().value(QStringLiteral("attribute"));
            QVERIFY2(answers.isArray(), json.out.constData());
            QStringList given;
            for (const QJsonValue& answer : answers.toArray()) {
                given.append(answer.toObject().value(QStringLiteral("code")).toString()
                    + QLatin1Char('=')
                    + answer.toObject().value(QStringLiteral("value")).toString());
            }
            QCOMPARE(given,
                QStringList({ QStringLiteral("depth_cm=12.5"), QStringLiteral("size=large") }));
        }

        const Run text = run(v2({ QStringLiteral("requests"), QStringLiteral("--id"), id,
            QStringLiteral("--extensions") }));
        QVERIFY2(text.exitCode == 0, text.err.constData());
        QVERIFY2(text.out.contains("\n    extended_attributes.attributes[1].value: large\n"),
            text.out.constData());
    }

    void aWrongAttributeSendsNothing()
    {
        const qint64 before = m_city->store().count();
        const Run missing = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Elm Street") }));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("required"), missing.err.constData());
        const Run wrongChoice = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
            QStringLiteral("--attribute"), QStringLiteral("size=enormous") }));
        QCOMPARE(wrongChoice.exitCode, 2);
        const Run notANumber = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
            QStringLiteral("--attribute"), QStringLiteral("size=small"),
            QStringLiteral("--attribute"), QStringLiteral("depth_cm=deep") }));
        QCOMPARE(notANumber.exitCode, 2);
        const Run noService = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("999"), QStringLiteral("--address"), QStringLiteral("1 Elm Street") }));
        QCOMPARE(noService.exitCode, 2);
        const Run malformed = run(v2({ QStringLiteral("submit"), QStringLiteral("--service-code"),
            QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
            QStringLiteral("--attribute"), QStringLiteral("size") }));
        QCOMPARE(malformed.exitCode, 2);
        const Run noKey = run(
            v2({ QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("021"),
                QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
                QStringLiteral("--attribute"), QStringLiteral("size=small") }),
            false);
        QCOMPARE(noKey.exitCode, 2);
        QCOMPARE(m_city->store().count(), before);
    }

    void aBatchServiceGivesATokenThatBecomesAnId()
    {
        const Run submitted = run(v2(
            { QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("016"), QStringLiteral("--address"), QStringLiteral("9 Park Lane"),
                QStringLiteral("--attribute"), QStringLiteral("work=mowing"),
                QStringLiteral("--attribute"), QStringLiteral("work=trimming") }));
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString token = submitted.object().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QVERIFY(submitted.object().value(QStringLiteral("service_request_id")).isNull());
        const Run pending = run(v2({ QStringLiteral("token"), token }));
        QCOMPARE(pending.exitCode, 0);
        QVERIFY2(pending.out.isEmpty(), pending.out.constData());
        QVERIFY(pending.err.contains("not given token"));
        const Run pendingJson
            = run(v2({ QStringLiteral("--json"), QStringLiteral("token"), token }));
        QCOMPARE(pendingJson.exitCode, 0);
        QVERIFY2(pendingJson.array()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("service_request_id"))
                     .isNull(),
            pendingJson.out.constData());
        QTest::qWait(1200);
        const Run ready = run(v2({ QStringLiteral("--json"), QStringLiteral("token"), token }));
        QCOMPARE(ready.exitCode, 0);
        const QString id
            = ready.array().at(0).toObject().value(QStringLiteral("service_request_id")).toString();
        QVERIFY2(!id.isEmpty(), ready.out.constData());
        const std::optional<SandboxStore::Request> stored = m_city->store().find(id);
        QVERIFY(stored);
        QCOMPARE(stored->request.attributes.value(QStringLiteral("work")),
            (QStringList { QStringLiteral("mowing"), QStringLiteral("trimming") }));
        const Run unknown = run(v2({ QStringLiteral("token"), QStringLiteral("no-such-token") }));
        QCOMPARE(unknown.exitCode, 3);
    }

    // Sent through the outbox, a batch report is followed by its token until the city gives it
    // an id, and then as a request like any other.
    void aTokenIsFollowedUntilItIsAnId()
    {
        const Run submitted = run(v2(
            { QStringLiteral("--json"), QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("016"), QStringLiteral("--address"), QStringLiteral("3 Garden Row"),
                QStringLiteral("--attribute"), QStringLiteral("work=removal") }));
        QVERIFY2(submitted.exitCode == 0, submitted.err.constData());
        const QString token = submitted.object().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        auto listed = [this]() {
            return run(
                v2({ QStringLiteral("--json"), QStringLiteral("track"), QStringLiteral("list") }))
                .array();
        };
        auto entryWith = [](const QJsonArray& array, const char* key, const QString& value) {
            for (const QJsonValue& entry : array) {
                if (entry.toObject().value(QLatin1String(key)).toString() == value)
                    return entry.toObject();
            }
            return QJsonObject();
        };
        const QJsonObject pending = entryWith(listed(), "token", token);
        QVERIFY(!pending.isEmpty());
        QVERIFY(pending.value(QStringLiteral("service_request_id")).isNull());
        QCOMPARE(
            pending.value(QStringLiteral("address")).toString(), QStringLiteral("3 Garden Row"));

        const Run early = run(v2({ QStringLiteral("track"), QStringLiteral("poll") }));
        QCOMPARE(early.exitCode, 0);
        QVERIFY(!entryWith(listed(), "token", token).isEmpty());

        QTest::qWait(1200);
        const Run polled = run(v2({ QStringLiteral("track"), QStringLiteral("poll") }));
        QVERIFY2(polled.exitCode == 0, polled.err.constData());
        QVERIFY2(polled.err.contains("Token " + token.toUtf8() + " is now request "),
            polled.err.constData());
        const QJsonArray after = listed();
        QVERIFY(entryWith(after, "token", token).isEmpty());
        const QRegularExpression resolved(QStringLiteral("Token %1 is now request (\\S+)\\.")
                                              .arg(QRegularExpression::escape(token)));
        const QString id = resolved.match(QString::fromUtf8(polled.err)).captured(1);
        QVERIFY(!id.isEmpty());
        const QJsonObject followed = entryWith(after, "service_request_id", id);
        QVERIFY2(!followed.isEmpty(), polled.err.constData());
        QCOMPARE(
            followed.value(QStringLiteral("address")).toString(), QStringLiteral("3 Garden Row"));
        // Polled in the same round it was resolved in.
        QCOMPARE(followed.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    }

    void manyIdsTravelInListsAndUnknownOnesFail()
    {
        QStringList ids;
        for (int i = 0; i < 3; ++i)
            ids.append(submitPothole());
        QVERIFY(!ids.contains(QString()));
        QStringList asked;
        for (int i = 0; i < 60; ++i)
            asked.append(ids.at(i % ids.size()));
        asked.insert(55, QStringLiteral("999999"));
        const Run status
            = run(v2(QStringList { QStringLiteral("--json"), QStringLiteral("status") } + asked));
        QCOMPARE(status.exitCode, 3);
        const QJsonArray answers = status.array();
        QCOMPARE(answers.size(), asked.size());
        for (qsizetype i = 0; i < asked.size(); ++i) {
            const QJsonObject answer = answers.at(i).toObject();
            QCOMPARE(answer.value(QStringLiteral("service_request_id")).toString(), asked.at(i));
            QCOMPARE(
                answer.contains(QStringLiteral("error")), asked.at(i) == QLatin1String("999999"));
        }
    }

    // A report the city could not be asked about waits in the outbox, and goes out again only
    // over the version it was written for.
    void anUnreachableCityKeepsTheReportForV2()
    {
        quint16 closedPort = 0;
        {
            HttpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            closedPort = probe.port();
        }
        const QString endpoint = QStringLiteral("http://127.0.0.1:%1/dev/v2/").arg(closedPort);
        const QStringList at = { QStringLiteral("--endpoint"), endpoint,
            QStringLiteral("--jurisdiction-id"), QStringLiteral("sandbox.example") };
        const Run submitted = run(QStringList { QStringLiteral("--protocol"), QStringLiteral("v2") }
            + at
            + QStringList { QStringLiteral("submit"), QStringLiteral("--service-code"),
                QStringLiteral("021"), QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
                QStringLiteral("--attribute"), QStringLiteral("size=small") });
        QCOMPARE(submitted.exitCode, 4);
        QVERIFY2(submitted.err.contains("could not be checked first"), submitted.err.constData());
        const QRegularExpression kept(QStringLiteral("outbox as number (\\d+)"));
        const QString id = kept.match(QString::fromUtf8(submitted.err)).captured(1);
        QVERIFY2(!id.isEmpty(), submitted.err.constData());
        const Run overV1
            = run(at + QStringList { QStringLiteral("outbox"), QStringLiteral("resend"), id });
        QCOMPARE(overV1.exitCode, 2);
        QVERIFY2(overV1.err.contains("--protocol v2"), overV1.err.constData());
        const Run listed = run(QStringList { QStringLiteral("--protocol"), QStringLiteral("v2"),
                                   QStringLiteral("--json") }
            + at + QStringList { QStringLiteral("outbox"), QStringLiteral("list") });
        QCOMPARE(listed.array().size(), 1);
        const QJsonObject entry = listed.array().at(0).toObject();
        QCOMPARE(entry.value(QStringLiteral("attributes")).toObject().value(QStringLiteral("size")),
            QJsonValue(QJsonArray { QStringLiteral("small") }));
    }

    void theCitysErrorsAreShown()
    {
        const Run window = run(v2({ QStringLiteral("requests"), QStringLiteral("--start"),
            QStringLiteral("2025-01-01"), QStringLiteral("--end"), QStringLiteral("2026-01-01") }));
        QCOMPARE(window.exitCode, 3);
        QVERIFY2(window.err.contains("400"), window.err.constData());
        const Run badStatus = run(
            v2({ QStringLiteral("requests"), QStringLiteral("--status"), QStringLiteral("x") }));
        QCOMPARE(badStatus.exitCode, 2);
        const Run protocol = run(
            { QStringLiteral("--protocol"), QStringLiteral("v3"), QStringLiteral("--endpoint"),
                m_city->v2EndpointUrl().toString(), QStringLiteral("services") });
        QCOMPARE(protocol.exitCode, 2);
        const Run overV1 = run({ QStringLiteral("--endpoint"), m_city->endpointUrl().toString(),
            QStringLiteral("--city-id"), QStringLiteral("sandbox.example"),
            QStringLiteral("definition"), QStringLiteral("021") });
        QCOMPARE(overV1.exitCode, 2);
        QVERIFY2(overV1.err.contains("v1"), overV1.err.constData());
        const Run attributeOverV1
            = run({ QStringLiteral("--endpoint"), m_city->endpointUrl().toString(),
                QStringLiteral("--city-id"), QStringLiteral("sandbox.example"),
                QStringLiteral("submit"), QStringLiteral("--service-code"), QStringLiteral("021"),
                QStringLiteral("--address"), QStringLiteral("1 Elm Street"),
                QStringLiteral("--attribute"), QStringLiteral("size=small") });
        QCOMPARE(attributeOverV1.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(CliV2Test)
#include "cli_v2_test.moc"
