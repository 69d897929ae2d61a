#include "session/DefinitionCache.h"

#include "core/Client.h"
#include "core/DefinitionJson.h"
#include "core/FutureCallback.h"
#include "core/V2Codec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
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

void DefinitionCache::setClient(Client* client, const QString& directory)
{
    m_client = client;
    m_directory = directory;
    m_entries.clear();
    m_inFlight.clear();
    ++m_generation;
}

QString DefinitionCache::pathFor(const QString& serviceCode) const
{
    // Hex: a service code may hold any character, a slash included.
    return m_directory.isEmpty() ? QString()
                                 : QDir(m_directory)
                                       .filePath(QString::fromLatin1(serviceCode.toUtf8().toHex())
                                           + QStringLiteral(".json"));
}

const DefinitionCache::Entry* DefinitionCache::entry(const QString& serviceCode) const
{
    const auto it = m_entries.constFind(serviceCode);
    if (it != m_entries.cend())
        return &*it;
    const QString path = pathFor(serviceCode);
    QFile file(path);
    if (path.isEmpty() || file.size() > kMaxFileBytes || !file.open(QIODevice::ReadOnly))
        return nullptr;
    const QJsonObject saved = QJsonDocument::fromJson(file.readAll()).object();
    const Result<ServiceDefinition> read = V2Codec::parseDefinition(
        QJsonDocument(saved.value(QStringLiteral("definition")).toObject())
            .toJson(QJsonDocument::Compact));
    const qint64 fetchedMs = saved.value(QStringLiteral("fetched_ms")).toInteger();
    // A damaged or foreign file is no copy at all: the city is asked.
    if (!read.ok() || read.value().serviceCode != serviceCode || fetchedMs <= 0)
        return nullptr;
    return &*m_entries.insert(serviceCode, Entry { read.value(), fetchedMs });
}

void DefinitionCache::store(const QString& serviceCode, Entry entry)
{
    // Some servers leave service_code out of the definition; the copy is read back by it.
    if (entry.definition.serviceCode.isEmpty())
        entry.definition.serviceCode = serviceCode;
    m_entries.insert(serviceCode, entry);
    const QString path = pathFor(serviceCode);
    if (path.isEmpty() || !QDir().mkpath(m_directory))
        return;
    const QJsonObject saved {
        { QStringLiteral("fetched_ms"), entry.fetchedMs },
        { QStringLiteral("definition"), DefinitionJson::toJson(entry.definition) },
    };
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(saved).toJson(QJsonDocument::Compact));
    file.commit();
}

std::optional<ServiceDefinition> DefinitionCache::cached(const QString& serviceCode) const
{
    const Entry* found = entry(serviceCode);
    if (!found)
        return std::nullopt;
    return found->definition;
}

void DefinitionCache::fetch(const QString& serviceCode)
{
    const Entry* found = entry(serviceCode);
    if (found && m_now() - found->fetchedMs < kFreshMs) {
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
                store(serviceCode, Entry { result.value(), m_now() });
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
