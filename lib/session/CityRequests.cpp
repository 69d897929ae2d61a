#include "session/CityRequests.h"

#include "core/Client.h"
#include "core/FutureCallback.h"
#include "core/Protocol.h"
#include "core/RequestQuery.h"

#include <QSet>
#include <QTimer>

namespace Open311 {

CityRequests::CityRequests(QObject* parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &CityRequests::refresh);
}

void CityRequests::setClient(Client* client, int refreshMinutes, bool withDescriptions)
{
    ++m_generation;
    m_fetching = false;
    m_requests.clear();
    m_incoming.clear();
    m_lastError.clear();
    m_withDescriptions = withDescriptions;
    m_client = client && client->endpoint().protocol() == Protocol::GeoReportV2 ? client : nullptr;
    m_timer->stop();
    if (!m_client)
        return;
    m_timer->start(qMax(1, refreshMinutes) * 60 * 1000);
    refresh();
}

void CityRequests::refresh()
{
    if (!m_client || m_fetching)
        return;
    m_fetching = true;
    m_incoming.clear();
    fetchPage(1, m_generation);
}

void CityRequests::fetchPage(int page, quint64 generation)
{
    RequestQuery query;
    query.status = QStringLiteral("open");
    query.page = page;
    query.pageSize = kPageSize;
    onResult(m_client->requests(query), this,
        [this, page, generation](const Result<QList<RequestStatus>>& result) {
            if (generation != m_generation)
                return; // a jurisdiction left behind
            if (!result.ok()) {
                // What was listed before stays on the map until the city answers again.
                m_fetching = false;
                m_lastError = result.error().message();
                return;
            }
            QSet<QString> seen;
            for (const FeedRequest& known : std::as_const(m_incoming))
                seen.insert(known.id);
            bool repeated = false;
            for (const RequestStatus& status : result.value()) {
                if (seen.contains(status.serviceRequestId)) {
                    repeated = true; // a server without paging gives page 1 again
                    continue;
                }
                m_incoming.append(toFeedRequest(status, m_withDescriptions));
            }
            const bool more = result.value().size() >= kPageSize && !repeated;
            if (more && page < kMaxPages && m_client) {
                fetchPage(page + 1, generation);
                return;
            }
            m_fetching = false;
            m_lastError.clear();
            m_requests = m_incoming;
            m_incoming.clear();
            Q_EMIT loaded();
        });
}

FeedRequest CityRequests::toFeedRequest(const RequestStatus& status, bool withDescription)
{
    FeedRequest request;
    request.id = status.serviceRequestId;
    request.serviceName = status.serviceName;
    request.status = status.status;
    request.requested = QDateTime::fromString(status.requestedDatetime, Qt::ISODate);
    request.address = status.address;
    if (withDescription)
        request.description = status.description;
    bool latitudeOk = false;
    bool longitudeOk = false;
    request.latitude = status.latitude.toDouble(&latitudeOk);
    request.longitude = status.longitude.toDouble(&longitudeOk);
    request.hasPosition = latitudeOk && longitudeOk && qAbs(request.latitude) <= 90
        && qAbs(request.longitude) <= 180;
    return request;
}

} // namespace Open311
