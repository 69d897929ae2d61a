#include "core/FormEncoding.h"

#include <QUrl>

namespace Open311 {

void FormEncoding::append(
    QByteArray& into, QByteArrayView name, const QString& value, bool keepEmpty)
{
    if (value.isEmpty() && !keepEmpty)
        return;
    if (!into.isEmpty())
        into += '&';
    into.append(name);
    into += '=';
    into += QUrl::toPercentEncoding(value);
}

} // namespace Open311
