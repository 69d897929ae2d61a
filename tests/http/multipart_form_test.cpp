#include "core/V2WireCodec.h"
#include "http/MultipartForm.h"

#include <QTest>

using namespace Open311;

namespace {

const QByteArray kBoundary = "open311-b0undary";
const QByteArray kType = "multipart/form-data; boundary=" + kBoundary;

QByteArray field(const QByteArray& name, const QByteArray& value)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"
        + value + "\r\n";
}

QByteArray file(const QByteArray& name, const QByteArray& fileName, const QByteArray& type,
    const QByteArray& data)
{
    return "--" + kBoundary + "\r\nContent-Disposition: form-data; name=\"" + name
        + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n" + data + "\r\n";
}

QByteArray closing()
{
    return "--" + kBoundary + "--\r\n";
}

} // namespace

// The reader of multipart/form-data bodies on its own: what it accepts, each thing it refuses,
// and bodies built to make a careless reader slow.
class MultipartFormTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // What the client writes is what a server reads: every field, names as written, the photos
    // in order and byte for byte, whatever bytes they hold.
    void theClientsBodyReadsBack()
    {
        NewRequest request;
        request.serviceCode = QStringLiteral("021");
        request.latitude = 60.17;
        request.longitude = 24.94;
        request.description = QStringLiteral("Deep \"hole\"\r\nby the café");
        request.attributes.insert(QStringLiteral("SIZE"), { QStringLiteral("large") });
        request.attributes.insert(
            QStringLiteral("odd code&[x]"), { QStringLiteral("a"), QStringLiteral("b") });
        QByteArray binary(70000, '\0');
        for (qsizetype i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 31) % 256);
        // A photo holding what a naive writer would take for a boundary line.
        const QByteArray tricky = "\r\n--open311-\r\n--\r\n" + binary;
        request.photos = { { QStringLiteral("first \"one\".jpg"), "image/jpeg", tricky },
            { QStringLiteral("second.png"), "image/png", binary } };
        QByteArray type;
        const QByteArray body = V2WireCodec::createMultipart(
            request, QStringLiteral("city.example"), QStringLiteral("secret"), type);
        QVERIFY(MultipartForm::isFormData(type));
        const MultipartForm form(type, body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QHash<QString, QStringList> fields;
        QList<MultipartForm::Part> files;
        for (const MultipartForm::Part& part : form.parts()) {
            if (part.isFile)
                files.append(part);
            else
                fields[part.name].append(QString::fromUtf8(part.data));
        }
        QCOMPARE(fields.value(QStringLiteral("api_key")), QStringList { QStringLiteral("secret") });
        QCOMPARE(fields.value(QStringLiteral("jurisdiction_id")),
            QStringList { QStringLiteral("city.example") });
        QCOMPARE(
            fields.value(QStringLiteral("service_code")), QStringList { QStringLiteral("021") });
        QCOMPARE(fields.value(QStringLiteral("lat")), QStringList { QStringLiteral("60.17") });
        QCOMPARE(fields.value(QStringLiteral("description")), QStringList { request.description });
        QCOMPARE(fields.value(QStringLiteral("attribute[SIZE]")),
            QStringList { QStringLiteral("large") });
        QCOMPARE(fields.value(QStringLiteral("attribute[odd code&[x]][]")),
            (QStringList { QStringLiteral("a"), QStringLiteral("b") }));
        QVERIFY(!fields.contains(QStringLiteral("media_url")));
        QCOMPARE(files.size(), 2);
        QCOMPARE(files[0].name, QStringLiteral("media"));
        // Named by their place, not the camera's file name, which tells the time.
        QCOMPARE(files[0].fileName, QStringLiteral("photo-1.jpg"));
        QCOMPARE(files[1].fileName, QStringLiteral("photo-2.png"));
        QCOMPARE(files[0].contentType, QByteArray("image/jpeg"));
        QVERIFY(files[0].data == tricky);
        QCOMPARE(files[1].contentType, QByteArray("image/png"));
        QVERIFY(files[1].data == binary);
    }

    void textPartsAndAFile()
    {
        const QByteArray jpeg = QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(300, '\0') + "\r\n--"
            + kBoundary.left(8) + "\r\n\r\n";
        const QByteArray body = field("service_code", "021")
            + field("description", "Deep hole\r\nnear the school") + field("attribute[size]", "")
            + file("media", "hole.jpg", "Image/JPEG", jpeg) + closing();
        const MultipartForm form(kType, body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QVERIFY(form.error().isEmpty());
        const QList<MultipartForm::Part>& parts = form.parts();
        QCOMPARE(parts.size(), 4);
        QCOMPARE(parts[0].name, QStringLiteral("service_code"));
        QCOMPARE(parts[0].data, QByteArray("021"));
        QVERIFY(!parts[0].isFile);
        QVERIFY(parts[0].contentType.isEmpty());
        QCOMPARE(parts[1].data, QByteArray("Deep hole\r\nnear the school"));
        QCOMPARE(parts[2].name, QStringLiteral("attribute[size]"));
        QVERIFY(parts[2].data.isEmpty());
        QCOMPARE(parts[3].name, QStringLiteral("media"));
        QVERIFY(parts[3].isFile);
        QCOMPARE(parts[3].fileName, QStringLiteral("hole.jpg"));
        QCOMPARE(parts[3].contentType, QByteArray("image/jpeg"));
        QCOMPARE(parts[3].data, jpeg);
        QVERIFY(MultipartForm::isFormData(kType));
        QVERIFY(MultipartForm::isFormData("Multipart/Form-Data ; boundary=x"));
        QVERIFY(!MultipartForm::isFormData("multipart/mixed; boundary=x"));
        QVERIFY(!MultipartForm::isFormData("application/x-www-form-urlencoded"));
    }

    void quotedBoundary()
    {
        const QByteArray boundary = "a'()+_,-./:=? b";
        const QByteArray body = "--" + boundary
            + "\r\nContent-Disposition: form-data; name=lat\r\n\r\n40.1\r\n--" + boundary + "--";
        const MultipartForm form(
            "multipart/form-data; charset=utf-8; BOUNDARY=\"" + boundary + "\";", body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QCOMPARE(form.parts().size(), 1);
        QCOMPARE(form.parts()[0].name, QStringLiteral("lat"));
        QCOMPARE(form.parts()[0].data, QByteArray("40.1"));
    }

    void twoFiles()
    {
        const QByteArray png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
        const QByteArray body = file("media", "a.png", "image/png", png)
            + file("media", "b.png", "application/octet-stream", png + png) + closing();
        const MultipartForm form(kType, body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QCOMPARE(form.parts().size(), 2);
        QCOMPARE(form.parts()[0].data, png);
        QCOMPARE(form.parts()[1].fileName, QStringLiteral("b.png"));
        QCOMPARE(form.parts()[1].data, png + png);
    }

    // RFC 2046: a preamble before the first boundary and an epilogue after the last are
    // ignored, and a boundary line may end in blanks.
    void preambleEpilogueAndPadding()
    {
        const QByteArray body = "This is a preamble.\r\n--" + kBoundary
            + " \t\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Other: kept out\r\n\r\n1\r\n"
            + field("b", "2") + "--" + kBoundary + "--\r\nAn epilogue\r\n--" + kBoundary
            + "\r\nnot a part";
        const MultipartForm form(kType, body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QCOMPARE(form.parts().size(), 2);
        QCOMPARE(form.parts()[0].data, QByteArray("1"));
        QCOMPARE(form.parts()[1].data, QByteArray("2"));
        // A preamble that ends right before the first boundary's CRLF.
        const MultipartForm bare(kType, "\r\n" + field("c", "3") + closing());
        QVERIFY2(bare.isValid(), qPrintable(bare.error()));
        QCOMPARE(bare.parts()[0].data, QByteArray("3"));
    }

    void namesAreDecoded()
    {
        const QByteArray body = "--" + kBoundary
            + "\r\ncontent-disposition: FORM-DATA; name=\"ca\xC3\xB1o\"; "
              "filename=\"say \\\"hi\\\" %22there%22 C:\\dir\\x.jpg\"\r\n"
              "Content-Transfer-Encoding: binary\r\n\r\nx\r\n"
            + closing();
        const MultipartForm form(kType, body);
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QCOMPARE(form.parts()[0].name, QString::fromUtf8("ca\xC3\xB1o"));
        QVERIFY(form.parts()[0].isFile);
        QCOMPARE(form.parts()[0].fileName, QStringLiteral("say \"hi\" \"there\" C:\\dir\\x.jpg"));
        // An empty file name is still a file: a file input left empty.
        const MultipartForm empty(
            kType, file("media", "", "application/octet-stream", "") + closing());
        QVERIFY2(empty.isValid(), qPrintable(empty.error()));
        QVERIFY(empty.parts()[0].isFile);
        QVERIFY(empty.parts()[0].fileName.isEmpty());
        QVERIFY(empty.parts()[0].data.isEmpty());
    }

    void partLimits()
    {
        QByteArray most;
        for (int i = 0; i < MultipartForm::kMaxParts; ++i)
            most += field("f" + QByteArray::number(i), QByteArray::number(i));
        const MultipartForm full(kType, most + closing());
        QVERIFY2(full.isValid(), qPrintable(full.error()));
        QCOMPARE(full.parts().size(), MultipartForm::kMaxParts);
        const MultipartForm over(kType, most + field("one", "more") + closing());
        QVERIFY(!over.isValid());
        QVERIFY(over.error().contains(QStringLiteral("256")));
        QVERIFY(over.parts().isEmpty());

        // A header block of exactly 8 KiB passes; one byte more does not.
        const QByteArray start = "--" + kBoundary + "\r\n";
        const QByteArray disposition = "Content-Disposition: form-data; name=\"a\"\r\nX-Pad: ";
        const QByteArray pad(MultipartForm::kMaxPartHeadBytes - disposition.size(), 'p');
        const MultipartForm largest(kType, start + disposition + pad + "\r\n\r\nv\r\n" + closing());
        QVERIFY2(largest.isValid(), qPrintable(largest.error()));
        const MultipartForm tooLarge(
            kType, start + disposition + pad + "p\r\n\r\nv\r\n" + closing());
        QVERIFY(!tooLarge.isValid());
        QVERIFY(tooLarge.error().contains(QStringLiteral("8 KiB")));
    }

    void refusals_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        const QByteArray good = field("a", "1") + closing();
        const QByteArray start = "--" + kBoundary + "\r\n";
        QTest::newRow("not multipart") << QByteArray("application/x-www-form-urlencoded") << good;
        QTest::newRow("multipart/mixed")
            << QByteArray("multipart/mixed; boundary=" + kBoundary) << good;
        QTest::newRow("no boundary") << QByteArray("multipart/form-data") << good;
        QTest::newRow("empty boundary") << QByteArray("multipart/form-data; boundary=\"\"") << good;
        QTest::newRow("boundary of 71")
            << QByteArray("multipart/form-data; boundary=" + QByteArray(71, 'b'))
            << QByteArray("--" + QByteArray(71, 'b') + "--");
        QTest::newRow("boundary with a bad character")
            << QByteArray("multipart/form-data; boundary=\"a@b\"") << QByteArray("--a@b--");
        QTest::newRow("boundary ending in a space")
            << QByteArray("multipart/form-data; boundary=\"ab \"") << QByteArray("--ab --");
        QTest::newRow("two boundaries") << QByteArray(kType + "; boundary=other") << good;
        QTest::newRow("unclosed quoted boundary")
            << QByteArray("multipart/form-data; boundary=\"" + kBoundary) << good;
        QTest::newRow("parameter without value") << QByteArray(kType + "; charset") << good;
        QTest::newRow("empty body") << kType << QByteArray();
        QTest::newRow("never reaches the boundary") << kType << QByteArray("a=1&b=2");
        QTest::newRow("no parts") << kType << closing();
        QTest::newRow("no closing boundary") << kType << field("a", "1");
        QTest::newRow("closing boundary without its dashes")
            << kType << QByteArray(field("a", "1") + "--" + kBoundary + "\r\n");
        QTest::newRow("ends after a boundary") << kType << QByteArray("--" + kBoundary);
        QTest::newRow("malformed boundary line")
            << kType << QByteArray(field("a", "1") + "--" + kBoundary + "x\r\n" + closing());
        QTest::newRow("part without headers")
            << kType << QByteArray(start + "\r\nv\r\n" + closing());
        QTest::newRow("ends inside the headers")
            << kType << QByteArray(start + "Content-Disposition: form-data; name=a\r\n");
        QTest::newRow("no content-disposition")
            << kType << QByteArray(start + "Content-Type: text/plain\r\n\r\nv\r\n" + closing());
        QTest::newRow("not form-data")
            << kType
            << QByteArray(
                   start + "Content-Disposition: attachment; name=a\r\n\r\nv\r\n" + closing());
        QTest::newRow("no name")
            << kType
            << QByteArray(start + "Content-Disposition: form-data; filename=a.jpg\r\n\r\nv\r\n"
                   + closing());
        QTest::newRow("empty name")
            << kType
            << QByteArray(
                   start + "Content-Disposition: form-data; name=\"\"\r\n\r\nv\r\n" + closing());
        QTest::newRow("two names")
            << kType
            << QByteArray(start + "Content-Disposition: form-data; name=a; name=b\r\n\r\nv\r\n"
                   + closing());
        QTest::newRow("unclosed quoted name")
            << kType
            << QByteArray(
                   start + "Content-Disposition: form-data; name=\"a\r\n\r\nv\r\n" + closing());
        QTest::newRow("two content-dispositions")
            << kType
            << QByteArray(start
                   + "Content-Disposition: form-data; name=a\r\nContent-Disposition: form-data; "
                     "name=b\r\n\r\nv\r\n"
                   + closing());
        QTest::newRow("two content-types")
            << kType
            << QByteArray(start
                   + "Content-Disposition: form-data; name=a\r\nContent-Type: a/b\r\n"
                     "Content-Type: c/d\r\n\r\nv\r\n"
                   + closing());
        QTest::newRow("folded header")
            << kType
            << QByteArray(
                   start + "Content-Disposition: form-data;\r\n name=a\r\n\r\nv\r\n" + closing());
        QTest::newRow("bare LF in a header")
            << kType
            << QByteArray(
                   start + "Content-Disposition: form-data; name=a\nX: y\r\n\r\nv\r\n" + closing());
        QTest::newRow("NUL in a header")
            << kType
            << QByteArray(start + QByteArray("Content-Disposition: form-data; name=a\0b", 40)
                   + "\r\n\r\nv\r\n" + closing());
        QTest::newRow("header without a colon")
            << kType
            << QByteArray(start + "Content-Disposition: form-data; name=a\r\nJunk\r\n\r\nv\r\n"
                   + closing());
        QByteArray manyParameters = start + "Content-Disposition: form-data; name=a";
        for (int i = 0; i < 16; ++i)
            manyParameters += "; p" + QByteArray::number(i) + "=v";
        QTest::newRow("17 parameters")
            << kType << QByteArray(manyParameters + "\r\n\r\nv\r\n" + closing());
        QTest::newRow("base64")
            << kType
            << QByteArray(start
                   + "Content-Disposition: form-data; name=a\r\nContent-Transfer-Encoding: "
                     "base64\r\n\r\ndg==\r\n"
                   + closing());
    }

    void refusals()
    {
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        const MultipartForm form(contentType, body);
        QVERIFY(!form.isValid());
        QVERIFY(!form.error().isEmpty());
        QVERIFY(form.parts().isEmpty());
    }

    // Each body is 5 MB meant to make a reader rescan what it already read; each must come
    // back, refused or read, after a pass or two over it.
    void hostileBodies()
    {
        constexpr qsizetype kSize = 5 * 1000 * 1000;
        const auto repeated = [](const QByteArray& unit) {
            QByteArray bytes;
            bytes.reserve(kSize + unit.size());
            while (bytes.size() < kSize)
                bytes += unit;
            return bytes;
        };
        const QByteArray head
            = "--" + kBoundary + "\r\nContent-Disposition: form-data; name=a\r\n\r\n";
        const QByteArray nearMiss = "\r\n--" + kBoundary.left(kBoundary.size() - 1);
        const QList<QByteArray> refused = {
            // Boundary after boundary with no headers between them.
            repeated("--" + kBoundary + "\r\n"),
            // A body that never closes, its data one near miss after another.
            head + repeated(nearMiss),
            // Lines that look like the boundary but are not.
            repeated("\r\n--" + kBoundary + "x"),
            // Header lines without end.
            "--" + kBoundary + "\r\n" + repeated("X-A: b\r\n"),
            // No boundary anywhere: only dashes and line ends.
            repeated("\r\n-"),
            // Parts up to the cap, and more.
            repeated(field("a", "1")) + closing(),
        };
        for (const QByteArray& body : refused) {
            const MultipartForm form(kType, body);
            QVERIFY(!form.isValid());
        }
        // The sender picks the boundary too: one letter repeated, in a body of that letter and
        // of near misses of it.
        const QByteArray letters(70, 'a');
        const QByteArray lettersType = "multipart/form-data; boundary=" + letters;
        const QByteArray lettersHead
            = "--" + letters + "\r\nContent-Disposition: form-data; name=a\r\n\r\n";
        for (const QByteArray& body : { lettersHead + repeated("a"),
                 lettersHead + repeated("\r\n--" + letters.left(69) + "b") }) {
            const MultipartForm form(lettersType, body);
            QVERIFY(!form.isValid());
        }
        // The same near misses inside a file that does close: read, and whole.
        const QByteArray data = repeated(nearMiss);
        const MultipartForm form(kType, head + data + "\r\n" + closing());
        QVERIFY2(form.isValid(), qPrintable(form.error()));
        QCOMPARE(form.parts().size(), 1);
        QCOMPARE(form.parts()[0].data.size(), data.size());
        QVERIFY(form.parts()[0].data == data);
    }
};

QTEST_GUILESS_MAIN(MultipartFormTest)
#include "multipart_form_test.moc"
