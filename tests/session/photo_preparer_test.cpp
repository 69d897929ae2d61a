#include "ExifJpeg.h"
#include "session/PhotoPreparer.h"

#include <QBuffer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <cstring>
#include <iterator>

using namespace Open311;
using namespace Open311::Testing;

namespace {

// 52°31'12.0" and 13°24'36.0": 52.52 and 13.41 degrees.
const Dms kLatitude { { { 52, 1 }, { 31, 1 }, { 120, 10 } } };
const Dms kLongitude { { { 13, 1 }, { 24, 1 }, { 360, 10 } } };

const QRgb kRed = qRgb(220, 30, 30);
const QRgb kBlue = qRgb(30, 30, 220);

// Red on the left and blue on the right, so that a turn shows.
QImage halves(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(kBlue);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        std::fill(line, line + width / 2, kRed);
    }
    return image;
}

// Noise does not compress, so most of its JPEG is the scan, where a cut is hardest to notice.
QImage noise(int width, int height)
{
    QRandomGenerator random(311);
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = random.generate() | 0xFF000000;
    }
    return image;
}

bool near(QRgb actual, QRgb expected, int tolerance = 16)
{
    return qAbs(qRed(actual) - qRed(expected)) <= tolerance
        && qAbs(qGreen(actual) - qGreen(expected)) <= tolerance
        && qAbs(qBlue(actual) - qBlue(expected)) <= tolerance;
}

QByteArray writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return bytes;
}

} // namespace

// The photo attached to a report: made small, upright and free of EXIF, off the GUI thread.
class PhotoPreparerTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void largePhotoIsScaledDown()
    {
        const Result<PreparedPhoto> result = PhotoPreparer::prepare(
            encodedImage(halves(4000, 3000), "JPEG"), QStringLiteral("big.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const PreparedPhoto& photo = result.value();
        QCOMPARE(photo.fileName, QStringLiteral("big.jpg"));
        QCOMPARE(photo.originalSize, QSize(4000, 3000));
        QCOMPARE(photo.sentSize, QSize(2048, 1536));

        QVERIFY(photo.jpeg.startsWith(QByteArray("\xFF\xD8", 2)));
        const QImage sent = QImage::fromData(photo.jpeg, "JPEG");
        QCOMPARE(sent.size(), QSize(2048, 1536));
        QVERIFY(near(sent.pixel(200, 768), kRed));
        QVERIFY(near(sent.pixel(1848, 768), kBlue));

        QCOMPARE(photo.thumbnail.size(), QSize(160, 120));
        QVERIFY(near(photo.thumbnail.pixel(20, 60), kRed));
    }

    void smallPhotoKeepsItsSize()
    {
        const Result<PreparedPhoto> result = PhotoPreparer::prepare(
            encodedImage(halves(800, 600), "JPEG"), QStringLiteral("small.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().originalSize, QSize(800, 600));
        QCOMPARE(result.value().sentSize, QSize(800, 600));
        QCOMPARE(QImage::fromData(result.value().jpeg, "JPEG").size(), QSize(800, 600));
        QCOMPARE(result.value().thumbnail.size(), QSize(160, 120));
        QVERIFY(!result.value().location.has_value());
    }

    void tinyPhotoThumbnailIsNotEnlarged()
    {
        const Result<PreparedPhoto> result = PhotoPreparer::prepare(
            encodedImage(halves(40, 30), "PNG"), QStringLiteral("tiny.png"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().sentSize, QSize(40, 30));
        QCOMPARE(result.value().thumbnail.size(), QSize(40, 30));
    }

    // A motion photo carries its video after the image's end marker.
    void dataAfterTheImageIsAllowed()
    {
        const QByteArray jpeg = encodedImage(halves(320, 240), "JPEG") + QByteArray(4096, 'v');
        const Result<PreparedPhoto> result
            = PhotoPreparer::prepare(jpeg, QStringLiteral("motion.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().sentSize, QSize(320, 240));
    }

    void locationComesFromExifAndIsNotSent_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        QTest::addColumn<double>("latitude");
        QTest::addColumn<double>("longitude");
        const QByteArray plain = encodedImage(halves(640, 480), "JPEG");
        const Gps northEast { "N", kLatitude, "E", kLongitude };
        const Gps southWest { "S", kLatitude, "W", kLongitude };
        QTest::newRow("north east, Intel order")
            << withExif(plain, 1, &northEast, EXIF_BYTE_ORDER_INTEL) << 52.52 << 13.41;
        QTest::newRow("south west, Motorola order")
            << withExif(plain, 1, &southWest, EXIF_BYTE_ORDER_MOTOROLA) << -52.52 << -13.41;
    }

    void locationComesFromExifAndIsNotSent()
    {
        QFETCH(QByteArray, jpeg);
        QFETCH(double, latitude);
        QFETCH(double, longitude);
        QVERIFY(PhotoPreparer::hasExif(jpeg));
        const std::optional<QGeoCoordinate> read = PhotoPreparer::exifLocation(jpeg);
        QVERIFY(read.has_value());
        QVERIFY2(qAbs(read->latitude() - latitude) < 1e-6, qPrintable(read->toString()));
        QVERIFY2(qAbs(read->longitude() - longitude) < 1e-6, qPrintable(read->toString()));

        const Result<PreparedPhoto> result
            = PhotoPreparer::prepare(jpeg, QStringLiteral("located.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const PreparedPhoto& photo = result.value();
        QVERIFY(photo.location.has_value());
        QVERIFY(qAbs(photo.location->latitude() - latitude) < 1e-6);
        QVERIFY(qAbs(photo.location->longitude() - longitude) < 1e-6);

        QVERIFY(!PhotoPreparer::hasExif(photo.jpeg));
        QVERIFY(!PhotoPreparer::exifLocation(photo.jpeg).has_value());
        QVERIFY(!photo.jpeg.contains("TestCam"));
        QVERIFY(!photo.jpeg.contains("Pocket 311"));
    }

    void plainJpegHasNoExif()
    {
        const QByteArray plain = encodedImage(halves(64, 64), "JPEG");
        QVERIFY(!PhotoPreparer::hasExif(plain));
        QVERIFY(!PhotoPreparer::exifLocation(plain).has_value());
        QVERIFY(!PhotoPreparer::hasExif(QByteArray()));
        QVERIFY(PhotoPreparer::hasExif(withExif(plain, 1, nullptr)));
        QVERIFY(!PhotoPreparer::exifLocation(withExif(plain, 1, nullptr)).has_value());
    }

    void malformedLocationIsIgnored_data()
    {
        QTest::addColumn<QByteArray>("jpeg");
        const QByteArray plain = encodedImage(halves(64, 64), "JPEG");
        const Dms zeroDenominator { { { 52, 1 }, { 31, 0 }, { 12, 1 } } };
        const Dms ninetyFive { { { 95, 1 }, { 0, 1 }, { 0, 1 } } };
        const Dms oneEightyOne { { { 181, 1 }, { 0, 1 }, { 0, 1 } } };
        const Dms zero { { { 0, 1 }, { 0, 1 }, { 0, 1 } } };
        const Gps rows[] = {
            { "N", zeroDenominator, "E", kLongitude },
            { "N", ninetyFive, "E", kLongitude },
            { "N", kLatitude, "W", oneEightyOne },
            { nullptr, kLatitude, "E", kLongitude },
            { "N", kLatitude, nullptr, kLongitude },
            { "X", kLatitude, "E", kLongitude },
            { "N", zero, "E", zero },
        };
        const char* names[]
            = { "zero denominator", "latitude 95", "longitude 181", "no latitude hemisphere",
                  "no longitude hemisphere", "hemisphere X", "zeros of a camera without a fix" };
        for (size_t i = 0; i < std::size(rows); ++i)
            QTest::newRow(names[i]) << withExif(plain, 1, &rows[i]);
    }

    void malformedLocationIsIgnored()
    {
        QFETCH(QByteArray, jpeg);
        QVERIFY(PhotoPreparer::hasExif(jpeg));
        QVERIFY(!PhotoPreparer::exifLocation(jpeg).has_value());
        const Result<PreparedPhoto> result
            = PhotoPreparer::prepare(jpeg, QStringLiteral("odd.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QVERIFY(!result.value().location.has_value());
    }

    void orientationIsApplied_data()
    {
        QTest::addColumn<QSize>("stored");
        QTest::addColumn<QSize>("original");
        QTest::addColumn<QSize>("sent");
        QTest::newRow("small") << QSize(400, 200) << QSize(200, 400) << QSize(200, 400);
        // Scaled while decoding, before the turn: the limit must apply to the upright photo.
        QTest::newRow("large") << QSize(4000, 2000) << QSize(2000, 4000) << QSize(1024, 2048);
    }

    void orientationIsApplied()
    {
        QFETCH(QSize, stored);
        QFETCH(QSize, original);
        QFETCH(QSize, sent);
        // 6: the camera was turned a quarter clockwise, so the stored left side is the top.
        const QByteArray jpeg
            = withExif(encodedImage(halves(stored.width(), stored.height()), "JPEG"), 6, nullptr);
        const Result<PreparedPhoto> result
            = PhotoPreparer::prepare(jpeg, QStringLiteral("turned.jpg"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().originalSize, original);
        QCOMPARE(result.value().sentSize, sent);
        const QImage upright = QImage::fromData(result.value().jpeg, "JPEG");
        QCOMPARE(upright.size(), sent);
        QVERIFY(near(upright.pixel(sent.width() / 2, sent.height() / 4), kRed));
        QVERIFY(near(upright.pixel(sent.width() / 2, sent.height() * 3 / 4), kBlue));
        QVERIFY(!PhotoPreparer::hasExif(result.value().jpeg));
    }

    void unusableBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fileName");
        const QByteArray whole = encodedImage(noise(640, 480), "JPEG");
        QTest::newRow("jpeg cut in half")
            << whole.left(whole.size() / 2) << QStringLiteral("half.jpg");
        QByteArray random(4096, Qt::Uninitialized);
        QRandomGenerator generator(2024);
        for (char& byte : random)
            byte = char(generator.bounded(256));
        QTest::newRow("random bytes") << random << QStringLiteral("random.jpg");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("empty.jpg");
        QTest::newRow("text") << QByteArray("A pothole on Main Street, next to the bakery.\n")
                              << QStringLiteral("notes.txt");
    }

    void unusableBytesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fileName);
        const Result<PreparedPhoto> result = PhotoPreparer::prepare(bytes, fileName);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Validation);
        QVERIFY2(result.error().message().contains(fileName), qPrintable(result.error().message()));

        const QString path = m_dir.filePath(fileName);
        writeFile(path, bytes);
        const Result<PreparedPhoto> fromFile = PhotoPreparer::prepareFile(path);
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error().message(), result.error().message());
    }

    void fileAtTheLimitIsRead()
    {
        const QString path = m_dir.filePath(QStringLiteral("limit.jpg"));
        writeFile(path, encodedImage(halves(64, 48), "JPEG"));
        QFile file(path);
        QVERIFY(file.resize(PhotoPreparer::kMaxFileBytes));
        const Result<PreparedPhoto> result = PhotoPreparer::prepareFile(path);
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().fileName, QStringLiteral("limit.jpg"));
        QCOMPARE(result.value().sentSize, QSize(64, 48));
    }

    void oversizedFileIsRefused_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("one byte over") << PhotoPreparer::kMaxFileBytes + 1;
        // Sparse: reading it all would take 4 GiB of memory.
        QTest::newRow("4 GiB") << (qint64(1) << 32);
    }

    void oversizedFileIsRefused()
    {
        QFETCH(qint64, size);
        const QString path = m_dir.filePath(QStringLiteral("huge.jpg"));
        writeFile(path, encodedImage(halves(64, 48), "JPEG"));
        QFile file(path);
        // FAT32 and some quota'd folders hold no 4 GiB file; every file system holds 30 MiB.
        const bool made = file.resize(size);
        if (!made && size > PhotoPreparer::kMaxFileBytes + 1)
            QSKIP("This file system cannot hold a sparse file of 4 GiB.");
        QVERIFY(made);
        const Result<PreparedPhoto> result = PhotoPreparer::prepareFile(path);
        QFile::remove(path);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Validation);
        QVERIFY2(result.error().message().contains(QStringLiteral("huge.jpg")),
            qPrintable(result.error().message()));

        const Result<PreparedPhoto> inMemory = PhotoPreparer::prepare(
            QByteArray(PhotoPreparer::kMaxFileBytes + 1, '\0'), QStringLiteral("huge.jpg"));
        QVERIFY(!inMemory.ok());
        QVERIFY(inMemory.error().message().contains(QStringLiteral("huge.jpg")));
    }

    void missingFileIsReported()
    {
        const Result<PreparedPhoto> result
            = PhotoPreparer::prepareFile(m_dir.filePath(QStringLiteral("missing.jpg")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind(), Error::Kind::Validation);
        QVERIFY2(result.error().message().contains(QStringLiteral("missing.jpg")),
            qPrintable(result.error().message()));
    }

    void transparencyBecomesWhite()
    {
        QImage image(300, 100, QImage::Format_ARGB32);
        image.fill(Qt::transparent);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < 100; ++x)
                image.setPixel(x, y, kRed);
            for (int x = 200; x < 300; ++x)
                image.setPixel(x, y, qRgba(0, 0, 0, 128));
        }
        const Result<PreparedPhoto> result
            = PhotoPreparer::prepare(encodedImage(image, "PNG"), QStringLiteral("sticker.png"));
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        const QImage sent = QImage::fromData(result.value().jpeg, "JPEG");
        QCOMPARE(sent.size(), QSize(300, 100));
        QVERIFY(!sent.hasAlphaChannel());
        QVERIFY(near(sent.pixel(50, 50), kRed));
        QVERIFY(near(sent.pixel(150, 50), qRgb(255, 255, 255)));
        QVERIFY(near(sent.pixel(250, 50), qRgb(127, 127, 127)));
        QVERIFY(near(result.value().thumbnail.pixel(80, 25), qRgb(255, 255, 255)));
    }

    void laterGivesTheSameResult()
    {
        const QString path = m_dir.filePath(QStringLiteral("later.jpg"));
        const QByteArray jpeg
            = writeFile(path, withExif(encodedImage(halves(3000, 2000), "JPEG"), 1, nullptr));
        const Result<PreparedPhoto> now = PhotoPreparer::prepare(jpeg, QStringLiteral("later.jpg"));
        QVERIFY2(now.ok(), qPrintable(now.error().message()));

        QFuture<Result<PreparedPhoto>> later = PhotoPreparer::prepareLater(path);
        later.waitForFinished();
        QCOMPARE(later.resultCount(), 1);
        const Result<PreparedPhoto> result = later.result();
        QVERIFY2(result.ok(), qPrintable(result.error().message()));
        QCOMPARE(result.value().fileName, now.value().fileName);
        QCOMPARE(result.value().sentSize, now.value().sentSize);
        QCOMPARE(result.value().originalSize, now.value().originalSize);
        QCOMPARE(result.value().jpeg, now.value().jpeg);
        QCOMPARE(result.value().thumbnail, now.value().thumbnail);

        QFuture<Result<PreparedPhoto>> missing
            = PhotoPreparer::prepareLater(m_dir.filePath(QStringLiteral("gone.jpg")));
        missing.waitForFinished();
        QVERIFY(!missing.result().ok());
        QCOMPARE(missing.result().error().message(),
            PhotoPreparer::prepareFile(m_dir.filePath(QStringLiteral("gone.jpg")))
                .error()
                .message());
    }
};

QTEST_GUILESS_MAIN(PhotoPreparerTest)
#include "photo_preparer_test.moc"
