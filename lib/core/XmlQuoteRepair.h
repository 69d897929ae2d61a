#pragma once

#include <QByteArray>

namespace Open311 {

// The spec's own service_list sample writes `The 4" side sewer` inside a double-quoted
// attribute, and servers built from it did the same. A quote that cannot close the value (it is
// not followed by another attribute or the end of the tag) is taken as a literal character.
// Used only after a strict parse failed, so well-formed answers are never touched.
class XmlQuoteRepair
{
public:
    // The repaired document, or an empty array when nothing needed repair.
    static QByteArray repair(const QByteArray& xml);
};

} // namespace Open311
