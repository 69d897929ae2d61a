#include "core/MultipartBody.h"

#include <QRandomGenerator>

namespace Open311 {

namespace {

// RFC 7578 §2 with the HTML form rules: a quote or a line break would end the header early.
QByteArray quotedParameter(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const char c : text) {
        if (c == '"')
            out += "%22";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

QByteArray randomBoundary()
{
    static constexpr char kAlphabet[]
        = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    QByteArray boundary("open311-");
    QRandomGenerator* random = QRandomGenerator::system();
    for (int i = 0; i < 32; ++i)
        boundary += kAlphabet[random->bounded(int(sizeof kAlphabet) - 1)];
    return boundary;
}

} // namespace

void MultipartBody::addField(QByteArrayView name, const QString& value)
{
    if (value.isEmpty())
        return;
    m_parts.append({ name.toByteArray(), QByteArray(), QByteArray(), value.toUtf8() });
}

void MultipartBody::addFile(QByteArrayView name, const MediaFile& file)
{
    const QByteArray fileName
        = file.fileName.isEmpty() ? QByteArrayLiteral("photo") : file.fileName.toUtf8();
    const QByteArray type = file.contentType.isEmpty()
        ? QByteArrayLiteral("application/octet-stream")
        : file.contentType;
    m_parts.append({ name.toByteArray(), fileName, type, file.data });
}

QByteArray MultipartBody::finish()
{
    bool clash = true;
    while (clash) {
        m_boundary = randomBoundary();
        clash = false;
        for (const Part& part : std::as_const(m_parts))
            clash = clash || part.data.contains(m_boundary);
    }
    qsizetype size = 0;
    for (const Part& part : std::as_const(m_parts))
        size += part.data.size() + part.name.size() + part.fileName.size() + 160;
    QByteArray body;
    body.reserve(size + m_boundary.size() + 8);
    for (const Part& part : std::as_const(m_parts)) {
        body += "--" + m_boundary + "\r\nContent-Disposition: form-data; name=\""
            + quotedParameter(part.name) + '"';
        if (!part.fileName.isEmpty()) {
            body += "; filename=\"" + quotedParameter(part.fileName)
                + "\"\r\nContent-Type: " + part.contentType;
        }
        body += "\r\n\r\n" + part.data + "\r\n";
    }
    body += "--" + m_boundary + "--\r\n";
    return body;
}

QByteArray MultipartBody::contentType() const
{
    return "multipart/form-data; boundary=" + m_boundary;
}

} // namespace Open311
