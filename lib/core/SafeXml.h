#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

class QXmlStreamReader;

namespace Open311 {

// What every GeoReport XML answer goes through before its own parser reads it: the junk some
// servers put before the document, the refusal of DTDs (Debian's Qt 6.4 QXmlStreamReader lacks
// the fixes for CVE-2023-37369 and CVE-2023-38197, and GeoReport never needs a DTD) and the
// excerpt an error message quotes. It holds no sentences: each codec says what a problem means
// in its own words, so their translations stay where they are.
class SafeXml
{
public:
    // Why a document has no root element to read.
    enum class Problem
    {
        None, // the reader stands on the root's start element
        Empty, // nothing but whitespace
        NotXml, // not well-formed before the root, or no root at all
        WebPage, // an HTML page: a proxy's, a login's or a server's error page
        Dtd, // a document type declaration or an entity reference, refused unread
    };

    // Without the PHP warnings, blank lines or byte order mark that servers put before the XML.
    static QByteArray withoutPreamble(const QByteArray& body);

    // Advances the reader to the root's start element. body is the reader's document, used
    // only to tell an empty answer from one that is not XML.
    static Problem readToRoot(QXmlStreamReader& xml, const QByteArray& body);

    // Reads the rest of the document, so that a truncated answer or garbage after the root
    // element shows in xml.hasError(). Does nothing when the reader already failed.
    static void readToEnd(QXmlStreamReader& xml);

    // The current element's text, child elements' text included, without surrounding space.
    static QString elementText(QXmlStreamReader& xml);

    // A short, printable, secret-free start of an unexpected answer, for error messages.
    static QString excerpt(const QByteArray& body);
};

} // namespace Open311
