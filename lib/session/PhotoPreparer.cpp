#include "session/PhotoPreparer.h"

#include <QBuffer>
#include <QColorSpace>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QLocale>
#include <QtConcurrent>

#include <libexif/exif-data.h>
#include <libexif/exif-format.h>
#include <libexif/exif-utils.h>

#include <memory>

namespace Open311 {

namespace {

using ExifPointer = std::unique_ptr<ExifData, decltype(&exif_data_unref)>;

ExifPointer loadExif(const QByteArray& bytes)
{
    // libexif takes an unsigned int; EXIF sits at the start, so the cap loses nothing.
    const auto size
        = static_cast<unsigned int>(qMin<qint64>(bytes.size(), PhotoPreparer::kMaxFileBytes));
    return ExifPointer(
        exif_data_new_from_data(reinterpret_cast<const unsigned char*>(bytes.constData()), size),
        &exif_data_unref);
}

// Degrees, minutes and seconds, each a rational.
std::optional<double> degrees(const ExifEntry* entry, ExifByteOrder order)
{
    const unsigned int rationalSize = exif_format_get_size(EXIF_FORMAT_RATIONAL);
    if (!entry || !entry->data || entry->format != EXIF_FORMAT_RATIONAL || entry->components < 1
        || entry->components > 3 || entry->size < entry->components * rationalSize)
        return std::nullopt;
    double value = 0;
    double unit = 1;
    for (unsigned long i = 0; i < entry->components; ++i, unit *= 60) {
        const ExifRational part = exif_get_rational(entry->data + i * rationalSize, order);
        if (part.denominator == 0)
            return std::nullopt;
        value += double(part.numerator) / part.denominator / unit;
    }
    return value;
}

char hemisphere(const ExifEntry* entry)
{
    if (!entry || !entry->data || entry->format != EXIF_FORMAT_ASCII || entry->size < 1)
        return 0;
    return static_cast<char>(entry->data[0]);
}

// Qt's decoder fills a cut-off JPEG with grey and reports success, so the segments are followed
// to the end-of-image marker. Data after it (a motion photo's video) is allowed.
bool isCompleteJpeg(const QByteArray& bytes)
{
    const auto* d = reinterpret_cast<const uchar*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 2;
    while (i + 1 < n) {
        if (d[i] != 0xFF)
            return false;
        const uchar marker = d[i + 1];
        if (marker == 0xD9)
            return true;
        if (marker == 0xFF || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
            i += marker == 0xFF ? 1 : 2;
            continue;
        }
        if (i + 3 >= n)
            return false;
        const int length = (d[i + 2] << 8) | d[i + 3];
        if (length < 2)
            return false;
        i += 2 + length;
        if (marker != 0xDA)
            continue;
        // The scan's data ends at the first marker that is neither a stuffed 0xFF nor a restart.
        while (i + 1 < n
            && !(d[i] == 0xFF && d[i + 1] != 0x00 && (d[i + 1] < 0xD0 || d[i + 1] > 0xD7)))
            ++i;
    }
    return false;
}

// Only ever shrinks, and keeps at least a pixel on each side of a panorama.
QSize fitted(const QSize& size, int side)
{
    if (size.width() <= side && size.height() <= side)
        return size;
    return size.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
}

// JPEG has no alpha: transparent parts become white, as on a web page, rather than black.
QImage flattened(const QImage& image)
{
    if (!image.hasAlphaChannel())
        return image.format() == QImage::Format_Grayscale8
            ? image
            : image.convertToFormat(QImage::Format_RGB32);
    QImage flat = image.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < flat.height(); ++y) {
        auto* line = reinterpret_cast<QRgb*>(flat.scanLine(y));
        for (int x = 0; x < flat.width(); ++x) {
            const int clear = 255 - qAlpha(line[x]);
            line[x] = qRgb(qRed(line[x]) + clear, qGreen(line[x]) + clear, qBlue(line[x]) + clear);
        }
    }
    flat.reinterpretAsFormat(QImage::Format_RGB32);
    return flat;
}

Error unusable(const QString& message)
{
    return Error::validation(Error::Field::None, message);
}

Error tooLarge(const QString& fileName, qint64 bytes)
{
    const QLocale locale;
    return unusable(
        PhotoPreparer::tr("%1 is %2, larger than the %3 a photo may have.")
            .arg(fileName, locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat),
                locale.formattedDataSize(
                    PhotoPreparer::kMaxFileBytes, 1, QLocale::DataSizeTraditionalFormat)));
}

} // namespace

Result<PreparedPhoto> PhotoPreparer::prepare(const QByteArray& bytes, const QString& fileName)
{
    if (bytes.size() > kMaxFileBytes)
        return tooLarge(fileName, bytes.size());
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    // Applied while the EXIF is still there to say which way is up.
    reader.setAutoTransform(true);
    if (!reader.canRead())
        return unusable(
            tr("%1 is not a photo this app can read (%2).").arg(fileName, reader.errorString()));
    if (reader.format() == "jpeg" && !isCompleteJpeg(bytes))
        return unusable(tr("%1 is cut off before its end; it may not have been copied completely.")
                            .arg(fileName));
    const QSize stored = reader.size();
    const qint64 pixels = qint64(stored.width()) * stored.height();
    if (stored.isValid() && pixels > kMaxPixels) {
        const QLocale locale;
        return unusable(tr("%1 has %2 million pixels; a photo may have at most %3 million.")
                            .arg(fileName, locale.toString((pixels + 999'999) / 1'000'000),
                                locale.toString(kMaxPixels / 1'000'000)));
    }
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    // The JPEG decoder then scales while decoding, and never holds the full-size pixels.
    if (stored.isValid() && fitted(stored, kMaxLongSide) != stored)
        reader.setScaledSize(fitted(stored, kMaxLongSide));
    QImage image = reader.read();
    if (image.isNull())
        return unusable(
            tr("%1 is not a photo this app can read (%2).").arg(fileName, reader.errorString()));
    QSize original = stored.isValid() ? stored : image.size();
    if (stored.isValid() && turned)
        original.transpose();
    if (image.width() > kMaxLongSide || image.height() > kMaxLongSide)
        image = image.scaled(
            fitted(image.size(), kMaxLongSide), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QImage flat = flattened(image);
    // The profile does not survive the bare copy below, and a JPEG without one is read as sRGB.
    if (flat.colorSpace().isValid() && flat.colorSpace() != QColorSpace(QColorSpace::SRgb))
        flat.convertToColorSpace(QColorSpace::SRgb);
    // Pixels without the image's text, which Qt's JPEG writer would keep as comment markers.
    const QImage bare(
        flat.constBits(), flat.width(), flat.height(), flat.bytesPerLine(), flat.format());

    QByteArray jpeg;
    QBuffer out(&jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(kJpegQuality);
    if (!writer.write(bare))
        return unusable(
            tr("%1 could not be made ready to send (%2).").arg(fileName, writer.errorString()));

    PreparedPhoto photo;
    photo.fileName = fileName;
    photo.jpeg = jpeg;
    photo.thumbnail = flat.scaled(
        fitted(flat.size(), kThumbnailSide), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    photo.originalSize = original;
    photo.sentSize = flat.size();
    photo.location = exifLocation(bytes);
    return photo;
}

Result<PreparedPhoto> PhotoPreparer::prepareFile(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unusable(tr("%1 could not be opened (%2).").arg(fileName, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return tooLarge(fileName, file.size());
    // One byte over the limit, in case the file grows while it is read.
    const QByteArray bytes = file.read(kMaxFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unusable(tr("%1 could not be read (%2).").arg(fileName, file.errorString()));
    return prepare(bytes, fileName);
}

std::optional<QGeoCoordinate> PhotoPreparer::exifLocation(const QByteArray& jpegBytes)
{
    const ExifPointer data = loadExif(jpegBytes);
    if (!data)
        return std::nullopt;
    // The GPS tags share their numbers with the interoperability tags, so only the GPS IFD is
    // asked.
    ExifContent* gps = data->ifd[EXIF_IFD_GPS];
    const auto entry
        = [gps](int tag) { return exif_content_get_entry(gps, static_cast<ExifTag>(tag)); };
    const ExifByteOrder order = exif_data_get_byte_order(data.get());
    const std::optional<double> latitude = degrees(entry(EXIF_TAG_GPS_LATITUDE), order);
    const std::optional<double> longitude = degrees(entry(EXIF_TAG_GPS_LONGITUDE), order);
    const char north = hemisphere(entry(EXIF_TAG_GPS_LATITUDE_REF));
    const char east = hemisphere(entry(EXIF_TAG_GPS_LONGITUDE_REF));
    // Without its hemisphere a position could be on the other side of the world.
    if (!latitude || !longitude || (north != 'N' && north != 'S') || (east != 'E' && east != 'W'))
        return std::nullopt;
    const QGeoCoordinate where(
        north == 'S' ? -*latitude : *latitude, east == 'W' ? -*longitude : *longitude);
    // Cameras without a fix write zeros.
    if (!where.isValid() || (*latitude == 0 && *longitude == 0))
        return std::nullopt;
    return where;
}

bool PhotoPreparer::hasExif(const QByteArray& bytes)
{
    const ExifPointer data = loadExif(bytes);
    if (!data)
        return false;
    for (const ExifContent* content : data->ifd) {
        if (content && content->count > 0)
            return true;
    }
    return data->size > 0;
}

QFuture<Result<PreparedPhoto>> PhotoPreparer::prepareLater(const QString& path)
{
    return QtConcurrent::run(&PhotoPreparer::prepareFile, path);
}

} // namespace Open311
