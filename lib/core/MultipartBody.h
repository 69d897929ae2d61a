#pragma once

#include "core/MediaFile.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Open311 {

// A multipart/form-data body (RFC 7578), built in memory so that it can go out through the same
// one-shot body as any other create: a POST with photos must not be re-sent by Qt either.
class MultipartBody
{
public:
    // An empty value is left out, as in a form-urlencoded body.
    void addField(QByteArrayView name, const QString& value);
    void addFile(QByteArrayView name, const MediaFile& file);

    // Picks a boundary that occurs in no part, so the body and its Content-Type go together.
    QByteArray finish();
    QByteArray contentType() const;

private:
    struct Part
    {
        QByteArray name;
        QByteArray fileName; // empty for a field
        QByteArray contentType;
        QByteArray data;
    };

    QList<Part> m_parts;
    QByteArray m_boundary;
};

} // namespace Open311
