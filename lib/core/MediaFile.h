#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Open311 {

// A file that goes with a report through GeoReport v2's multipart `media` extension (Helsinki,
// Bloomington): a photo, already made ready to upload.
struct MediaFile
{
    QString fileName;
    QByteArray contentType; // "image/jpeg"
    QByteArray data;

    bool operator==(const MediaFile& other) const
    {
        return fileName == other.fileName && contentType == other.contentType && data == other.data;
    }
    bool operator!=(const MediaFile& other) const { return !(*this == other); }
};

using MediaFiles = QList<MediaFile>;

} // namespace Open311
