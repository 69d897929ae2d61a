#include "cli/CliJson.h"
#include "cli/CliJsonWriter.h"
#include "core/SecretRedactor.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Open311;

// The JSON that `open311 --json` prints is a contract with scripts, documented in README.md
// ("The `open311` command line"). These tests hold CliJson to it: the exact keys, the type of
// each value, and null (not a missing key, not "") for what is absent.
class CliJsonTest : public QObject
{
    Q_OBJECT

private:
    static QStringList keys(std::initializer_list<const char*> names)
    {
        QStringList list;
        for (const char* name : names)
            list << QString::fromLatin1(name);
        list.sort();
        return list;
    }

    static QStringList keysOf(const QJsonObject& object)
    {
        QStringList list = object.keys();
        list.sort();
        return list;
    }

    static QJsonValue value(const QJsonObject& object, const char* key)
    {
        return object.value(QLatin1String(key));
    }

    static void verifyString(const QJsonObject& object, const char* key, const QString& expected)
    {
        const QJsonValue v = value(object, key);
        QVERIFY2(v.isString(), key);
        QCOMPARE(v.toString(), expected);
    }

    static void verifyNull(const QJsonObject& object, const char* key)
    {
        QVERIFY2(object.contains(QLatin1String(key)), key);
        QVERIFY2(value(object, key).isNull(), key);
    }

    static NewRequest pinnedRequest()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("001");
        request.latitude = 37.7652;
        request.longitude = -122.4212;
        request.firstName = QStringLiteral("Jo");
        request.description = QStringLiteral("Cans left out");
        return request;
    }

    static const QStringList& outboxKeys()
    {
        static const QStringList list = keys({ "id", "state", "endpoint", "city_id", "service_name",
            "created", "attempts", "reason", "error_kind", "error_code", "service_code", "lat",
            "lon", "address_string", "address_id", "customer_email", "device_id", "account_id",
            "first_name", "last_name", "phone_number", "description", "media_url", "attributes" });
        return list;
    }

private Q_SLOTS:
    // {"service_code","service_name","service_description"} and v2's "group", "type",
    // "metadata" and "keywords"; codes stay strings.
    void service()
    {
        const QJsonObject object = CliJson::service(
            { QStringLiteral("001"), QStringLiteral("Cans left out"), QStringLiteral("Cans") });
        QCOMPARE(keysOf(object),
            keys({ "service_code", "service_name", "service_description", "group", "type",
                "metadata", "keywords" }));
        verifyString(object, "service_code", QStringLiteral("001"));
        verifyString(object, "service_name", QStringLiteral("Cans left out"));
        verifyString(object, "service_description", QStringLiteral("Cans"));
        // A v1 service: the v2 keys are there, empty.
        verifyNull(object, "group");
        verifyNull(object, "type");
        QCOMPARE(value(object, "metadata"), QJsonValue(false));
        QCOMPARE(value(object, "keywords"), QJsonValue(QJsonArray()));

        Service v2 { QStringLiteral("POT"), QStringLiteral("Pothole"), QString() };
        v2.group = QStringLiteral("Streets");
        v2.type = QStringLiteral("batch");
        v2.metadata = true;
        v2.keywords = QStringList { QStringLiteral("hole"), QStringLiteral("road") };
        const QJsonObject full = CliJson::service(v2);
        QCOMPARE(keysOf(full), keysOf(object));
        verifyString(full, "group", QStringLiteral("Streets"));
        verifyString(full, "type", QStringLiteral("batch"));
        QCOMPARE(value(full, "metadata"), QJsonValue(true));
        QCOMPARE(value(full, "keywords"),
            QJsonValue(QJsonArray { QStringLiteral("hole"), QStringLiteral("road") }));
    }

    // {"service_request_id" or "token","service_notice","service_level_agreement","account_id"},
    // absent values null; v1's service_level_agreement is v2's service_notice.
    void created()
    {
        const QJsonObject full = CliJson::created(
            { QStringLiteral("000123"), QStringLiteral("Two days"), QStringLiteral("A-7") });
        QCOMPARE(keysOf(full),
            keys({ "service_request_id", "token", "service_notice", "service_level_agreement",
                "account_id" }));
        verifyString(full, "service_request_id", QStringLiteral("000123"));
        verifyString(full, "service_level_agreement", QStringLiteral("Two days"));
        verifyString(full, "service_notice", QStringLiteral("Two days"));
        verifyString(full, "account_id", QStringLiteral("A-7"));
        verifyNull(full, "token");

        const QJsonObject bare = CliJson::created({ QStringLiteral("000123"), {}, {} });
        QCOMPARE(keysOf(bare), keysOf(full));
        verifyString(bare, "service_request_id", QStringLiteral("000123"));
        verifyNull(bare, "service_level_agreement");
        verifyNull(bare, "account_id");

        // A batch service's answer: a token and no id yet.
        const QJsonObject token
            = CliJson::created({ {}, {}, {}, QStringLiteral("5e1f0c9a2b7d4e6f8a9b0c1d") });
        QCOMPARE(keysOf(token), keysOf(full));
        verifyNull(token, "service_request_id");
        verifyString(token, "token", QStringLiteral("5e1f0c9a2b7d4e6f8a9b0c1d"));
    }

    // Printed with the request and its status first, then the rest sorted; the same JSON.
    void writerPutsTheRequestFirst()
    {
        RequestStatus status { QStringLiteral("638344"), QStringLiteral("closed"),
            QStringLiteral("Tab\tand \"quotes\" \u00e9"), QStringLiteral("Trash") };
        status.agencyResponsible = QStringLiteral("311 Operators");
        status.address = QStringLiteral("8TH AVE and JUDAH ST");
        const QJsonObject object = CliJson::status(status);
        const QJsonArray array { object, QJsonObject(), QJsonArray(), 3.25, QJsonValue() };
        const QByteArray written = CliJsonWriter::write(array);
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(written, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.array(), array);
        const qsizetype id = written.indexOf("\"service_request_id\"");
        const qsizetype state = written.indexOf("\"status\"");
        const qsizetype address = written.indexOf("\"address\"");
        const qsizetype agency = written.indexOf("\"agency_responsible\"");
        QVERIFY(id > 0 && id < state && state < address && address < agency);
        // Indented as QJsonDocument indents, so a person's diff of old and new output is clean.
        QCOMPARE(CliJsonWriter::write(QJsonObject {
                     { QStringLiteral("b"), 1 }, { QStringLiteral("a"), QJsonArray { true } } }),
            QJsonDocument(QJsonObject { { QStringLiteral("b"), 1 },
                              { QStringLiteral("a"), QJsonArray { true } } })
                .toJson(QJsonDocument::Indented));
    }

    // `token --json` while the city has no id yet: the id and status are null, not "".
    void pendingTokenHasNullId()
    {
        RequestStatus pending;
        pending.token = QStringLiteral("4f2ab");
        const QJsonObject object = CliJson::status(pending);
        verifyNull(object, "service_request_id");
        verifyNull(object, "status");
        verifyString(object, "token", QStringLiteral("4f2ab"));
    }

    // Over v2 every field the server gave follows v1's four, by the spec's names.
    void statusOverV2()
    {
        RequestStatus status { QStringLiteral("638344"), QStringLiteral("closed"),
            QStringLiteral("Duplicate request."), QStringLiteral("Trash") };
        status.serviceCode = QStringLiteral("006");
        status.agencyResponsible = QStringLiteral("311 Operators");
        status.requestedDatetime = QStringLiteral("2010-04-14T06:37:38-08:00");
        status.latitude = QStringLiteral("37.762221815");
        status.longitude = QStringLiteral("-122.4651145");
        const QJsonObject object = CliJson::status(status);
        QCOMPARE(keysOf(object),
            keys({ "service_request_id", "status", "status_notes", "service_name", "service_code",
                "agency_responsible", "requested_datetime", "lat", "long" }));
        verifyString(object, "service_code", QStringLiteral("006"));
        verifyString(object, "agency_responsible", QStringLiteral("311 Operators"));
        verifyString(object, "requested_datetime", QStringLiteral("2010-04-14T06:37:38-08:00"));
        // Coordinates as the server wrote them, never reformatted.
        verifyString(object, "lat", QStringLiteral("37.762221815"));
        verifyString(object, "long", QStringLiteral("-122.4651145"));
    }

    // {"service_request_id","status","status_notes","service_name"}.
    void status()
    {
        const QJsonObject object = CliJson::status({ QStringLiteral("0042"), QStringLiteral("open"),
            QStringLiteral("Crew assigned"), QStringLiteral("Pothole") });
        QCOMPARE(keysOf(object),
            keys({ "service_request_id", "status", "status_notes", "service_name" }));
        verifyString(object, "service_request_id", QStringLiteral("0042"));
        verifyString(object, "status", QStringLiteral("open"));
        verifyString(object, "status_notes", QStringLiteral("Crew assigned"));
        verifyString(object, "service_name", QStringLiteral("Pothole"));

        // Notes and the service name are optional in the spec's answer.
        const QJsonObject bare
            = CliJson::status({ QStringLiteral("0042"), QStringLiteral("closed"), {}, {} });
        QCOMPARE(keysOf(bare), keysOf(object));
        verifyNull(bare, "status_notes");
        verifyNull(bare, "service_name");
    }

    // {"service_request_id": ID, "error": {...}} for an id that failed.
    void statusFailure()
    {
        const QJsonObject object = CliJson::requestFailure(QStringLiteral("9001"),
            Error::server(QStringLiteral("requests"), 302, QStringLiteral("Id not valid")));
        QCOMPARE(keysOf(object), keys({ "service_request_id", "error" }));
        verifyString(object, "service_request_id", QStringLiteral("9001"));
        const QJsonObject error = value(object, "error").toObject();
        verifyString(error, "kind", QStringLiteral("server"));
        QCOMPARE(value(error, "code").toInt(-1), 302);
    }

    // {"kind":"validation|server|http|network|timeout|protocol|unknown_outcome","code":N|null,
    // "message":"..."} plus "detail" when the server gave a description or an unreadable answer.
    void error_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("code"); // -1: null
        QTest::addColumn<QString>("detail"); // empty: no "detail" key
        QTest::newRow("validation")
            << Error::validation(Error::Field::ServiceCode, QStringLiteral("Give --service-code."))
            << QStringLiteral("validation") << -1 << QString();
        QTest::newRow("server") << Error::server(
            QStringLiteral("requests"), 302, QStringLiteral("Id not valid"))
                                << QStringLiteral("server") << 302
                                << QStringLiteral("Id not valid");
        QTest::newRow("http") << Error::http(500, QStringLiteral("<html>Oops</html>"))
                              << QStringLiteral("http") << 500
                              << QStringLiteral("<html>Oops</html>");
        QTest::newRow("network") << Error::network(QStringLiteral("Connection refused"), true)
                                 << QStringLiteral("network") << -1 << QString();
        QTest::newRow("timeout") << Error::timeout() << QStringLiteral("timeout") << -1
                                 << QString();
        QTest::newRow("protocol") << Error::protocol(QString(), QStringLiteral("<Nonsense/>"))
                                  << QStringLiteral("protocol") << -1
                                  << QStringLiteral("<Nonsense/>");
        QTest::newRow("unknown outcome")
            << Error::outcomeUnknown(QStringLiteral("The connection closed."))
            << QStringLiteral("unknown_outcome") << -1 << QString();
    }

    void error()
    {
        QFETCH(Error, error);
        QFETCH(QString, kind);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const QJsonObject object = CliJson::error(error);
        QCOMPARE(keysOf(object),
            detail.isEmpty() ? keys({ "kind", "code", "message" })
                             : keys({ "kind", "code", "message", "detail" }));
        verifyString(object, "kind", kind);
        if (code < 0) {
            verifyNull(object, "code");
        } else {
            QVERIFY(value(object, "code").isDouble());
            QCOMPARE(value(object, "code").toInt(-1), code);
        }
        verifyString(object, "message", error.message());
        QVERIFY(!error.message().isEmpty());
        if (!detail.isEmpty())
            verifyString(object, "detail", detail);

        // What stdout holds for a failed command: the error object, under "error" alone.
        const QJsonObject failure = CliJson::failure(error);
        QCOMPARE(keysOf(failure), keys({ "error" }));
        QCOMPARE(value(failure, "error").toObject(), object);
    }

    // The API key never reaches stdout, even inside a message that quotes it.
    void errorMessageIsRedacted()
    {
        const QString key = QStringLiteral("cli-json-Secret-4711");
        SecretRedactor::addSecret(key);
        const QJsonObject object = CliJson::error(Error::validation(
            Error::Field::ApiKey, QStringLiteral("The key %1 was refused.").arg(key)));
        const QString message = value(object, "message").toString();
        QVERIFY(!message.isEmpty());
        QVERIFY2(!message.contains(key), qPrintable(message));
    }

    // `profiles`: README.md does not document its JSON; this is the shape the code prints.
    void profile()
    {
        Profile springfield;
        springfield.id = QStringLiteral("springfield");
        springfield.displayName = QStringLiteral("Springfield");
        springfield.baseUrl = QUrl(QStringLiteral("https://311.springfield.example/dev/V1/"));
        springfield.cityId = QStringLiteral("springfield.example");
        const QJsonObject object = CliJson::profile(springfield, true);
        QCOMPARE(keysOf(object),
            keys({ "id", "name", "base_url", "city_id", "protocol", "training", "deprecated",
                "managed", "note" }));
        verifyString(object, "protocol", QStringLiteral("v1"));
        verifyString(object, "id", QStringLiteral("springfield"));
        verifyString(object, "name", QStringLiteral("Springfield"));
        verifyString(object, "base_url", QStringLiteral("https://311.springfield.example/dev/V1/"));
        verifyString(object, "city_id", QStringLiteral("springfield.example"));
        QVERIFY(value(object, "training").isBool());
        QCOMPARE(value(object, "training").toBool(), false);
        QCOMPARE(value(object, "deprecated").toBool(true), false);
        QVERIFY(value(object, "managed").isBool());
        QCOMPARE(value(object, "managed").toBool(), true);
        verifyNull(object, "note");

        Profile training;
        training.id = QStringLiteral("training");
        training.displayName = QStringLiteral("Training city");
        training.isTraining = true;
        training.deprecated = true;
        training.note = QStringLiteral("Runs inside the app");
        const QJsonObject inside = CliJson::profile(training, false);
        verifyNull(inside, "base_url");
        verifyNull(inside, "city_id");
        QCOMPARE(value(inside, "training").toBool(), true);
        QCOMPARE(value(inside, "deprecated").toBool(), true);
        QCOMPARE(value(inside, "managed").toBool(true), false);
        verifyString(inside, "note", QStringLiteral("Runs inside the app"));

        springfield.protocol = Protocol::GeoReportV2;
        verifyString(CliJson::profile(springfield, false), "protocol", QStringLiteral("v2"));
    }

    // {"id","state","endpoint","city_id","service_name","created","attempts","reason",
    // "error_kind","error_code"} plus the request's fields by their spec names, null when not
    // given.
    void outboxEntry()
    {
        const Endpoint endpoint(
            QUrl(QStringLiteral("https://city.example/dev/V1/")), QStringLiteral("city.example"));
        OutboxEntry entry = OutboxEntry::forReport(QStringLiteral("springfield"), endpoint,
            pinnedRequest(), QStringLiteral("Cans left out"));
        entry.localId = 17;
        entry.state = OutboxEntry::State::Rejected;
        entry.attempts = 2;
        entry.createdMs = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        entry.reason = QStringLiteral("Error 201: the key was refused.");
        entry.errorKind = QStringLiteral("server");
        entry.errorCode = 201;

        const QJsonObject object = CliJson::outboxEntry(entry);
        QCOMPARE(keysOf(object), outboxKeys());
        QVERIFY(value(object, "id").isDouble());
        QCOMPARE(value(object, "id").toInteger(), 17);
        verifyString(object, "state", QStringLiteral("rejected"));
        verifyString(object, "endpoint", QStringLiteral("https://city.example/dev/V1/"));
        verifyString(object, "city_id", QStringLiteral("city.example"));
        verifyString(object, "service_name", QStringLiteral("Cans left out"));
        verifyString(object, "created", QStringLiteral("2024-05-01T09:30:00Z"));
        QVERIFY(value(object, "attempts").isDouble());
        QCOMPARE(value(object, "attempts").toInt(), 2);
        verifyString(object, "reason", QStringLiteral("Error 201: the key was refused."));
        verifyString(object, "error_kind", QStringLiteral("server"));
        QCOMPARE(value(object, "error_code").toInt(-1), 201);
        // The request's fields.
        verifyString(object, "service_code", QStringLiteral("001"));
        QVERIFY(value(object, "lat").isDouble());
        QCOMPARE(value(object, "lat").toDouble(), 37.7652);
        QCOMPARE(value(object, "lon").toDouble(), -122.4212);
        verifyString(object, "first_name", QStringLiteral("Jo"));
        verifyString(object, "description", QStringLiteral("Cans left out"));
        for (const char* absent : { "address_string", "customer_email", "device_id", "account_id",
                 "last_name", "phone_number", "media_url" })
            verifyNull(object, absent);
    }

    // A queued report that nothing has happened to yet: the same keys, with nulls.
    void outboxEntryNotYetTried()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.addressString = QStringLiteral("12 Oak Street");
        OutboxEntry entry = OutboxEntry::forReport(QStringLiteral("https://city.example/dev/V1/"),
            Endpoint(QUrl(QStringLiteral("https://city.example/dev/V1/")), QString()), request,
            QString());
        entry.localId = 3;

        const QJsonObject object = CliJson::outboxEntry(entry);
        QCOMPARE(keysOf(object), outboxKeys());
        verifyString(object, "state", QStringLiteral("queued"));
        verifyNull(object, "city_id");
        verifyNull(object, "service_name");
        verifyNull(object, "reason");
        verifyNull(object, "error_kind");
        verifyNull(object, "error_code");
        QCOMPARE(value(object, "attempts").toInt(-1), 0);
        verifyString(object, "address_string", QStringLiteral("12 Oak Street"));
        verifyNull(object, "lat");
        verifyNull(object, "lon");
        verifyNull(object, "description");
    }

    // `outbox flush` and `resend`: {"id","service_request_id"} or {"id","state","error":{...}}.
    void flushResults()
    {
        const QJsonObject sent = CliJson::sent(17, { QStringLiteral("000123"), {}, {} });
        QCOMPARE(keysOf(sent), keys({ "id", "service_request_id" }));
        QCOMPARE(value(sent, "id").toInteger(), 17);
        verifyString(sent, "service_request_id", QStringLiteral("000123"));

        const QJsonObject failed = CliJson::notSent(18, OutboxEntry::State::OutcomeUnknown,
            Error::outcomeUnknown(QStringLiteral("The connection closed.")));
        QCOMPARE(keysOf(failed), keys({ "id", "state", "error" }));
        QCOMPARE(value(failed, "id").toInteger(), 18);
        verifyString(failed, "state", QStringLiteral("outcome_unknown"));
        QVERIFY(value(failed, "error").isObject());
        verifyString(value(failed, "error").toObject(), "kind", QStringLiteral("unknown_outcome"));
    }

    // `track list`: service_request_id, service_name, status, status_notes, address, lat, lon,
    // submitted, last_checked, error and history.
    void tracked()
    {
        const qint64 may1 = QDateTime(QDate(2024, 5, 1), QTime(9, 30), Qt::UTC).toMSecsSinceEpoch();
        TrackedRequest request;
        request.profile = QStringLiteral("springfield");
        request.requestId = QStringLiteral("000123");
        request.serviceName = QStringLiteral("021");
        request.address = QStringLiteral("12 Oak Street");
        request.submittedMs = may1;
        request.status = QStringLiteral("open");
        request.statusNotes = QStringLiteral("Crew assigned");
        request.lastCheckedMs = may1 + 60 * 60 * 1000;
        const QList<StatusChange> history = {
            { may1 + 60 * 60 * 1000, QStringLiteral("open"), QStringLiteral("Crew assigned") },
        };

        const QJsonObject object = CliJson::tracked(request, history);
        QCOMPARE(keysOf(object),
            keys({ "service_request_id", "service_name", "status", "status_notes", "address", "lat",
                "lon", "submitted", "last_checked", "error", "history" }));
        verifyString(object, "service_request_id", QStringLiteral("000123"));
        verifyString(object, "service_name", QStringLiteral("021"));
        verifyString(object, "status", QStringLiteral("open"));
        verifyString(object, "status_notes", QStringLiteral("Crew assigned"));
        verifyString(object, "address", QStringLiteral("12 Oak Street"));
        verifyNull(object, "lat");
        verifyNull(object, "lon");
        verifyString(object, "submitted", QStringLiteral("2024-05-01T09:30:00Z"));
        verifyString(object, "last_checked", QStringLiteral("2024-05-01T10:30:00Z"));
        verifyNull(object, "error");
        QVERIFY(value(object, "history").isArray());
        const QJsonArray steps = value(object, "history").toArray();
        QCOMPARE(steps.size(), 1);
        const QJsonObject step = steps.first().toObject();
        QCOMPARE(keysOf(step), keys({ "at", "status", "notes" }));
        verifyString(step, "at", QStringLiteral("2024-05-01T10:30:00Z"));
        verifyString(step, "status", QStringLiteral("open"));
        verifyString(step, "notes", QStringLiteral("Crew assigned"));
    }

    // Followed by hand and never answered: what is not known is null, the history empty.
    void trackedByHandAfterAFailedCheck()
    {
        TrackedRequest request;
        request.requestId = QStringLiteral("0099");
        request.latitude = 37.5;
        request.longitude = -122.25;
        request.errorKind = QStringLiteral("server");
        request.errorCode = 302;
        request.errorMessage = QStringLiteral("Error 302: the city does not know this id.");

        const QJsonObject object = CliJson::tracked(request, {});
        verifyString(object, "service_request_id", QStringLiteral("0099"));
        for (const char* absent :
            { "service_name", "status", "status_notes", "address", "submitted", "last_checked" })
            verifyNull(object, absent);
        QCOMPARE(value(object, "lat").toDouble(), 37.5);
        QCOMPARE(value(object, "lon").toDouble(), -122.25);
        QVERIFY(value(object, "history").isArray());
        QVERIFY(value(object, "history").toArray().isEmpty());
        QVERIFY(value(object, "error").isObject());
        const QJsonObject error = value(object, "error").toObject();
        QCOMPARE(keysOf(error), keys({ "kind", "code", "message" }));
        verifyString(error, "kind", QStringLiteral("server"));
        QCOMPARE(value(error, "code").toInt(-1), 302);
        verifyString(
            error, "message", QStringLiteral("Error 302: the city does not know this id."));

        request.errorCode = -1;
        verifyNull(value(CliJson::tracked(request, {}), "error").toObject(), "code");
    }

    // `track poll`, for a request whose status changed: README.md does not document it either.
    void statusChanged()
    {
        TrackedRequest request;
        request.requestId = QStringLiteral("000123");
        request.status = QStringLiteral("closed");
        const QJsonObject first = CliJson::statusChanged(request, QString());
        QCOMPARE(keysOf(first),
            keys({ "service_request_id", "previous_status", "status", "status_notes" }));
        verifyString(first, "service_request_id", QStringLiteral("000123"));
        verifyNull(first, "previous_status");
        verifyString(first, "status", QStringLiteral("closed"));
        verifyNull(first, "status_notes");
        verifyString(CliJson::statusChanged(request, QStringLiteral("open")), "previous_status",
            QStringLiteral("open"));
    }

    void time()
    {
        QCOMPARE(CliJson::time(0), QStringLiteral("1970-01-01T00:00:00Z"));
        QCOMPARE(
            CliJson::time(
                QDateTime(QDate(2024, 12, 31), QTime(23, 59, 59), Qt::UTC).toMSecsSinceEpoch()),
            QStringLiteral("2024-12-31T23:59:59Z"));
    }
};

QTEST_GUILESS_MAIN(CliJsonTest)
#include "cli_json_test.moc"
