#include "sandbox/SandboxServer.h"

#include <QBuffer>
#include <QColor>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QXmlStreamReader>

using namespace Open311;

namespace {

const QString kKey = QStringLiteral("training-key");
const QByteArray kBoundary = "sandbox-media-test-boundary";

struct Raw
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QByteArray cacheControl;
};

// A multipart/form-data body as a client writes it, built here so that the test does not lean
// on the client's own writer.
struct Upload
{
    QByteArray body;

    Upload& field(const QString& name, const QString& value)
    {
        body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8()
            + "\"\r\n\r\n" + value.toUtf8() + "\r\n";
        return *this;
    }
    Upload& file(const QByteArray& fileName, const QByteArray& type, const QByteArray& data,
        const QByteArray& name = "media")
    {
        body += "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name
            + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" + data
            + "\r\n";
        return *this;
    }
    QByteArray finished() const { return body + "--" + kBoundary + "--\r\n"; }
};

QByteArray image(const char* format, const QColor& colour)
{
    QImage picture(48, 32, QImage::Format_RGB32);
    picture.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!picture.save(&buffer, format))
        qFatal("cannot write a %s", format);
    return bytes;
}

QJsonArray jsonArray(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isArray())
        qWarning("not a JSON array: %s", body.left(400).constData());
    return document.array();
}

QStringList xmlTexts(const QByteArray& xml, const QString& name)
{
    QStringList texts;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == name)
            texts.append(reader.readElementText());
    }
    return texts;
}

// A pothole (021 needs attribute[size]) at the training city's streets.
Upload pothole()
{
    Upload upload;
    upload.field(QStringLiteral("api_key"), kKey)
        .field(QStringLiteral("service_code"), QStringLiteral("021"))
        .field(QStringLiteral("lat"), QStringLiteral("40.0012"))
        .field(QStringLiteral("long"), QStringLiteral("-100.0015"))
        .field(QStringLiteral("description"), QStringLiteral("A hole with a photo"))
        .field(QStringLiteral("attribute[size]"), QStringLiteral("large"));
    return upload;
}

} // namespace

// The multipart media extension of the training city: photos sent with a v2 POST are kept with
// the request and served back where its media_url points.
class SandboxMediaTest : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager m_network;

    Raw send(const QByteArray& method, const QUrl& url, const QByteArray& body = QByteArray(),
        const QByteArray& host = QByteArray())
    {
        QNetworkRequest request(url);
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
        request.setTransferTimeout(30000);
        if (!host.isEmpty())
            request.setRawHeader("Host", host);
        QNetworkReply* reply = nullptr;
        if (method == "POST") {
            request.setHeader(QNetworkRequest::ContentTypeHeader,
                QByteArray("multipart/form-data; boundary=" + kBoundary));
            reply = m_network.post(request, body);
        } else if (method == "HEAD") {
            reply = m_network.head(request);
        } else {
            reply = m_network.sendCustomRequest(request, method);
        }
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(35000))
            qFatal("no answer from the training city");
        Raw raw;
        raw.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        raw.body = reply->readAll();
        raw.contentType = reply->rawHeader("Content-Type");
        raw.cacheControl = reply->rawHeader("Cache-Control");
        reply->deleteLater();
        return raw;
    }

    static QUrl v2Url(const SandboxServer& server, const QString& path)
    {
        QUrl url = server.v2EndpointUrl();
        url.setPath(url.path() + path);
        return url;
    }

    Raw post(const SandboxServer& server, const Upload& upload)
    {
        return send("POST", v2Url(server, QStringLiteral("requests.json")), upload.finished());
    }

    Raw get(const SandboxServer& server, const QString& path)
    {
        return send("GET", v2Url(server, path));
    }

    // The id a create answered, or empty.
    static QString idOf(const Raw& raw)
    {
        if (raw.status != 200)
            qWarning("POST failed: %d %s", raw.status, raw.body.left(400).constData());
        return jsonArray(raw.body)
            .at(0)
            .toObject()
            .value(QStringLiteral("service_request_id"))
            .toString();
    }

    static QString errorOf(const Raw& raw)
    {
        return jsonArray(raw.body).at(0).toObject().value(QStringLiteral("description")).toString();
    }

    QString mediaUrlOf(const SandboxServer& server, const QString& id)
    {
        return jsonArray(get(server, QStringLiteral("requests/%1.json").arg(id)).body)
            .at(0)
            .toObject()
            .value(QStringLiteral("media_url"))
            .toString();
    }

    static SandboxServer* started(SandboxServer* server)
    {
        QString error;
        if (!server->start(error))
            qFatal("the training city does not start: %s", qPrintable(error));
        return server;
    }

private Q_SLOTS:
    void jpegComesBackFromItsMediaUrl()
    {
        SandboxServer server({});
        started(&server);
        const QByteArray jpeg = image("JPG", Qt::darkGray);
        QVERIFY(jpeg.startsWith("\xFF\xD8\xFF"));
        // The client's type is not what decides; the bytes are.
        const QString id
            = idOf(post(server, pothole().file("hole.jpg", "application/octet-stream", jpeg)));
        QVERIFY(!id.isEmpty());
        QCOMPARE(server.store().mediaCount(id), 1);

        const QString expected
            = server.baseUrl()
                  .resolved(QUrl(QStringLiteral("/dev/v2/media/%1/1.jpg").arg(id)))
                  .toString();
        const QString mediaUrl = mediaUrlOf(server, id);
        QCOMPARE(mediaUrl, expected);
        const Raw photo = send("GET", QUrl(mediaUrl));
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.contentType, QByteArray("image/jpeg"));
        QCOMPARE(photo.cacheControl, QByteArray("max-age=86400"));
        QVERIFY(photo.body == jpeg);

        // The same link in XML and in the list.
        const Raw xml = get(server, QStringLiteral("requests/%1.xml").arg(id));
        QCOMPARE(xmlTexts(xml.body, QStringLiteral("media_url")), QStringList({ expected }));
        const QJsonArray list = jsonArray(get(server, QStringLiteral("requests.json")).body);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("media_url")).toString(), expected);
        const Raw listXml = get(server, QStringLiteral("requests.xml"));
        QCOMPARE(xmlTexts(listXml.body, QStringLiteral("media_url")), QStringList({ expected }));

        // The link follows the Host the client used, as discovery's does.
        const Raw forwarded = send("GET", v2Url(server, QStringLiteral("requests/%1.json").arg(id)),
            {}, "city.example:8080");
        QCOMPARE(jsonArray(forwarded.body)
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("media_url"))
                     .toString(),
            QStringLiteral("http://city.example:8080/dev/v2/media/%1/1.jpg").arg(id));

        // HEAD has the headers without the bytes; nothing but GET and HEAD is taken.
        const Raw head = send("HEAD", QUrl(mediaUrl));
        QCOMPARE(head.status, 200);
        QCOMPARE(head.contentType, QByteArray("image/jpeg"));
        QVERIFY(head.body.isEmpty());
        QCOMPARE(send("POST", QUrl(mediaUrl), Upload().finished()).status, 405);
    }

    void pngAndSeveralPhotos()
    {
        SandboxServer server({});
        started(&server);
        const QByteArray png = image("PNG", Qt::red);
        const QByteArray jpeg = image("JPG", Qt::blue);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1A\n"));
        const QString id = idOf(post(server,
            pothole().file("first.png", "image/png", png).file("second.jpg", "image/jpeg", jpeg)));
        QVERIFY(!id.isEmpty());
        QCOMPARE(server.store().mediaCount(id), 2);
        const QString mediaUrl = mediaUrlOf(server, id);
        QVERIFY2(mediaUrl.endsWith(QStringLiteral("/dev/v2/media/%1/1.png").arg(id)),
            qPrintable(mediaUrl));
        const Raw first = send("GET", QUrl(mediaUrl));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.contentType, QByteArray("image/png"));
        QVERIFY(first.body == png);
        const Raw second = get(server, QStringLiteral("media/%1/2.jpg").arg(id));
        QCOMPARE(second.status, 200);
        QCOMPARE(second.contentType, QByteArray("image/jpeg"));
        QVERIFY(second.body == jpeg);

        // Only the photo's own URL: not another extension, position or id.
        for (const QString& wrong :
            { QStringLiteral("media/%1/1.jpg").arg(id), QStringLiteral("media/%1/2.png").arg(id),
                QStringLiteral("media/%1/3.jpg").arg(id), QStringLiteral("media/%1/01.png").arg(id),
                QStringLiteral("media/%1/0.png").arg(id), QStringLiteral("media/999999/1.png"),
                QStringLiteral("media/0%1/1.png").arg(id), QStringLiteral("media/%1/1.gif").arg(id),
                QStringLiteral("media/%1").arg(id), QStringLiteral("media/") })
            QCOMPARE(get(server, wrong).status, 404);
    }

    // A link the client gave stays its media_url; the photo is still kept and served.
    void givenMediaUrlWins()
    {
        SandboxServer server({});
        started(&server);
        const QByteArray jpeg = image("JPG", Qt::green);
        const QString id = idOf(post(server,
            pothole()
                .field(QStringLiteral("media_url"), QStringLiteral("https://photos.example/1"))
                .file("hole.jpg", "image/jpeg", jpeg)));
        QVERIFY(!id.isEmpty());
        QCOMPARE(mediaUrlOf(server, id), QStringLiteral("https://photos.example/1"));
        QVERIFY(get(server, QStringLiteral("media/%1/1.jpg").arg(id)).body == jpeg);
    }

    void refusedUploadsCreateNothing_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("says");
        const QByteArray jpeg = image("JPG", Qt::yellow);
        QTest::newRow("text named photo.jpg")
            << pothole()
                   .file("photo.jpg", "image/jpeg", "Just some text, not a photo.\n")
                   .finished()
            << QStringLiteral("JPEG");
        QTest::newRow("GIF")
            << pothole().file("a.gif", "image/gif", "GIF89a" + QByteArray(64, '\x01')).finished()
            << QStringLiteral("JPEG");
        Upload six = pothole();
        for (int i = 0; i < 6; ++i)
            six.file("p" + QByteArray::number(i) + ".jpg", "image/jpeg", jpeg);
        QTest::newRow("six photos") << six.finished() << QStringLiteral("5");
        QTest::newRow("over 8 MiB")
            << pothole()
                   .file("big.jpg", "image/jpeg", jpeg + QByteArray(8 * 1024 * 1024, '\0'))
                   .finished()
            << QStringLiteral("8 MiB");
        QTest::newRow("unclosed body")
            << pothole().file("hole.jpg", "image/jpeg", jpeg).body << QStringLiteral("boundary");
    }

    void refusedUploadsCreateNothing()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, says);
        SandboxServer server({});
        started(&server);
        const Raw raw = send("POST", v2Url(server, QStringLiteral("requests.json")), body);
        QCOMPARE(raw.status, 400);
        QVERIFY2(errorOf(raw).contains(says), qPrintable(errorOf(raw)));
        QCOMPARE(server.store().count(), qint64(0));
        QCOMPARE(jsonArray(get(server, QStringLiteral("requests.json")).body).size(), 0);
    }

    void fivePhotosAreTaken()
    {
        SandboxServer server({});
        started(&server);
        Upload five = pothole();
        QList<QByteArray> photos;
        for (int i = 0; i < 5; ++i) {
            photos << image("JPG", QColor(40 * i, 0, 0));
            five.file("p" + QByteArray::number(i) + ".jpg", "image/jpeg", photos.last());
        }
        const QString id = idOf(post(server, five));
        QVERIFY(!id.isEmpty());
        QCOMPARE(server.store().mediaCount(id), 5);
        for (int i = 0; i < 5; ++i)
            QVERIFY(get(server, QStringLiteral("media/%1/%2.jpg").arg(id).arg(i + 1)).body
                == photos[i]);
    }

    // A batch service answers with a token; the photo waits with the request and is served
    // once the token has turned into an id.
    void batchServiceKeepsItsPhoto()
    {
        SandboxOptions options;
        options.batchDelaySeconds = 2.0;
        SandboxServer server(options);
        started(&server);
        const QByteArray jpeg = image("JPG", Qt::darkGreen);
        Upload upload;
        upload.field(QStringLiteral("api_key"), kKey)
            .field(QStringLiteral("service_code"), QStringLiteral("016"))
            .field(QStringLiteral("address_string"), QStringLiteral("123 Oak Street"))
            .field(QStringLiteral("attribute[work][]"), QStringLiteral("mowing"))
            .field(QStringLiteral("attribute[work][]"), QStringLiteral("trimming"))
            .file("lawn.jpg", "image/jpeg", jpeg);
        const Raw created = post(server, upload);
        QCOMPARE(created.status, 200);
        const QString token
            = jsonArray(created.body).at(0).toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!token.isEmpty());
        QCOMPARE(server.store().count(), qint64(1));
        // Not served before the batch ran: the id is not public yet.
        const QString hiddenId = server.store().all().constFirst().id;
        QCOMPARE(get(server, QStringLiteral("media/%1/1.jpg").arg(hiddenId)).status, 404);

        QString id;
        QTRY_VERIFY_WITH_TIMEOUT(
            !(id = jsonArray(get(server, QStringLiteral("tokens/%1.json").arg(token)).body)
                       .at(0)
                       .toObject()
                       .value(QStringLiteral("service_request_id"))
                       .toString())
                 .isEmpty(),
            8000);
        QCOMPARE(id, hiddenId);
        QCOMPARE(server.store().find(id)->request.attributes.value(QStringLiteral("work")),
            QStringList({ QStringLiteral("mowing"), QStringLiteral("trimming") }));
        const QString mediaUrl = mediaUrlOf(server, id);
        QVERIFY2(mediaUrl.endsWith(QStringLiteral("/dev/v2/media/%1/1.jpg").arg(id)),
            qPrintable(mediaUrl));
        const Raw photo = send("GET", QUrl(mediaUrl));
        QCOMPARE(photo.status, 200);
        QCOMPARE(photo.contentType, QByteArray("image/jpeg"));
        QVERIFY(photo.body == jpeg);
    }
};

QTEST_GUILESS_MAIN(SandboxMediaTest)
#include "sandbox_media_test.moc"
