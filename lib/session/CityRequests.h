#pragma once

#include "core/RequestStatus.h"
#include "map/FeedRequest.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QTimer;

namespace Open311 {

class Client;

// The open requests a GeoReport v2 city lists (GET requests: its last 90 days, page by page),
// for the map and the duplicate hint, as a published feed would give them; asked again on the
// feeds' schedule. A v1 city has no such call, and then this holds nothing.
class CityRequests : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 500;
    static constexpr int kMaxPages = 10;

    explicit CityRequests(QObject* parent = nullptr);

    // A new jurisdiction: what the last one listed is dropped. `withDescriptions` false keeps
    // others' words off a kiosk's map.
    void setClient(Client* client, int refreshMinutes, bool withDescriptions);
    void refresh();
    const QList<FeedRequest>& requests() const { return m_requests; }
    QString lastError() const { return m_lastError; }

    static FeedRequest toFeedRequest(const RequestStatus& status, bool withDescription);

Q_SIGNALS:
    void loaded();

private:
    void fetchPage(int page, quint64 generation);

    QPointer<Client> m_client;
    QTimer* m_timer;
    bool m_withDescriptions = true;
    bool m_fetching = false;
    quint64 m_generation = 0;
    QList<FeedRequest> m_requests;
    QList<FeedRequest> m_incoming;
    QString m_lastError;
};

} // namespace Open311
