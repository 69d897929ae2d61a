#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QGeoCoordinate>
#include <QImage>
#include <QSize>
#include <QString>

#include <optional>

namespace Open311 {

// A photo as it is sent with a report.
struct PreparedPhoto
{
    QString fileName;
    // Carries no EXIF, so neither the position nor the camera nor the time leaves with it.
    QByteArray jpeg;
    QImage thumbnail;
    // Upright, as the person saw it: the EXIF orientation applied.
    QSize originalSize;
    QSize sentSize;
    // The camera's position, for the form to offer as the report's location.
    std::optional<QGeoCoordinate> location;
};

// Makes the photo a person attaches small enough to upload, upright and without its EXIF.
class PhotoPreparer
{
    Q_DECLARE_TR_FUNCTIONS(Open311::PhotoPreparer)

public:
    static constexpr int kMaxLongSide = 2048;
    // Refused before decoding.
    static constexpr qint64 kMaxFileBytes = 30 * 1024 * 1024;
    // Refused before decoding, so that a small file cannot claim gigabytes of pixels.
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kThumbnailSide = 160;
    static constexpr int kJpegQuality = 85;

    // Synchronous and thread-safe, for QtConcurrent::run and tests. fileName names the photo in
    // the result and in error messages.
    static Result<PreparedPhoto> prepare(const QByteArray& bytes, const QString& fileName);
    static Result<PreparedPhoto> prepareFile(const QString& path);
    // The GPS position in the EXIF data; nullopt when there is none or it is malformed.
    static std::optional<QGeoCoordinate> exifLocation(const QByteArray& jpegBytes);
    // Whether the bytes carry any EXIF at all: what the form promises is not sent.
    static bool hasExif(const QByteArray& bytes);
    // prepareFile() on the global thread pool.
    static QFuture<Result<PreparedPhoto>> prepareLater(const QString& path);
};

} // namespace Open311
