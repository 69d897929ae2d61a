#include "http/HttpRequestParser.h"

#include <QUrl>

#include <cstring>

namespace Open311 {

namespace {

// A chunk-size line, extensions included.
constexpr qsizetype kMaxChunkLineBytes = 4096;

bool isTokenChar(char c)
{
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
        return true;
    return c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
}

// RFC 9110 5.6.2: methods and field names.
bool isToken(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

bool isDigits(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// A target in absolute form, as proxies send it, reduced to path and query.
QByteArray originForm(const QByteArray& target)
{
    const QByteArray scheme = target.left(8).toLower();
    if (!scheme.startsWith("http://") && !scheme.startsWith("https://"))
        return target;
    qsizetype i = target.indexOf("://") + 3;
    while (i < target.size() && target[i] != '/' && target[i] != '?')
        ++i;
    const QByteArray rest = target.mid(i);
    return rest.startsWith('/') ? rest : '/' + rest;
}

} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits& limits)
    : m_limits(limits)
{ }

HttpRequestParser::Progress HttpRequestParser::parse()
{
    if (m_failure != 0)
        return Progress::Failed;
    for (;;) {
        switch (m_stage) {
        case Stage::Head: {
            const Progress head = parseHeadBytes();
            if (head != Progress::Complete || m_stage == Stage::Head)
                return head;
            break;
        }
        case Stage::Body:
            takeBody();
            if (m_remaining > 0)
                return Progress::NeedMore;
            m_stage = Stage::Head;
            return Progress::Complete;
        case Stage::ChunkSize: {
            const Progress size = parseChunkSize();
            if (size != Progress::Complete)
                return size;
            break;
        }
        case Stage::ChunkData:
            takeBody();
            if (m_remaining > 0 || m_buffer.size() < 2)
                return Progress::NeedMore;
            if (!m_buffer.startsWith("\r\n"))
                return fail(400);
            m_buffer.remove(0, 2);
            m_stage = Stage::ChunkSize;
            break;
        case Stage::Trailer:
            return parseTrailer();
        }
    }
}

HttpRequestParser::Progress HttpRequestParser::parseHeadBytes()
{
    // RFC 9112 2.2: blank lines before a request line are ignored.
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);
    const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_scanned);
    if (end < 0) {
        if (m_buffer.size() > m_limits.maxHeadBytes)
            return fail(431);
        // The next search starts where a terminator split across reads may begin.
        m_scanned = qMax<qsizetype>(0, m_buffer.size() - 3);
        return Progress::NeedMore;
    }
    if (end + 4 > m_limits.maxHeadBytes)
        return fail(431);
    const QByteArray head = m_buffer.left(end);
    m_buffer.remove(0, end + 4);
    m_scanned = 0;
    const int status = parseHead(head);
    return status != 0 ? fail(status) : Progress::Complete;
}

int HttpRequestParser::parseHead(const QByteArray& head)
{
    m_request = HttpRequest();
    m_stage = Stage::Head;
    m_remaining = 0;
    m_trailerBytes = 0;

    QList<QByteArray> lines;
    for (qsizetype from = 0;;) {
        const qsizetype eol = head.indexOf("\r\n", from);
        lines.append(head.mid(from, eol < 0 ? -1 : eol - from));
        if (eol < 0)
            break;
        from = eol + 2;
    }
    for (const QByteArray& line : lines) {
        // A bare CR or LF is a line end to some parsers and not to others: request smuggling.
        if (line.contains('\r') || line.contains('\n') || line.contains('\0'))
            return 400;
    }

    const QList<QByteArray> requestLine = lines.constFirst().split(' ');
    if (requestLine.size() != 3)
        return 400;
    const QByteArray& method = requestLine[0];
    const QByteArray& target = requestLine[1];
    const QByteArray& version = requestLine[2];
    if (!isToken(method) || target.isEmpty())
        return 400;
    for (const char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) == 0x7f)
            return 400;
    }
    if (version.size() != 8 || !version.startsWith("HTTP/") || !isDigits(version.mid(5, 1))
        || version[6] != '.' || !isDigits(version.mid(7, 1)))
        return 400;
    if (version[5] != '1')
        return 505;
    const bool http10 = version[7] == '0';
    const QByteArray origin = originForm(target);
    if (origin == "*" ? method != "OPTIONS" : !origin.startsWith('/'))
        return 400;

    m_request.method = method;
    m_request.target = target;
    m_request.version = version;
    const qsizetype question = origin.indexOf('?');
    m_request.path = QUrl::fromPercentEncoding(question < 0 ? origin : origin.left(question));
    if (question >= 0)
        m_request.query = HttpRequest::decodeQuery(origin.mid(question + 1));

    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray& line = lines[i];
        const qsizetype colon = line.indexOf(':');
        // No colon, space before it, or a folded continuation line (RFC 9112 5.1, 5.2).
        if (colon <= 0 || !isToken(line.left(colon)))
            return 400;
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        const auto known = m_request.headers.find(name);
        if (known == m_request.headers.end()) {
            m_request.headers.insert(name, value);
            continue;
        }
        // Two hosts, or two different lengths, leave the request ambiguous.
        if (name == "host" || (name == "content-length" && *known != value))
            return 400;
        if (name != "content-length")
            *known += ", " + value;
    }
    if (!http10 && !m_request.headers.contains("host"))
        return 400;

    const auto transferEncoding = m_request.headers.constFind("transfer-encoding");
    if (transferEncoding != m_request.headers.cend()) {
        // Both framings, or a 1.0 message with a transfer coding: RFC 9112 6.1 and 6.3.
        if (http10 || m_request.headers.contains("content-length"))
            return 400;
        const QByteArray codings = transferEncoding->toLower();
        const qsizetype lastComma = codings.lastIndexOf(',');
        // Unless chunked comes last, and only once, the body has no known end.
        if (codings.mid(lastComma + 1).trimmed() != "chunked"
            || codings.left(qMax<qsizetype>(0, lastComma)).contains("chunked"))
            return 400;
        if (lastComma >= 0)
            return 501; // a coding under the chunks that this server does not decode
        m_stage = Stage::ChunkSize;
        return 0;
    }
    const auto contentLength = m_request.headers.constFind("content-length");
    if (contentLength != m_request.headers.cend()) {
        QByteArray digits = *contentLength;
        if (!isDigits(digits))
            return 400;
        while (digits.size() > 1 && digits.startsWith('0'))
            digits.remove(0, 1);
        // Longer than 18 digits is past qint64, and so past any cap.
        if (digits.size() > 18 || digits.toLongLong() > m_limits.maxBodyBytes)
            return 413;
        m_remaining = digits.toLongLong();
        if (m_remaining > 0)
            m_stage = Stage::Body;
    }
    return 0;
}

HttpRequestParser::Progress HttpRequestParser::parseChunkSize()
{
    const qsizetype eol = m_buffer.indexOf("\r\n");
    if (eol < 0 ? m_buffer.size() > kMaxChunkLineBytes : eol > kMaxChunkLineBytes)
        return fail(400);
    if (eol < 0)
        return Progress::NeedMore;
    QByteArray size = m_buffer.left(eol);
    const qsizetype semicolon = size.indexOf(';');
    if (semicolon >= 0)
        size.truncate(semicolon);
    // Whitespace may come before the extensions (RFC 9112 7.1.1), never inside the number.
    while (size.endsWith(' ') || size.endsWith('\t'))
        size.chop(1);
    if (size.isEmpty())
        return fail(400);
    const qsizetype room = m_limits.maxBodyBytes - m_request.body.size();
    qsizetype length = 0;
    for (const char c : size) {
        const int digit = hexValue(c);
        if (digit < 0)
            return fail(400);
        // Checked before it can overflow.
        if (room < digit || length > (room - digit) / 16)
            return fail(413);
        length = length * 16 + digit;
    }
    m_buffer.remove(0, eol + 2);
    m_remaining = length;
    m_stage = length == 0 ? Stage::Trailer : Stage::ChunkData;
    return Progress::Complete;
}

HttpRequestParser::Progress HttpRequestParser::parseTrailer()
{
    for (;;) {
        const qsizetype eol = m_buffer.indexOf("\r\n");
        if (m_trailerBytes + (eol < 0 ? m_buffer.size() : eol + 2) > m_limits.maxHeadBytes)
            return fail(431);
        if (eol < 0)
            return Progress::NeedMore;
        const QByteArray line = m_buffer.left(eol);
        m_buffer.remove(0, eol + 2);
        m_trailerBytes += eol + 2;
        if (line.isEmpty()) {
            m_stage = Stage::Head;
            return Progress::Complete;
        }
        // Trailer fields are checked and dropped: no handler asks for them.
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(line.left(colon)))
            return fail(400);
    }
}

void HttpRequestParser::takeBody()
{
    const qsizetype take = qMin(m_remaining, m_buffer.size());
    m_request.body.append(m_buffer.constData(), take);
    m_buffer.remove(0, take);
    m_remaining -= take;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    return request;
}

void HttpRequestParser::reset()
{
    m_buffer.clear();
    m_scanned = 0;
    m_request = HttpRequest();
    m_stage = Stage::Head;
    m_remaining = 0;
    m_trailerBytes = 0;
    m_failure = 0;
}

HttpRequestParser::Progress HttpRequestParser::fail(int status)
{
    m_failure = status;
    return Progress::Failed;
}

} // namespace Open311
