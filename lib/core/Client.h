#pragma once

#include "core/CreateResult.h"
#include "core/Endpoint.h"
#include "core/FutureCallback.h"
#include "core/NewRequest.h"
#include "core/RequestStatus.h"
#include "core/Result.h"
#include "core/Service.h"
#include "core/WireCodec.h"

#include <QFuture>
#include <QObject>
#include <QQueue>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Open311 {

// Hands out the API key at the moment a request is built, so no long-lived object keeps it.
using ApiKeyProvider = std::function<QString()>;

// The one way the product talks to a GeoReport server; the wire format is the endpoint's codec.
// Every call finishes exactly once with a value or an Error; none of them blocks.
class Client : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 30000;
    static constexpr int kDefaultMaxConcurrent = 6;
    static constexpr qint64 kDefaultMaxResponseBytes = 4 * 1024 * 1024;

    Client(const Endpoint& endpoint, ApiKeyProvider apiKey, QObject* parent = nullptr);
    ~Client() override;

    const Endpoint& endpoint() const { return m_endpoint; }

    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    int timeout() const { return m_timeoutMs; }
    void setMaxConcurrent(int count) { m_maxConcurrent = qMax(1, count); }
    int maxConcurrent() const { return m_maxConcurrent; }
    void setMaxResponseBytes(qint64 bytes) { m_maxResponseBytes = bytes; }
    qint64 maxResponseBytes() const { return m_maxResponseBytes; }

    QFuture<Result<ServiceList>> serviceList();
    // Sent at most once: a create whose answer is lost ends as Error::Kind::OutcomeUnknown.
    QFuture<Result<CreateResult>> createRequest(const NewRequest& request);
    QFuture<Result<RequestStatus>> statusUpdate(const QString& serviceRequestId);

    // GeoReport v2; over v1 each ends at once with an error that says so.
    // The endpoint's URL is the discovery document's, or a folder that holds discovery.json.
    QFuture<Result<Discovery>> discovery();
    QFuture<Result<ServiceDefinition>> serviceDefinition(const QString& serviceCode);
    QFuture<Result<QList<RequestStatus>>> requests(const RequestQuery& query);
    QFuture<Result<QList<RequestStatus>>> token(const QString& token);
    // A create checked against its service's definition before any byte goes out.
    QFuture<Result<CreateResult>> createRequest(
        const NewRequest& request, const ServiceDefinition& definition);

    int callsInFlight() const { return int(m_running.size()); }
    int callsQueued() const { return int(m_queue.size()); }

private:
    struct Answer
    {
        int httpStatus = 0;
        QByteArray body;
    };
    struct Call;

    QString apiKey() const;
    QFuture<Result<Answer>> call(const WireRequest& wire, bool isCreate);
    void startQueued();
    void start(const std::shared_ptr<Call>& call);
    void finish(const std::shared_ptr<Call>& call);
    void abortOverdueCalls();
    Result<Answer> classify(Call& call) const;

    template <typename T>
    QFuture<Result<T>> fetch(const WireRequest& wire,
        Result<T> (WireCodec::*parser)(const QByteArray&) const, bool isCreate = false);
    template <typename T> QFuture<Result<T>> refuse(const Error& error) const
    {
        return readyFuture(Result<T>(error));
    }
    bool retryAsXml(const std::shared_ptr<Call>& call, const Result<Answer>& result);

    template <typename T>
    static Result<T> decode(const WireCodec& codec, const Result<Answer>& answer,
        Result<T> (WireCodec::*parser)(const QByteArray&) const, bool isCreate);

    Endpoint m_endpoint;
    // Shared with the continuations, which may run after the Client is gone.
    std::shared_ptr<const WireCodec> m_codec;
    ApiKeyProvider m_apiKey;
    QNetworkAccessManager* m_network;
    QQueue<std::shared_ptr<Call>> m_queue;
    QList<std::shared_ptr<Call>> m_running;
    // One watchdog for all calls: a timer per call was a measurable share of polling cost.
    QTimer* m_watchdog;
    int m_timeoutMs = kDefaultTimeoutMs;
    int m_maxConcurrent = kDefaultMaxConcurrent;
    qint64 m_maxResponseBytes = kDefaultMaxResponseBytes;
};

} // namespace Open311
