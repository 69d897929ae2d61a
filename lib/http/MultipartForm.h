#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Open311 {

// A multipart/form-data body (RFC 7578 over RFC 2046), read strictly and within bounds: a peer
// on the network picks every byte, so no body may cost more than a few passes over it. Names
// and file names are UTF-8; `\"` and `\\` in a quoted value, and the %22, %0D and %0A that
// browsers write for a quote and a line break, are decoded. No transfer coding is undone.
class MultipartForm
{
    Q_DECLARE_TR_FUNCTIONS(Open311::MultipartForm)

public:
    struct Part
    {
        QString name;
        QString fileName; // empty unless isFile
        QByteArray contentType; // lower case; empty when the part named none
        QByteArray data;
        bool isFile = false; // the part had a filename parameter, even an empty one
    };

    static constexpr int kMaxParts = 256;
    // One part's header fields, up to the blank line.
    static constexpr qsizetype kMaxPartHeadBytes = 8 * 1024;

    // `contentType` is the whole header value: "multipart/form-data; boundary=...".
    MultipartForm(const QByteArray& contentType, const QByteArray& body);

    bool isValid() const { return m_error.isEmpty(); }
    // Why the body cannot be read, worded for the client; empty when it can.
    QString error() const { return m_error; }
    // In the order sent; empty when the body cannot be read.
    const QList<Part>& parts() const { return m_parts; }

    // Whether a Content-Type value names multipart/form-data, whatever its parameters.
    static bool isFormData(const QByteArray& contentType);

private:
    void parse(const QByteArray& boundary, const QByteArray& body);
    // An empty string when the head is good.
    QString readHead(QByteArrayView head, Part& part) const;
    void fail(const QString& error);

    QList<Part> m_parts;
    QString m_error;
};

} // namespace Open311
