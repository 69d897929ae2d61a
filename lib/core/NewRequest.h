#pragma once

#include "core/Error.h"
#include "core/MediaFile.h"
#include "core/ServiceDefinition.h"

#include <QString>

#include <optional>

namespace Open311 {

// Every argument of a create (v1's create_request, v2's POST requests), in domain terms. Empty
// strings mean "not given".
class NewRequest
{
    Q_DECLARE_TR_FUNCTIONS(Open311::NewRequest)

public:
    static constexpr int kMaxDescriptionCodePoints = 4000;
    // What the training city and Helsinki's server take; PhotoPreparer's files are far smaller.
    static constexpr int kMaxPhotos = 5;
    static constexpr qsizetype kMaxPhotoBytes = 8 * 1024 * 1024;

    QString serviceCode;
    std::optional<double> latitude;
    std::optional<double> longitude;
    QString addressString;
    QString addressId; // v2: a location the city's own address database knows
    QString email;
    QString deviceId;
    QString accountId;
    QString firstName;
    QString lastName;
    QString phone;
    QString description;
    QString mediaUrl;
    AttributeValues attributes; // v2: by attribute code
    // v2, where the city accepts uploads: sent as multipart `media` parts, never over v1.
    MediaFiles photos;

    // The first reason this request must not be sent, checked before any byte goes out.
    std::optional<Error> validate() const;

    bool hasLocation() const { return latitude.has_value() && longitude.has_value(); }

    // The spec's 4,000 characters are counted as Unicode code points: an emoji is one.
    static qsizetype codePointCount(QStringView text);
    static bool isPlausibleEmail(const QString& email);
};

} // namespace Open311
