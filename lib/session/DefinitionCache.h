#pragma once

#include "core/Error.h"
#include "core/ServiceDefinition.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <optional>

namespace Open311 {

class Client;

// The GeoReport v2 service definitions of the active jurisdiction: each fetched when its service
// is chosen, and kept for an hour, since a city changes its questions rarely and the form must
// show them at once when a caller changes their mind. A stale copy still serves when the city
// cannot be reached. With a folder, each jurisdiction's copies are also kept on disk, so that
// the questions are there at the next start, offline too.
class DefinitionCache : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 kFreshMs = 60 * 60 * 1000;
    // A saved copy larger than any definition a city sends is not read.
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;

    explicit DefinitionCache(QObject* parent = nullptr);

    // Another jurisdiction: nothing of the last one's applies. directory: where this one's
    // copies live on disk (one folder per jurisdiction); empty keeps them in memory only.
    void setClient(Client* client, const QString& directory = QString());
    // ready() or failed() follows, never before this returns.
    void fetch(const QString& serviceCode);
    std::optional<ServiceDefinition> cached(const QString& serviceCode) const;
    void setClockForTesting(qint64 (*now)()) { m_now = now; }

Q_SIGNALS:
    void ready(const QString& serviceCode, const Open311::ServiceDefinition& definition);
    void failed(const QString& serviceCode, const Open311::Error& error);

private:
    struct Entry
    {
        ServiceDefinition definition;
        qint64 fetchedMs = 0;
    };

    // From memory, else from disk; null when neither has it.
    const Entry* entry(const QString& serviceCode) const;
    QString pathFor(const QString& serviceCode) const;
    void store(const QString& serviceCode, Entry entry);

    QPointer<Client> m_client;
    QString m_directory;
    mutable QHash<QString, Entry> m_entries;
    QSet<QString> m_inFlight;
    quint64 m_generation = 0;
    qint64 (*m_now)();
};

} // namespace Open311
