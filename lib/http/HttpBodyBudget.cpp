#include "http/HttpBodyBudget.h"

namespace Open311 {

HttpBodyBudget::HttpBodyBudget(qsizetype capacity)
    : m_capacity(capacity)
{ }

bool HttpBodyBudget::resize(qsizetype& held, qsizetype wanted)
{
    const qsizetype growth = wanted - held;
    if (growth > 0 && m_capacity > 0 && m_used + growth > m_capacity)
        return false;
    m_used += growth;
    held = wanted;
    return true;
}

} // namespace Open311
