#include "core/OneShotBody.h"

#include <cstring>

namespace Open311 {

OneShotBody::OneShotBody(const QByteArray& data, QObject* parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return m_data.size() - m_position + QIODevice::bytesAvailable();
}

bool OneShotBody::atEnd() const
{
    return m_position >= m_data.size() && QIODevice::bytesAvailable() == 0;
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 left = m_data.size() - m_position;
    if (left <= 0)
        return -1;
    const qint64 count = qMin(left, maxSize);
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace Open311
