#include "core/NewRequest.h"

#include <QLocale>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>

namespace Open311 {

std::optional<Error> NewRequest::validate() const
{
    using Field = Error::Field;
    if (serviceCode.trimmed().isEmpty())
        return Error::validation(Field::ServiceCode, tr("Choose a service."));

    if (latitude.has_value() != longitude.has_value()) {
        return Error::validation(latitude ? Field::Longitude : Field::Latitude,
            tr("Give both latitude and longitude, or neither."));
    }
    if (latitude) {
        if (!std::isfinite(*latitude) || *latitude < -90.0 || *latitude > 90.0)
            return Error::validation(
                Field::Latitude, tr("The latitude must be between -90 and 90 degrees."));
        if (!std::isfinite(*longitude) || *longitude < -180.0 || *longitude > 180.0)
            return Error::validation(
                Field::Longitude, tr("The longitude must be between -180 and 180 degrees."));
    }
    if (!hasLocation() && addressString.trimmed().isEmpty() && addressId.trimmed().isEmpty()) {
        return Error::validation(Field::Location,
            tr("Give a location: place the pin on the map or type an "
               "address."));
    }
    const qsizetype length = codePointCount(description);
    if (length > kMaxDescriptionCodePoints) {
        const QLocale locale;
        return Error::validation(Field::Description,
            tr("The description has %1 characters; the city accepts at most %2.")
                .arg(locale.toString(length), locale.toString(kMaxDescriptionCodePoints)));
    }
    if (!email.isEmpty() && !isPlausibleEmail(email))
        return Error::validation(
            Field::Email, tr("The email address does not look right (name@example.org)."));
    if (!mediaUrl.isEmpty()) {
        const QUrl url(mediaUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty()
            || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
            return Error::validation(Field::MediaUrl,
                tr("The media link must be a full web address starting "
                   "with http:// or https://."));
        }
    }
    if (photos.size() > kMaxPhotos)
        return Error::validation(
            Field::Photos, tr("At most %n photos can go with a report.", nullptr, kMaxPhotos));
    for (const MediaFile& photo : photos) {
        if (photo.data.size() > kMaxPhotoBytes || photo.data.isEmpty())
            return Error::validation(Field::Photos,
                tr("The photo %1 is empty or larger than %2 MB.")
                    .arg(photo.fileName, QLocale().toString(kMaxPhotoBytes / (1024 * 1024))));
    }
    return std::nullopt;
}

qsizetype NewRequest::codePointCount(QStringView text)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!(text[i].isLowSurrogate() && i > 0 && text[i - 1].isHighSurrogate()))
            ++count;
    }
    return count;
}

bool NewRequest::isPlausibleEmail(const QString& email)
{
    static const QRegularExpression pattern(QStringLiteral("^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"));
    return pattern.match(email).hasMatch();
}

} // namespace Open311
