#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>

#include <libexif/exif-data.h>
#include <libexif/exif-utils.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <cstring>

// Photos as a phone writes them, EXIF block and all, for the tests of what is done with it.
// Needs libexif: link PkgConfig::EXIF.
namespace Open311::Testing {

using Dms = std::array<ExifRational, 3>;

// What a phone's GPS writes; a null reference leaves that entry out.
struct Gps
{
    const char* latitudeRef;
    Dms latitude;
    const char* longitudeRef;
    Dms longitude;
};

// Degrees, minutes and thousandths of seconds.
inline Dms toDms(double degrees)
{
    const double value = std::fabs(degrees);
    const auto whole = static_cast<ExifLong>(value);
    const double minutes = (value - whole) * 60;
    const auto wholeMinutes = static_cast<ExifLong>(minutes);
    const auto milliseconds = static_cast<ExifLong>(std::lround((minutes - wholeMinutes) * 60000));
    return { { { whole, 1 }, { wholeMinutes, 1 }, { milliseconds, 1000 } } };
}

inline Gps gpsAt(double latitude, double longitude)
{
    return { latitude < 0 ? "S" : "N", toDms(latitude), longitude < 0 ? "W" : "E",
        toDms(longitude) };
}

inline QByteArray encodedImage(const QImage& image, const char* format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

inline ExifEntry* addExifEntry(
    ExifData* exif, ExifIfd ifd, int tag, ExifFormat format, unsigned long components)
{
    ExifMem* mem = exif_mem_new_default();
    ExifEntry* entry = exif_entry_new_mem(mem);
    entry->tag = static_cast<ExifTag>(tag);
    entry->format = format;
    entry->components = components;
    entry->size = exif_format_get_size(format) * components;
    entry->data = static_cast<unsigned char*>(exif_mem_alloc(mem, entry->size));
    exif_content_add_entry(exif->ifd[ifd], entry);
    // The IFD holds its own reference.
    exif_entry_unref(entry);
    exif_mem_unref(mem);
    return entry;
}

inline void addExifText(ExifData* exif, ExifIfd ifd, int tag, const char* text)
{
    const size_t length = std::strlen(text) + 1;
    ExifEntry* entry = addExifEntry(exif, ifd, tag, EXIF_FORMAT_ASCII, length);
    std::memcpy(entry->data, text, length);
}

inline void addExifDms(ExifData* exif, int tag, const Dms& value)
{
    ExifEntry* entry = addExifEntry(exif, EXIF_IFD_GPS, tag, EXIF_FORMAT_RATIONAL, value.size());
    const ExifByteOrder order = exif_data_get_byte_order(exif);
    for (size_t i = 0; i < value.size(); ++i)
        exif_set_rational(
            entry->data + i * exif_format_get_size(EXIF_FORMAT_RATIONAL), order, value[i]);
}

// The JPEG with the EXIF block a phone writes: its make ("TestCam") and model ("Pocket 311"),
// which way is up and, when given, where it was.
inline QByteArray withExif(const QByteArray& jpeg, int orientation, const Gps* gps,
    ExifByteOrder order = EXIF_BYTE_ORDER_INTEL)
{
    ExifData* exif = exif_data_new();
    exif_data_set_byte_order(exif, order);
    addExifText(exif, EXIF_IFD_0, EXIF_TAG_MAKE, "TestCam");
    addExifText(exif, EXIF_IFD_0, EXIF_TAG_MODEL, "Pocket 311");
    ExifEntry* up = addExifEntry(exif, EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 1);
    exif_set_short(up->data, order, static_cast<ExifShort>(orientation));
    if (gps) {
        if (gps->latitudeRef)
            addExifText(exif, EXIF_IFD_GPS, EXIF_TAG_GPS_LATITUDE_REF, gps->latitudeRef);
        addExifDms(exif, EXIF_TAG_GPS_LATITUDE, gps->latitude);
        if (gps->longitudeRef)
            addExifText(exif, EXIF_IFD_GPS, EXIF_TAG_GPS_LONGITUDE_REF, gps->longitudeRef);
        addExifDms(exif, EXIF_TAG_GPS_LONGITUDE, gps->longitude);
    }
    unsigned char* saved = nullptr;
    unsigned int size = 0;
    exif_data_save_data(exif, &saved, &size);
    QByteArray block(reinterpret_cast<const char*>(saved), static_cast<qsizetype>(size));
    std::free(saved);
    exif_data_unref(exif);

    // libexif's block begins with the "Exif\0\0" header APP1 needs; should one not, add it.
    const QByteArray header("Exif\0\0", 6);
    if (!block.startsWith(header))
        block.prepend(header);
    const qsizetype length = block.size() + 2;
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char(length >> 8)).append(char(length & 0xFF)).append(block);
    return jpeg.left(2) + app1 + jpeg.mid(2);
}

} // namespace Open311::Testing
