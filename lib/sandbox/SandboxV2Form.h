#pragma once

#include "core/ServiceDefinition.h"
#include "http/HttpRequest.h"
#include "http/MultipartForm.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Open311 {

// The arguments of a GeoReport v2 POST, read from its application/x-www-form-urlencoded body,
// with the service's answers in attribute[code]=value and, for a multivaluelist,
// attribute[code][]=value once per value. Also the readers of the list, date and number
// arguments that GET requests takes. A multipart/form-data body (the media extension) gives
// the same fields from its text parts and up to five JPEG or PNG photos from its `media` parts.
class SandboxV2Form
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxV2Form)

public:
    // What Helsinki's server takes, and NewRequest::kMaxPhotos and kMaxPhotoBytes on our side.
    static constexpr int kMaxMedia = 5;
    static constexpr qsizetype kMaxMediaBytes = 8 * 1024 * 1024;

    explicit SandboxV2Form(const HttpRequest& request);

    // Why the body cannot be read; empty when it can.
    QString error() const { return m_error; }
    // The body's fields as query items, so that they read like a GET's.
    const HttpRequest& parameters() const { return m_parameters; }
    // Blank values are left out; an attribute sent only blank keeps its code with no values.
    const AttributeValues& attributes() const { return m_attributes; }
    // The `media` parts in the order sent, each a JPEG or a PNG by its bytes; contentType is
    // the sniffed type, not the sender's.
    const QList<MultipartForm::Part>& media() const { return m_media; }
    // Nothing when the field is absent or blank; `invalid` when it is not a number in range.
    std::optional<double> coordinate(const QString& name, double limit, bool& invalid) const;

    // "a, b,,c": a, b and c.
    static QStringList commaList(const QString& text);
    // Milliseconds since the epoch of an ISO 8601 date or datetime; nothing when blank.
    static std::optional<qint64> dateTime(const QString& text, bool& invalid);
    // A whole number from 1, or `fallback` when blank.
    static int positive(const QString& text, int fallback, bool& invalid);

private:
    bool readMultipart(const HttpRequest& request);
    bool readAttribute(const QString& name, const QString& value);

    HttpRequest m_parameters;
    AttributeValues m_attributes;
    QList<MultipartForm::Part> m_media;
    QString m_error;
};

} // namespace Open311
