#include "core/XmlQuoteRepair.h"

namespace Open311 {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isNameStart(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':'
        || (static_cast<unsigned char>(c) >= 0x80);
}

bool isNameChar(char c)
{
    return isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

// Whether the quote at `pos` can end an attribute value: what follows must be the end of the
// tag, or whitespace and then another `name=`.
bool closesValue(const QByteArray& xml, qsizetype pos)
{
    qsizetype i = pos + 1;
    const qsizetype n = xml.size();
    bool sawSpace = false;
    while (i < n && isSpace(xml[i])) {
        ++i;
        sawSpace = true;
    }
    if (i >= n)
        return true;
    if (xml[i] == '>' || (xml[i] == '/' && i + 1 < n && xml[i + 1] == '>')
        || (xml[i] == '?' && i + 1 < n && xml[i + 1] == '>'))
        return true;
    if (!sawSpace || !isNameStart(xml[i]))
        return false;
    while (i < n && isNameChar(xml[i]))
        ++i;
    while (i < n && isSpace(xml[i]))
        ++i;
    return i < n && xml[i] == '=';
}

} // namespace

QByteArray XmlQuoteRepair::repair(const QByteArray& xml)
{
    QByteArray out;
    out.reserve(xml.size() + 64);
    bool changed = false;
    enum class State
    {
        Text,
        Tag,
        Value
    } state
        = State::Text;
    char quote = 0;
    const qsizetype n = xml.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = xml[i];
        switch (state) {
        case State::Text:
            if (c == '<' && i + 1 < n && (xml[i + 1] == '!' || xml[i + 1] == '?')) {
                // Comments, CDATA and processing instructions are copied as they are.
                const char* terminator = xml.mid(i, 4).startsWith("<!--") ? "-->"
                    : xml.mid(i, 9).startsWith("<![CDATA[")               ? "]]>"
                                                                          : ">";
                const qsizetype end = xml.indexOf(terminator, i + 2);
                const qsizetype stop = end < 0 ? n : end + qsizetype(qstrlen(terminator));
                out.append(xml.constData() + i, stop - i);
                i = stop - 1;
                continue;
            }
            if (c == '<')
                state = State::Tag;
            out.append(c);
            break;
        case State::Tag:
            if (c == '"' || c == '\'') {
                quote = c;
                state = State::Value;
            } else if (c == '>') {
                state = State::Text;
            }
            out.append(c);
            break;
        case State::Value:
            if (c == quote) {
                if (closesValue(xml, i)) {
                    state = State::Tag;
                    out.append(c);
                } else {
                    out.append(c == '"' ? "&quot;" : "&apos;");
                    changed = true;
                }
            } else if (c == '<') {
                out.append("&lt;");
                changed = true;
            } else {
                out.append(c);
            }
            break;
        }
    }
    return changed ? out : QByteArray();
}

} // namespace Open311
