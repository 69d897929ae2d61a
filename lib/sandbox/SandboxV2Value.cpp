#include "sandbox/SandboxV2Value.h"

#include <QLocale>
#include <QXmlStreamWriter>

#include <cmath>

namespace Open311 {

namespace {

void writeJsonString(QByteArray& out, const QString& text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                // Other control characters have no short escape.
                out += "\\u00";
                out += QByteArray::number(static_cast<unsigned char>(c), 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void indent(QByteArray& out, int depth)
{
    out += '\n';
    out += QByteArray(depth * 2, ' ');
}

} // namespace

SandboxV2Value SandboxV2Value::string(const QString& text)
{
    SandboxV2Value value;
    if (!text.isEmpty()) {
        value.m_kind = Kind::String;
        value.m_text = text;
    }
    return value;
}

SandboxV2Value SandboxV2Value::number(double number)
{
    SandboxV2Value value;
    // JSON has no NaN nor infinity; such a number is not known.
    if (std::isfinite(number)) {
        value.m_kind = Kind::Number;
        value.m_number = number;
    }
    return value;
}

SandboxV2Value SandboxV2Value::boolean(bool flag)
{
    SandboxV2Value value;
    value.m_kind = Kind::Boolean;
    value.m_boolean = flag;
    return value;
}

SandboxV2Value SandboxV2Value::object()
{
    SandboxV2Value value;
    value.m_kind = Kind::Object;
    return value;
}

SandboxV2Value SandboxV2Value::array(const QString& itemName)
{
    SandboxV2Value value;
    value.m_kind = Kind::Array;
    value.m_text = itemName;
    return value;
}

SandboxV2Value& SandboxV2Value::set(const QString& name, SandboxV2Value value)
{
    Q_ASSERT(m_kind == Kind::Object);
    m_names.push_back(name);
    m_children.push_back(std::move(value));
    return *this;
}

SandboxV2Value& SandboxV2Value::append(SandboxV2Value value)
{
    Q_ASSERT(m_kind == Kind::Array);
    m_children.push_back(std::move(value));
    return *this;
}

QString SandboxV2Value::scalarText() const
{
    switch (m_kind) {
    case Kind::String:
        return m_text;
    case Kind::Number:
        // The C locale and the shortest form that reads back the same: 37.762221815.
        return QString::number(m_number, 'g', QLocale::FloatingPointShortest);
    case Kind::Boolean:
        return m_boolean ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return QString();
    }
}

void SandboxV2Value::writeJson(QByteArray& out, int depth) const
{
    switch (m_kind) {
    case Kind::Null:
        out += "null";
        return;
    case Kind::String:
        writeJsonString(out, m_text);
        return;
    case Kind::Number:
    case Kind::Boolean:
        out += scalarText().toLatin1();
        return;
    case Kind::Object:
    case Kind::Array:
        break;
    }
    const bool isObject = m_kind == Kind::Object;
    if (m_children.empty()) {
        out += isObject ? "{}" : "[]";
        return;
    }
    out += isObject ? '{' : '[';
    for (std::size_t i = 0; i < m_children.size(); ++i) {
        if (i > 0)
            out += ',';
        indent(out, depth + 1);
        if (isObject) {
            writeJsonString(out, m_names[i]);
            out += ": ";
        }
        m_children[i].writeJson(out, depth + 1);
    }
    indent(out, depth);
    out += isObject ? '}' : ']';
}

QByteArray SandboxV2Value::toJson() const
{
    QByteArray out;
    writeJson(out, 0);
    out += '\n';
    return out;
}

void SandboxV2Value::writeXml(QXmlStreamWriter& w, const QString& name) const
{
    switch (m_kind) {
    case Kind::Null:
        w.writeEmptyElement(name);
        return;
    case Kind::String:
    case Kind::Number:
    case Kind::Boolean:
        w.writeTextElement(name, scalarText());
        return;
    case Kind::Object:
    case Kind::Array:
        break;
    }
    if (m_children.empty()) {
        w.writeEmptyElement(name);
        return;
    }
    w.writeStartElement(name);
    for (std::size_t i = 0; i < m_children.size(); ++i)
        m_children[i].writeXml(w, m_kind == Kind::Object ? m_names[i] : m_text);
    w.writeEndElement();
}

QByteArray SandboxV2Value::toXml(const QString& rootName) const
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    writeXml(w, rootName);
    w.writeEndDocument();
    return bytes;
}

HttpResponse SandboxV2Value::toResponse(WireFormat format, const QString& xmlRoot, int status) const
{
    HttpResponse response;
    response.status = status;
    if (format == WireFormat::Json) {
        response.contentType = "application/json; charset=utf-8";
        response.body = toJson();
    } else {
        response.contentType = "text/xml; charset=utf-8";
        response.body = toXml(xmlRoot);
    }
    return response;
}

} // namespace Open311
