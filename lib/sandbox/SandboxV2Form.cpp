#include "sandbox/SandboxV2Form.h"

#include "sandbox/SandboxMedia.h"

#include <QDateTime>

#include <cmath>

namespace Open311 {

namespace {

const QString kAttributePrefix = QStringLiteral("attribute[");
const QString kMediaField = QStringLiteral("media");

} // namespace

SandboxV2Form::SandboxV2Form(const HttpRequest& request)
{
    m_parameters.method = request.method;
    m_parameters.headers = request.headers;
    QByteArray type = request.headers.value("content-type");
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon); // "; charset=utf-8": the decoding is UTF-8 anyway
    type = type.trimmed().toLower();
    if (type == "multipart/form-data") {
        if (!readMultipart(request))
            return;
    } else if (type.isEmpty() || type == "application/x-www-form-urlencoded") {
        m_parameters.query = HttpRequest::decodeQuery(request.body);
    } else {
        m_error = tr("The body must be application/x-www-form-urlencoded or "
                     "multipart/form-data, not %1.")
                      .arg(QString::fromLatin1(type));
        return;
    }
    for (const auto& item : std::as_const(m_parameters.query)) {
        if (item.first.startsWith(kAttributePrefix) && !readAttribute(item.first, item.second)) {
            m_error = tr("%1 is not an attribute: write attribute[code] or attribute[code][].")
                          .arg(item.first);
            return;
        }
    }
}

bool SandboxV2Form::readMultipart(const HttpRequest& request)
{
    const MultipartForm body(request.headers.value("content-type"), request.body);
    if (!body.isValid()) {
        m_error = body.error();
        return false;
    }
    for (const MultipartForm::Part& part : body.parts()) {
        // Every `media` part is a photo, file name or not, so that none is dropped unseen; other
        // files are unknown arguments, and ignored like them.
        if (part.name != kMediaField) {
            if (!part.isFile)
                m_parameters.query.append({ part.name, QString::fromUtf8(part.data) });
            continue;
        }
        // A file input left empty, as browsers send it.
        if (part.data.isEmpty() && part.fileName.isEmpty())
            continue;
        const QString label = part.fileName.isEmpty()
            ? tr("Photo %1").arg(QString::number(m_media.size() + 1))
            : tr("Photo %1 (%2)").arg(QString::number(m_media.size() + 1), part.fileName);
        if (m_media.size() == kMaxMedia) {
            m_error = tr("At most %1 photos can be sent with one request.").arg(kMaxMedia);
            return false;
        }
        if (part.data.size() > kMaxMediaBytes) {
            m_error = tr("%1 is larger than 8 MiB.").arg(label);
            return false;
        }
        MultipartForm::Part photo = part;
        photo.contentType = SandboxMedia::sniff(part.data);
        if (photo.contentType.isEmpty()) {
            m_error = tr("%1 is neither a JPEG nor a PNG image.").arg(label);
            return false;
        }
        m_media.append(std::move(photo));
    }
    return true;
}

bool SandboxV2Form::readAttribute(const QString& name, const QString& value)
{
    const qsizetype close = name.indexOf(QLatin1Char(']'), kAttributePrefix.size());
    if (close < 0)
        return false;
    const QString code = name.mid(kAttributePrefix.size(), close - kAttributePrefix.size());
    const QStringView rest = QStringView(name).mid(close + 1);
    if (code.isEmpty() || (!rest.isEmpty() && rest != u"[]"))
        return false;
    if (!value.isEmpty())
        m_attributes[code].append(value);
    else if (!m_attributes.contains(code))
        // Kept as a key without values, so that a blank answer to an unknown code still fails.
        m_attributes.insert(code, {});
    return true;
}

std::optional<double> SandboxV2Form::coordinate(
    const QString& name, double limit, bool& invalid) const
{
    const QString text = m_parameters.queryValue(name).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || std::abs(value) > limit) {
        invalid = true;
        return std::nullopt;
    }
    return value;
}

QStringList SandboxV2Form::commaList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty())
            items.append(item.trimmed());
    }
    return items;
}

std::optional<qint64> SandboxV2Form::dateTime(const QString& text, bool& invalid)
{
    if (text.trimmed().isEmpty())
        return std::nullopt;
    const QDateTime when = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!when.isValid()) {
        invalid = true;
        return std::nullopt;
    }
    return when.toMSecsSinceEpoch();
}

int SandboxV2Form::positive(const QString& text, int fallback, bool& invalid)
{
    if (text.trimmed().isEmpty())
        return fallback;
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1) {
        invalid = true;
        return fallback;
    }
    return value;
}

} // namespace Open311
