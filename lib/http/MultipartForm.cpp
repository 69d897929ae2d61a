#include "http/MultipartForm.h"

#include <QPair>

#include <cstring>

namespace Open311 {

namespace {

using Parameters = QList<QPair<QByteArray, QByteArray>>;

constexpr qsizetype kMaxBoundaryBytes = 70; // RFC 2046 5.1.1
// Of one header field; form-data needs two, and each is checked against those before it.
constexpr qsizetype kMaxParameters = 16;

bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// RFC 2046 5.1.1: bchars.
bool isBoundaryChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && std::strchr("'()+_,-./:=? ", c) != nullptr;
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

// What comes before the first ';', trimmed and in lower case.
QByteArray leadingValue(QByteArrayView value, qsizetype& parametersAt)
{
    parametersAt = value.indexOf(';');
    if (parametersAt < 0)
        parametersAt = value.size();
    return value.first(parametersAt).trimmed().toByteArray().toLower();
}

// `; name=token` or `; name="quoted"`, repeated; names in lower case. False on anything else,
// a name given twice included: two boundaries or two names leave the part ambiguous.
bool readParameters(QByteArrayView text, Parameters& parameters)
{
    qsizetype i = 0;
    const auto skipBlanks = [&] {
        while (i < text.size() && isBlank(text[i]))
            ++i;
    };
    for (;;) {
        skipBlanks();
        if (i == text.size())
            return true;
        if (text[i] != ';')
            return false;
        ++i;
        skipBlanks();
        if (i == text.size())
            return true; // a trailing ';' is common and says nothing
        const qsizetype nameAt = i;
        while (i < text.size() && isTokenChar(text[i]))
            ++i;
        if (i == nameAt)
            return false;
        const QByteArray name = text.sliced(nameAt, i - nameAt).toByteArray().toLower();
        skipBlanks();
        if (i == text.size() || text[i] != '=')
            return false;
        ++i;
        skipBlanks();
        QByteArray value;
        if (i < text.size() && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                const char c = text[i++];
                if (c == '"') {
                    closed = true;
                    break;
                }
                // Other backslashes stay: browsers send C:\ paths unescaped.
                if (c == '\\' && i < text.size() && (text[i] == '"' || text[i] == '\\'))
                    value += text[i++];
                else
                    value += c;
            }
            if (!closed)
                return false;
        } else {
            const qsizetype valueAt = i;
            while (i < text.size() && isTokenChar(text[i]))
                ++i;
            if (i == valueAt)
                return false;
            value = text.sliced(valueAt, i - valueAt).toByteArray();
        }
        if (parameters.size() == kMaxParameters)
            return false;
        for (const auto& known : std::as_const(parameters)) {
            if (known.first == name)
                return false;
        }
        parameters.append({ name, value });
    }
}

const QByteArray* parameter(const Parameters& parameters, const char* name)
{
    for (const auto& item : parameters) {
        if (item.first == name)
            return &item.second;
    }
    return nullptr;
}

// The HTML form rules escape a quote and line breaks this way (as MultipartBody does).
QString decodedName(QByteArray value)
{
    if (value.contains('%')) {
        value.replace("%22", "\"");
        value.replace("%0D", "\r").replace("%0d", "\r");
        value.replace("%0A", "\n").replace("%0a", "\n");
    }
    return QString::fromUtf8(value);
}

} // namespace

MultipartForm::MultipartForm(const QByteArray& contentType, const QByteArray& body)
{
    qsizetype parametersAt = 0;
    if (leadingValue(contentType, parametersAt) != "multipart/form-data") {
        fail(tr("The body is not multipart/form-data."));
        return;
    }
    Parameters parameters;
    if (!readParameters(QByteArrayView(contentType).sliced(parametersAt), parameters)) {
        fail(tr("The parameters of the multipart Content-Type cannot be read."));
        return;
    }
    const QByteArray* boundary = parameter(parameters, "boundary");
    if (!boundary) {
        fail(tr("The multipart Content-Type has no boundary."));
        return;
    }
    bool allowed
        = !boundary->isEmpty() && boundary->size() <= kMaxBoundaryBytes && !boundary->endsWith(' ');
    for (const char c : *boundary)
        allowed = allowed && isBoundaryChar(c);
    if (!allowed) {
        fail(tr("The multipart boundary must be 1 to 70 letters, digits or '()+_,-./:=? "
                "characters, not ending in a space."));
        return;
    }
    parse(*boundary, body);
}

bool MultipartForm::isFormData(const QByteArray& contentType)
{
    qsizetype parametersAt = 0;
    return leadingValue(contentType, parametersAt) == "multipart/form-data";
}

namespace {

// Where delimiter ("\r\n--" + boundary) starts at or after from, or -1. A plain search for the
// whole delimiter costs up to its length per byte when the sender picks both it and the body
// ("aaa…"); the short, fixed "\r\n--" cannot be made to match often and long.
qsizetype findDelimiter(QByteArrayView bytes, const QByteArray& delimiter, qsizetype from)
{
    static const QByteArrayView kLead("\r\n--");
    for (;;) {
        const qsizetype at = bytes.indexOf(kLead, from);
        if (at < 0 || bytes.sliced(at).startsWith(delimiter))
            return at;
        from = at + 1;
    }
}

} // namespace

void MultipartForm::parse(const QByteArray& boundary, const QByteArray& body)
{
    const QByteArray dashBoundary = "--" + boundary;
    const QByteArray delimiter = "\r\n" + dashBoundary;
    const QByteArrayView bytes(body);
    qsizetype at = 0; // always just after a boundary
    if (bytes.startsWith(dashBoundary)) {
        at = dashBoundary.size();
    } else {
        // Whatever comes before is a preamble, which RFC 2046 says to ignore.
        const qsizetype first = findDelimiter(bytes, delimiter, 0);
        if (first < 0) {
            fail(tr("The multipart body never reaches its boundary."));
            return;
        }
        at = first + delimiter.size();
    }
    for (int number = 1;; ++number) {
        if (bytes.sliced(at).startsWith("--")) {
            // The close delimiter; the epilogue after it is ignored.
            if (number == 1)
                fail(tr("The multipart body has no parts."));
            return;
        }
        while (at < bytes.size() && isBlank(bytes[at]))
            ++at;
        if (!bytes.sliced(at).startsWith("\r\n")) {
            fail(tr("Boundary line %1 of the multipart body is malformed.").arg(number));
            return;
        }
        at += 2;
        if (number > kMaxParts) {
            fail(tr("The multipart body has more than %1 parts.").arg(kMaxParts));
            return;
        }
        // Searched within the bound only, so a head that never ends costs no more than one.
        const QByteArrayView window
            = bytes.sliced(at, qMin(bytes.size() - at, kMaxPartHeadBytes + 4));
        if (window.startsWith("\r\n")) {
            fail(tr("Part %1 of the multipart body has no Content-Disposition.").arg(number));
            return;
        }
        const qsizetype headLength = window.indexOf("\r\n\r\n");
        if (headLength < 0) {
            fail(window.size() > kMaxPartHeadBytes
                    ? tr("The header fields of part %1 are longer than 8 KiB.").arg(number)
                    : tr("The multipart body ends inside the header fields of part %1.")
                          .arg(number));
            return;
        }
        Part part;
        const QString wrong = readHead(window.first(headLength), part);
        if (!wrong.isEmpty()) {
            fail(tr("Part %1 of the multipart body: %2").arg(QString::number(number), wrong));
            return;
        }
        const qsizetype dataAt = at + headLength + 4;
        const qsizetype next = findDelimiter(bytes, delimiter, dataAt);
        if (next < 0) {
            fail(tr("The multipart body ends without its closing boundary."));
            return;
        }
        part.data = body.mid(dataAt, next - dataAt);
        m_parts.append(std::move(part));
        at = next + delimiter.size();
    }
}

QString MultipartForm::readHead(QByteArrayView head, Part& part) const
{
    bool disposition = false;
    bool type = false;
    for (qsizetype from = 0; from <= head.size();) {
        qsizetype end = head.indexOf("\r\n", from);
        if (end < 0)
            end = head.size();
        const QByteArrayView line = head.sliced(from, end - from);
        from = end + 2;
        // A bare CR or LF is a line end to some readers and not to others.
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return tr("a header line holds a bare CR, LF or NUL.");
        if (!line.isEmpty() && isBlank(line.front()))
            return tr("folded header lines are not accepted.");
        const qsizetype colon = line.indexOf(':');
        bool named = colon > 0;
        for (qsizetype i = 0; named && i < colon; ++i)
            named = isTokenChar(line[i]);
        if (!named)
            return tr("a header line is not a name, a colon and a value.");
        const QByteArray name = line.first(colon).toByteArray().toLower();
        const QByteArrayView value = line.sliced(colon + 1).trimmed();
        if (name == "content-disposition") {
            if (disposition)
                return tr("Content-Disposition is given twice.");
            disposition = true;
            qsizetype parametersAt = 0;
            Parameters parameters;
            if (leadingValue(value, parametersAt) != "form-data"
                || !readParameters(value.sliced(parametersAt), parameters))
                return tr("Content-Disposition must be form-data with its parameters.");
            const QByteArray* fieldName = parameter(parameters, "name");
            if (!fieldName || fieldName->isEmpty())
                return tr("Content-Disposition names no field.");
            part.name = decodedName(*fieldName);
            // RFC 7578 4.2 rules out filename*; it is left unread.
            if (const QByteArray* fileName = parameter(parameters, "filename")) {
                part.isFile = true;
                part.fileName = decodedName(*fileName);
            }
        } else if (name == "content-type") {
            if (type)
                return tr("Content-Type is given twice.");
            type = true;
            part.contentType = value.toByteArray().toLower();
        } else if (name == "content-transfer-encoding") {
            const QByteArray coding = value.toByteArray().toLower();
            if (coding != "binary" && coding != "8bit" && coding != "7bit")
                return tr("Content-Transfer-Encoding %1 is not supported; send the bytes as "
                          "they are.")
                    .arg(QString::fromLatin1(coding));
        }
    }
    if (!disposition)
        return tr("it has no Content-Disposition.");
    return QString();
}

void MultipartForm::fail(const QString& error)
{
    m_error = error;
    m_parts.clear();
}

} // namespace Open311
