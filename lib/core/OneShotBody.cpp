#include "core/OneShotBody.h"

namespace Open311 {

OneShotBody::OneShotBody(QObject* parent)
    : QIODevice(parent)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char*, qint64)
{
    return -1;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace Open311
