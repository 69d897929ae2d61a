#include "session/DefinitionCache.h"

#include "core/Client.h"
#include "core/FutureCallback.h"

#include <QDateTime>
#include <QTimer>

namespace Open311 {

namespace {

qint64 systemNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

DefinitionCache::DefinitionCache(QObject* parent)
    : QObject(parent)
    , m_now(&systemNow)
{ }

void DefinitionCache::setClient(Client* client)
{
    m_client = client;
    m_entries.clear();
    m_inFlight.clear();
    ++m_generation;
}

std::optional<ServiceDefinition> DefinitionCache::cached(const QString& serviceCode) const
{
    const auto it = m_entries.constFind(serviceCode);
    if (it == m_entries.cend())
        return std::nullopt;
    return it->definition;
}

void DefinitionCache::fetch(const QString& serviceCode)
{
    const auto it = m_entries.constFind(serviceCode);
    if (it != m_entries.cend() && m_now() - it->fetchedMs < kFreshMs) {
        // Queued, so that a caller sees the same order whether the copy was fresh or not.
        QTimer::singleShot(0, this, [this, serviceCode, generation = m_generation] {
            const auto entry = m_entries.constFind(serviceCode);
            if (generation == m_generation && entry != m_entries.cend())
                Q_EMIT ready(serviceCode, entry->definition);
        });
        return;
    }
    if (m_inFlight.contains(serviceCode))
        return;
    if (!m_client) {
        QTimer::singleShot(0, this, [this, serviceCode] {
            Q_EMIT failed(serviceCode,
                Error::validation(
                    Error::Field::None, tr("There is no jurisdiction to ask for its questions.")));
        });
        return;
    }
    m_inFlight.insert(serviceCode);
    onResult(m_client->serviceDefinition(serviceCode), this,
        [this, serviceCode, generation = m_generation](const Result<ServiceDefinition>& result) {
            if (generation != m_generation)
                return; // asked of a jurisdiction left behind
            m_inFlight.remove(serviceCode);
            if (result.ok()) {
                m_entries.insert(serviceCode, Entry { result.value(), m_now() });
                Q_EMIT ready(serviceCode, result.value());
                return;
            }
            const auto stale = m_entries.constFind(serviceCode);
            if (stale != m_entries.cend()
                && (result.error().kind() == Error::Kind::Network
                    || result.error().kind() == Error::Kind::Timeout)) {
                Q_EMIT ready(serviceCode, stale->definition);
                return;
            }
            Q_EMIT failed(serviceCode, result.error());
        });
}

} // namespace Open311
