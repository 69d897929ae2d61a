#include "core/SafeXml.h"

#include "core/SecretRedactor.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace Open311 {

namespace {

bool isHtml(QStringView name)
{
    return name.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray SafeXml::withoutPreamble(const QByteArray& body)
{
    qsizetype start = 0;
    if (body.startsWith("\xEF\xBB\xBF"))
        start = 3;
    const qsizetype xmlDecl = body.indexOf("<?xml", start);
    if (xmlDecl >= 0)
        return body.mid(xmlDecl);
    for (qsizetype i = start; i + 1 < body.size(); ++i) {
        if (body[i] == '<') {
            const char next = body[i + 1];
            if ((next >= 'A' && next <= 'Z') || (next >= 'a' && next <= 'z') || next == '!')
                return body.mid(i);
        }
    }
    return body.mid(start);
}

SafeXml::Problem SafeXml::readToRoot(QXmlStreamReader& xml, const QByteArray& body)
{
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD && isHtml(xml.dtdName()))
            return Problem::WebPage;
        if (token == QXmlStreamReader::DTD || token == QXmlStreamReader::EntityReference)
            return Problem::Dtd;
        if (token == QXmlStreamReader::StartElement)
            break;
    }
    if (xml.hasError() || xml.tokenType() != QXmlStreamReader::StartElement)
        return body.trimmed().isEmpty() ? Problem::Empty : Problem::NotXml;
    if (isHtml(xml.name()))
        return Problem::WebPage;
    return Problem::None;
}

void SafeXml::readToEnd(QXmlStreamReader& xml)
{
    while (!xml.hasError() && !xml.atEnd())
        xml.readNext();
}

QString SafeXml::elementText(QXmlStreamReader& xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
}

QString SafeXml::excerpt(const QByteArray& body)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString text = QString::fromUtf8(body.left(2048));
    text.replace(tags, QStringLiteral(" "));
    text.replace(space, QStringLiteral(" "));
    text = text.trimmed();
    QString printable;
    for (const QChar c : std::as_const(text)) {
        if (c.isPrint())
            printable.append(c);
    }
    if (printable.size() > 120)
        printable = printable.left(117) + QStringLiteral("...");
    return SecretRedactor::redact(printable);
}

} // namespace Open311
