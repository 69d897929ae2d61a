#include "core/V2Text.h"

#include "core/Logging.h"
#include "core/V2Codec.h"

#include <QByteArrayView>

namespace Open311 {

namespace {

bool startsWithNoCase(QByteArrayView text, qsizetype at, QByteArrayView prefix)
{
    return text.size() - at >= prefix.size()
        && text.sliced(at, prefix.size()).compare(prefix, Qt::CaseInsensitive) == 0;
}

// PHP's warnings with html_errors on: "<br />\n<b>Warning</b>:  ... on line <b>3</b><br />".
// No GeoReport document has a <br> or <b> root.
bool isPhpMarkup(QByteArrayView body, qsizetype at)
{
    if (startsWithNoCase(body, at, "<b>"))
        return true;
    if (!startsWithNoCase(body, at, "<br"))
        return false;
    const qsizetype next = at + 3;
    return next >= body.size() || V2Text::isSpace(body.at(next)) || body.at(next) == '/'
        || body.at(next) == '>';
}

} // namespace

// Before the document there may be a byte order mark, an HTTP status line with its headers (the
// spec's own error samples), PHP warnings as text or markup, and blank lines; each is a whole
// line.
V2Text::Sniffed V2Text::sniff(const QByteArray& body)
{
    const QByteArrayView view(body);
    qsizetype pos = body.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bool sawText = false;
    for (;;) {
        while (pos < view.size() && isSpace(view.at(pos)))
            ++pos;
        if (pos >= view.size())
            return { sawText ? Format::Unknown : Format::Empty, QByteArray() };
        const char first = view.at(pos);
        if (first == '{' || first == '[')
            return { Format::Json, body.mid(pos) };
        qsizetype lineEnd = view.indexOf('\n', pos);
        if (lineEnd < 0)
            lineEnd = view.size();
        if (first == '<' && !isPhpMarkup(view, pos))
            return { Format::Xml, body.mid(pos) };
        // A warning printed without a line break still leaves the declaration to start from.
        const qsizetype declaration = view.sliced(pos, lineEnd - pos).indexOf("<?xml");
        if (declaration >= 0)
            return { Format::Xml, body.mid(pos + declaration) };
        sawText = true;
        pos = lineEnd;
    }
}

// --- Messages

Error V2Text::emptyAnswer()
{
    return Error::protocol(V2Codec::tr("The server sent an empty answer."));
}

Error V2Text::serviceWithoutCode(const Service& service)
{
    if (service.name.isEmpty())
        return Error::protocol(V2Codec::tr("The server listed a service without a service_code, "
                                           "so it could not be chosen."));
    return Error::protocol(V2Codec::tr("The server listed the service \u201c%1\u201d without a "
                                       "service_code, so it could not be chosen.")
                               .arg(service.name));
}

Error V2Text::createWithoutRequest()
{
    return Error::protocol(V2Codec::tr("The server's answer to the report lists no request."));
}

Error V2Text::createWithoutId()
{
    return Error::protocol(V2Codec::tr("The server's answer to the report has neither a "
                                       "service request id nor a token."));
}

Error V2Text::requestWithoutId()
{
    return Error::protocol(V2Codec::tr("The server listed a request with neither a "
                                       "service_request_id nor a token."));
}

// --- Values

bool V2Text::textFlag(QStringView text, bool fallback)
{
    const QStringView word = text.trimmed();
    if (word.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || word == u"1")
        return true;
    if (word.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || word == u"0")
        return false;
    if (!word.isEmpty())
        qCWarning(lcCodec) << "unreadable boolean" << word << "taken as" << fallback;
    return fallback;
}

int V2Text::textOrder(QStringView text)
{
    bool ok = false;
    const int order = text.trimmed().toInt(&ok);
    return ok ? order : 0;
}

int V2Text::errorCode(QStringView text)
{
    bool ok = false;
    const int code = text.trimmed().toInt(&ok);
    return ok ? code : -1;
}

QStringList V2Text::splitKeywords(QStringView text)
{
    QStringList keywords;
    for (const QStringView keyword : text.split(u',')) {
        const QStringView trimmed = keyword.trimmed();
        if (!trimmed.isEmpty())
            keywords.append(trimmed.toString());
    }
    return keywords;
}

// --- What a read entry must have

std::optional<Error> V2Text::finishDefinition(ServiceDefinition& definition)
{
    for (ServiceAttribute& attribute : definition.attributes) {
        if (attribute.code.isEmpty() && attribute.variable)
            return Error::protocol(V2Codec::tr("The service definition has an attribute without "
                                               "a code, so it could not be answered."));
        for (AttributeValue& value : attribute.values) {
            if (value.key.isEmpty())
                return Error::protocol(
                    V2Codec::tr("The service definition lists a choice without a key for "
                                "\u201c%1\u201d.")
                        .arg(attribute.code));
            if (value.name.isEmpty())
                value.name = value.key;
        }
    }
    definition.sortByOrder();
    return std::nullopt;
}

} // namespace Open311
