#pragma once

#include "core/Result.h"
#include "map/FeedRequest.h"

#include <QCoreApplication>
#include <QList>

namespace Open311 {

// Reads the feeds cities publish of their existing requests: KML placemarks (San Francisco's
// ExtendedData included), GeoJSON point features, and CSV with latitude and longitude columns.
// Rows with bad coordinates are skipped and counted; a hostile document (a DTD, a size past the
// cap) is refused whole.
class FeedParser
{
    Q_DECLARE_TR_FUNCTIONS(Open311::FeedParser)

public:
    enum class Format
    {
        Unknown,
        Kml,
        GeoJson,
        Csv
    };

    struct Parsed
    {
        QList<FeedRequest> requests;
        int skipped = 0; // rows without usable coordinates
    };

    static constexpr qint64 kMaxBytes = 64ll * 1024 * 1024;

    static Format guessFormat(const QByteArray& head, const QString& name);
    static Result<Parsed> parse(const QByteArray& data, Format format);

private:
    static Result<Parsed> parseKml(const QByteArray& data);
    static Result<Parsed> parseGeoJson(const QByteArray& data);
    static Result<Parsed> parseCsv(const QByteArray& data);
};

} // namespace Open311
