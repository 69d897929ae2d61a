#include "map/FeedParser.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <cmath>

namespace Open311 {

namespace {

bool validCoordinate(double lat, double lon)
{
    return std::isfinite(lat) && std::isfinite(lon) && std::abs(lat) <= 90 && std::abs(lon) <= 180
        && !(lat == 0 && lon == 0);
}

// Field names differ from city to city; these are the common ones.
QString pick(const QHash<QString, QString>& fields, std::initializer_list<const char*> names)
{
    for (const char* name : names) {
        const QString value = fields.value(QLatin1String(name)).trimmed();
        if (!value.isEmpty())
            return value;
    }
    return QString();
}

void fillFrom(FeedRequest& r, const QHash<QString, QString>& f)
{
    if (r.id.isEmpty())
        r.id = pick(f,
            { "service_request_id", "request_id", "id", "case_id", "caseid", "servicerequestid" });
    if (r.serviceName.isEmpty())
        r.serviceName = pick(f,
            { "service_name", "service", "category", "request_type", "type",
                "servicecodedescription" });
    if (r.status.isEmpty())
        r.status = pick(f, { "status", "status_description", "serviceorderstatus" });
    if (r.address.isEmpty())
        r.address = pick(f, { "address", "address_string", "location", "streetaddress" });
    if (r.description.isEmpty())
        r.description = pick(f, { "description", "details", "status_notes" });
    if (!r.requested.isValid()) {
        const QString when
            = pick(f, { "requested_datetime", "opened", "created", "date", "serviceorderdate" });
        r.requested = QDateTime::fromString(when, Qt::ISODate);
        if (!r.requested.isValid())
            r.requested = QDateTime::fromString(when, Qt::RFC2822Date);
    }
}

QList<QString> splitCsvLine(const QByteArray& data, qsizetype& pos)
{
    QList<QString> fields;
    QByteArray field;
    bool quoted = false;
    const qsizetype n = data.size();
    while (pos < n) {
        const char c = data[pos++];
        if (quoted) {
            if (c == '"' && pos < n && data[pos] == '"') {
                field += '"';
                ++pos;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            fields << QString::fromUtf8(field);
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    fields << QString::fromUtf8(field);
    return fields;
}

} // namespace

FeedParser::Format FeedParser::guessFormat(const QByteArray& head, const QString& name)
{
    const QString lower = name.toLower();
    if (lower.endsWith(QLatin1String(".kml")))
        return Format::Kml;
    if (lower.endsWith(QLatin1String(".geojson")) || lower.endsWith(QLatin1String(".json")))
        return Format::GeoJson;
    if (lower.endsWith(QLatin1String(".csv")))
        return Format::Csv;
    const QByteArray start = head.left(512).trimmed();
    if (start.startsWith('{'))
        return Format::GeoJson;
    if (start.startsWith('<'))
        return Format::Kml;
    return start.isEmpty() ? Format::Unknown : Format::Csv;
}

Result<FeedParser::Parsed> FeedParser::parse(const QByteArray& data, Format format)
{
    if (data.size() > kMaxBytes)
        return Error::protocol(tr("The feed is larger than 64 MB and was not read."));
    switch (format) {
    case Format::Kml:
        return parseKml(data);
    case Format::GeoJson:
        return parseGeoJson(data);
    case Format::Csv:
        return parseCsv(data);
    case Format::Unknown:
        break;
    }
    return Error::protocol(tr("The feed is neither KML, GeoJSON nor CSV."));
}

Result<FeedParser::Parsed> FeedParser::parseKml(const QByteArray& data)
{
    Parsed parsed;
    QXmlStreamReader xml(data);
    FeedRequest current;
    QHash<QString, QString> fields;
    bool inPlacemark = false;
    bool hasPoint = false;
    QString dataName;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return Error::protocol(
                tr("The feed declares a document type (DTD); it was refused for safety."));
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (name == u"Placemark") {
                inPlacemark = true;
                hasPoint = false;
                current = FeedRequest();
                fields.clear();
            } else if (!inPlacemark) {
                continue;
            } else if (name == u"name") {
                fields.insert(QStringLiteral("id"), xml.readElementText().trimmed());
            } else if (name == u"description") {
                fields.insert(QStringLiteral("description"),
                    xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed());
            } else if (name == u"Data") {
                dataName = xml.attributes().value(QLatin1String("name")).toString().toLower();
            } else if (name == u"value" && !dataName.isEmpty()) {
                fields.insert(dataName, xml.readElementText().trimmed());
            } else if (name == u"SimpleData") {
                fields.insert(xml.attributes().value(QLatin1String("name")).toString().toLower(),
                    xml.readElementText().trimmed());
            } else if (name == u"coordinates") {
                const QStringList parts = xml.readElementText().trimmed().split(QLatin1Char(','));
                bool lonOk = false;
                bool latOk = false;
                current.longitude = parts.value(0).trimmed().toDouble(&lonOk);
                current.latitude = parts.value(1).trimmed().toDouble(&latOk);
                hasPoint = lonOk && latOk && validCoordinate(current.latitude, current.longitude);
            }
        } else if (token == QXmlStreamReader::EndElement && xml.name() == u"Placemark") {
            inPlacemark = false;
            // ExtendedData names the request better than the placemark's display name.
            QHash<QString, QString> preferred = fields;
            preferred.remove(QStringLiteral("id"));
            fillFrom(current, preferred);
            fillFrom(current, fields);
            if (hasPoint)
                parsed.requests.append(current);
            else
                ++parsed.skipped;
        }
    }
    if (xml.hasError())
        return Error::protocol(tr("The KML feed is not well-formed: %1 (line %2).")
                                   .arg(xml.errorString())
                                   .arg(xml.lineNumber()));
    return parsed;
}

Result<FeedParser::Parsed> FeedParser::parseGeoJson(const QByteArray& data)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
    if (error.error != QJsonParseError::NoError)
        return Error::protocol(
            tr("The GeoJSON feed is not valid JSON: %1.").arg(error.errorString()));
    const QJsonObject root = doc.object();
    const QJsonArray features
        = root.value(QStringLiteral("type")).toString() == QLatin1String("FeatureCollection")
        ? root.value(QStringLiteral("features")).toArray()
        : QJsonArray { root };
    Parsed parsed;
    for (const QJsonValue& value : features) {
        const QJsonObject feature = value.toObject();
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QJsonArray point = geometry.value(QStringLiteral("coordinates")).toArray();
        FeedRequest r;
        r.longitude = point.at(0).toDouble(std::nan(""));
        r.latitude = point.at(1).toDouble(std::nan(""));
        if (geometry.value(QStringLiteral("type")).toString() != QLatin1String("Point")
            || !validCoordinate(r.latitude, r.longitude)) {
            ++parsed.skipped;
            continue;
        }
        QHash<QString, QString> fields;
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            fields.insert(it.key().toLower(), it.value().toVariant().toString());
        if (feature.contains(QStringLiteral("id")))
            fields.insert(
                QStringLiteral("id"), feature.value(QStringLiteral("id")).toVariant().toString());
        fillFrom(r, fields);
        parsed.requests.append(r);
    }
    return parsed;
}

Result<FeedParser::Parsed> FeedParser::parseCsv(const QByteArray& data)
{
    qsizetype pos = data.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    QList<QString> header = splitCsvLine(data, pos);
    for (QString& name : header)
        name = name.trimmed().toLower();
    auto column = [&header](std::initializer_list<const char*> names) {
        for (const char* name : names) {
            const qsizetype index = header.indexOf(QLatin1String(name));
            if (index >= 0)
                return index;
        }
        return qsizetype(-1);
    };
    const qsizetype latColumn = column({ "lat", "latitude", "y" });
    const qsizetype lonColumn = column({ "lon", "lng", "long", "longitude", "x" });
    if (latColumn < 0 || lonColumn < 0)
        return Error::protocol(tr("The CSV feed has no latitude and longitude columns."));
    Parsed parsed;
    while (pos < data.size()) {
        const QList<QString> row = splitCsvLine(data, pos);
        if (row.size() == 1 && row.first().trimmed().isEmpty())
            continue;
        bool latOk = false;
        bool lonOk = false;
        FeedRequest r;
        r.latitude = row.value(latColumn).trimmed().toDouble(&latOk);
        r.longitude = row.value(lonColumn).trimmed().toDouble(&lonOk);
        if (!latOk || !lonOk || !validCoordinate(r.latitude, r.longitude)) {
            ++parsed.skipped;
            continue;
        }
        QHash<QString, QString> fields;
        for (qsizetype i = 0; i < header.size() && i < row.size(); ++i)
            fields.insert(header[i], row[i]);
        fillFrom(r, fields);
        parsed.requests.append(r);
    }
    return parsed;
}

} // namespace Open311
