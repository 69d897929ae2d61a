#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Open311 {

// The name=value&name=value text of a v1 query string and a v2 form body alike.
class FormEncoding
{
public:
    // Appends name=value, the value percent-encoded and after a '&' when into is not empty.
    // name must already be encoded. An empty value is left out unless keepEmpty.
    static void append(
        QByteArray& into, QByteArrayView name, const QString& value, bool keepEmpty = false);
};

} // namespace Open311
