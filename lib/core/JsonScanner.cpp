#include "core/JsonScanner.h"

#include <QByteArray>
#include <QChar>

#include <cctype>
#include <cstring>

namespace Open311 {

namespace {

// Four hex digits exactly: toUShort() alone would also take a sign or spaces.
bool readHex4(const char* digits, char32_t& unit)
{
    for (int i = 0; i < 4; ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(digits[i])))
            return false;
    }
    bool ok = false;
    unit = QByteArray(digits, 4).toUShort(&ok, 16);
    return ok;
}

void appendUtf8(QByteArray& bytes, char32_t point)
{
    if (point < 0x80) {
        bytes.append(char(point));
    } else if (point < 0x800) {
        bytes.append(char(0xC0 | (point >> 6)));
        bytes.append(char(0x80 | (point & 0x3F)));
    } else if (point < 0x10000) {
        bytes.append(char(0xE0 | (point >> 12)));
        bytes.append(char(0x80 | ((point >> 6) & 0x3F)));
        bytes.append(char(0x80 | (point & 0x3F)));
    } else {
        bytes.append(char(0xF0 | (point >> 18)));
        bytes.append(char(0x80 | ((point >> 12) & 0x3F)));
        bytes.append(char(0x80 | ((point >> 6) & 0x3F)));
        bytes.append(char(0x80 | (point & 0x3F)));
    }
}

} // namespace

JsonScanner::Kind JsonScanner::peek()
{
    if (!m_ok)
        return Kind::Other;
    skipSpace();
    if (m_at == m_end) {
        fail();
        return Kind::Other;
    }
    switch (*m_at) {
    case '"':
        return Kind::String;
    case '[':
        return Kind::Array;
    case '{':
        return Kind::Object;
    case 't':
    case 'f':
        return Kind::Bool;
    case 'n':
        return Kind::Null;
    default:
        if (*m_at == '-' || (*m_at >= '0' && *m_at <= '9'))
            return Kind::Number;
        fail();
        return Kind::Other;
    }
}

bool JsonScanner::enter(char open)
{
    if (!m_ok)
        return false;
    skipSpace();
    if (m_at == m_end || *m_at != open || m_first.size() >= kMaxDepth)
        return fail();
    ++m_at;
    m_first.append(true);
    return true;
}

bool JsonScanner::next(char close)
{
    if (!m_ok || m_first.isEmpty())
        return false;
    skipSpace();
    if (m_at == m_end)
        return fail();
    if (*m_at == close) {
        ++m_at;
        m_first.removeLast();
        return false;
    }
    if (m_first.last()) {
        m_first.last() = false;
        return true;
    }
    if (*m_at != ',')
        return fail();
    ++m_at;
    return true;
}

bool JsonScanner::nextElement()
{
    return next(']');
}

bool JsonScanner::nextMember(QByteArrayView& key)
{
    if (!next('}'))
        return false;
    skipSpace();
    if (m_at == m_end || *m_at != '"')
        return fail();
    const char* start = ++m_at;
    while (m_at != m_end && *m_at != '"') {
        if (*m_at < 0x20 || *m_at > 0x7E || *m_at == '\\')
            return fail();
        ++m_at;
    }
    if (m_at == m_end)
        return fail();
    key = QByteArrayView(start, m_at - start);
    ++m_at;
    skipSpace();
    if (m_at == m_end || *m_at != ':')
        return fail();
    ++m_at;
    return true;
}

bool JsonScanner::readString(QString& text)
{
    if (peek() != Kind::String)
        return fail();
    const char* start = ++m_at;
    while (m_at != m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            text = QString::fromLatin1(start, m_at - start);
            ++m_at;
            return true;
        }
        if (c == '\\' || c >= 0x80)
            return readUnusualString(start, text);
        if (c < 0x20)
            return fail();
        ++m_at;
    }
    return fail();
}

bool JsonScanner::readUnusualString(const char* start, QString& text)
{
    QByteArray bytes(start, m_at - start);
    const char* run = m_at;
    while (m_at != m_end) {
        const unsigned char c = static_cast<unsigned char>(*m_at);
        if (c == '"') {
            bytes.append(run, m_at - run);
            ++m_at;
            text = QString::fromUtf8(bytes);
            return true;
        }
        if (c >= 0x80) {
            if (!skipUtf8Sequence())
                return false;
            continue;
        }
        if (c < 0x20)
            return fail();
        if (c != '\\') {
            ++m_at;
            continue;
        }
        bytes.append(run, m_at - run);
        if (m_end - m_at < 2)
            return fail();
        const char escaped = m_at[1];
        m_at += 2;
        switch (escaped) {
        case '"':
        case '\\':
        case '/':
            bytes.append(escaped);
            break;
        case 'b':
            bytes.append('\b');
            break;
        case 'f':
            bytes.append('\f');
            break;
        case 'n':
            bytes.append('\n');
            break;
        case 'r':
            bytes.append('\r');
            break;
        case 't':
            bytes.append('\t');
            break;
        case 'u': {
            char32_t units[2] = { 0, 0 };
            const int count = (m_end - m_at >= 10 && m_at[4] == '\\' && m_at[5] == 'u') ? 2 : 1;
            if (m_end - m_at < 4)
                return fail();
            for (int unit = 0; unit < count; ++unit) {
                if (!readHex4(m_at + unit * 6, units[unit]))
                    return fail();
            }
            char32_t point = units[0];
            if (QChar::isHighSurrogate(point)) {
                if (count != 2 || !QChar::isLowSurrogate(units[1]))
                    return fail();
                point = QChar::surrogateToUcs4(char16_t(units[0]), char16_t(units[1]));
                m_at += 10;
            } else {
                m_at += 4;
            }
            // What QJsonDocument might read differently is left to it.
            if (point == 0 || QChar::isLowSurrogate(point) || QChar::isNonCharacter(point))
                return fail();
            appendUtf8(bytes, point);
            break;
        }
        default:
            return fail();
        }
        run = m_at;
    }
    return fail();
}

bool JsonScanner::skipUtf8Sequence()
{
    const unsigned char lead = static_cast<unsigned char>(*m_at);
    int follow = 0;
    char32_t point = 0;
    unsigned char low = 0x80;
    unsigned char high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        follow = 1;
        point = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        follow = 2;
        point = lead & 0x0F;
        if (lead == 0xE0)
            low = 0xA0; // overlong
        if (lead == 0xED)
            high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        follow = 3;
        point = lead & 0x07;
        if (lead == 0xF0)
            low = 0x90;
        if (lead == 0xF4)
            high = 0x8F; // beyond U+10FFFF
    } else {
        return fail();
    }
    if (m_end - m_at <= follow)
        return fail();
    for (int i = 1; i <= follow; ++i) {
        const unsigned char c = static_cast<unsigned char>(m_at[i]);
        if (i == 1 ? (c < low || c > high) : (c < 0x80 || c > 0xBF))
            return fail();
        point = (point << 6) | (c & 0x3F);
    }
    if (QChar::isNonCharacter(point))
        return fail();
    m_at += follow + 1;
    return true;
}

bool JsonScanner::literal(const char* word, int size)
{
    if (m_end - m_at < size || std::memcmp(m_at, word, size) != 0)
        return fail();
    m_at += size;
    return true;
}

bool JsonScanner::readBool(bool& value)
{
    if (peek() != Kind::Bool)
        return fail();
    value = *m_at == 't';
    return value ? literal("true", 4) : literal("false", 5);
}

bool JsonScanner::readNull()
{
    if (peek() != Kind::Null)
        return fail();
    return literal("null", 4);
}

bool JsonScanner::skipNumber()
{
    const char* start = m_at;
    if (m_at != m_end && *m_at == '-')
        ++m_at;
    if (m_at == m_end)
        return fail();
    if (*m_at == '0') {
        ++m_at;
    } else if (*m_at >= '1' && *m_at <= '9') {
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
    } else {
        return fail();
    }
    if (m_at != m_end && *m_at == '.') {
        ++m_at;
        const char* fraction = m_at;
        while (m_at != m_end && *m_at >= '0' && *m_at <= '9')
            ++m_at;
        if (m_at == fraction)
            return fail();
    }
    // An exponent or a long number may overflow a double, which QJsonDocument decides about.
    if (m_at != m_end && (*m_at == 'e' || *m_at == 'E'))
        return fail();
    if (m_at - start > 20)
        return fail();
    return true;
}

bool JsonScanner::skipValue()
{
    switch (peek()) {
    case Kind::String: {
        QString ignored;
        return readString(ignored);
    }
    case Kind::Number:
        return skipNumber();
    case Kind::Bool: {
        bool ignored = false;
        return readBool(ignored);
    }
    case Kind::Null:
        return readNull();
    case Kind::Array:
        if (!enterArray())
            return false;
        while (nextElement()) {
            if (!skipValue())
                return false;
        }
        return m_ok;
    case Kind::Object: {
        if (!enterObject())
            return false;
        QByteArrayView key;
        while (nextMember(key)) {
            if (!skipValue())
                return false;
        }
        return m_ok;
    }
    case Kind::Other:
        break;
    }
    return fail();
}

bool JsonScanner::atEnd()
{
    if (!m_ok || !m_first.isEmpty())
        return false;
    skipSpace();
    return m_at == m_end;
}

} // namespace Open311
