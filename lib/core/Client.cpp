#include "core/Client.h"

#include "core/Logging.h"
#include "core/OneShotBody.h"
#include "core/Version.h"

#include <QDeadlineTimer>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QPromise>
#include <QTimer>

namespace Open311 {

struct Client::Call
{
    WireRequest wire;
    bool isCreate = false;
    QPromise<Result<Answer>> promise;
    QPointer<QNetworkReply> reply;
    QByteArray body;
    QDeadlineTimer deadline;
    bool timedOut = false;
    bool tooLarge = false;
};

namespace {

// Errors that prove the request never reached the server, so sending again is harmless.
bool neverArrived(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

// Our own words: errorString() carries the full URL, and with it the API key.
QString describe(QNetworkReply::NetworkError error, const QUrl& url)
{
    const QString host = url.host();
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return Client::tr("The server %1 refused the connection.").arg(host);
    case QNetworkReply::HostNotFoundError:
        return Client::tr("The server %1 could not be found. Check the address and the network.")
            .arg(host);
    case QNetworkReply::RemoteHostClosedError:
        return Client::tr("The server %1 closed the connection before answering.").arg(host);
    case QNetworkReply::SslHandshakeFailedError:
        return Client::tr("A secure connection to %1 could not be established: its certificate "
                          "is not trusted or not valid. Nothing was sent.")
            .arg(host);
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Client::tr("The server %1 redirected the request to another address. It was not "
                          "followed, so that the API key stays with the city's server.")
            .arg(host);
    case QNetworkReply::ContentReSendError:
        return Client::tr("The connection to %1 was lost after the request was sent.").arg(host);
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return Client::tr("The network is not available.");
    default:
        return Client::tr("The connection to %1 failed (network error %2).")
            .arg(host)
            .arg(int(error));
    }
}

} // namespace

Client::Client(const Endpoint& endpoint, ApiKeyProvider apiKey, QObject* parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_codec(WireCodec::forEndpoint(endpoint))
    , m_apiKey(std::move(apiKey))
    , m_network(new QNetworkAccessManager(this))
    , m_watchdog(new QTimer(this))
{
    m_network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    m_watchdog->setInterval(50);
    connect(m_watchdog, &QTimer::timeout, this, &Client::abortOverdueCalls);
}

Client::~Client()
{
    const QList<QNetworkReply*> replies = m_network->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        reply->disconnect(this);
        reply->abort();
    }
}

QFuture<Result<ServiceList>> Client::serviceList()
{
    const QString key = m_apiKey ? m_apiKey() : QString();
    return call(m_codec->serviceList(m_endpoint, key), false)
        .then([codec = m_codec](const Result<Answer>& answer) {
            return decode<ServiceList>(*codec, answer, &WireCodec::parseServiceList, false);
        });
}

QFuture<Result<CreateResult>> Client::createRequest(const NewRequest& request)
{
    if (std::optional<Error> invalid = request.validate())
        return QtFuture::makeReadyFuture(Result<CreateResult>(*invalid));
    const QString key = m_apiKey ? m_apiKey() : QString();
    return call(m_codec->createRequest(m_endpoint, request, key), true)
        .then([codec = m_codec](const Result<Answer>& answer) {
            return decode<CreateResult>(*codec, answer, &WireCodec::parseCreate, true);
        });
}

QFuture<Result<RequestStatus>> Client::statusUpdate(const QString& serviceRequestId)
{
    const QString id = serviceRequestId.trimmed();
    if (id.isEmpty()) {
        return QtFuture::makeReadyFuture(Result<RequestStatus>(
            Error::validation(Error::Field::RequestId, tr("Give a service request id."))));
    }
    const QString key = m_apiKey ? m_apiKey() : QString();
    return call(m_codec->statusUpdate(m_endpoint, id, key), false)
        .then([codec = m_codec](const Result<Answer>& answer) {
            return decode<RequestStatus>(*codec, answer, &WireCodec::parseStatus, false);
        });
}

template <typename T>
Result<T> Client::decode(const WireCodec& codec, const Result<Answer>& answer,
    Result<T> (WireCodec::*parser)(const QByteArray&) const, bool isCreate)
{
    if (!answer.ok())
        return answer.error();
    const Answer& raw = answer.value();
    Result<T> parsed = (codec.*parser)(raw.body);
    if (raw.httpStatus == 200 || raw.httpStatus == 0) {
        if (!parsed.ok() && isCreate && parsed.error().kind() == Error::Kind::Protocol) {
            // The server took the request but its answer is garbled: it may have filed it.
            return Error::outcomeUnknown(parsed.error().message());
        }
        return parsed;
    }
    // Some servers send their Open311Error with a non-200 status; the error is the better story.
    if (!parsed.ok() && parsed.error().kind() == Error::Kind::Server)
        return parsed;
    if (isCreate && raw.httpStatus >= 500) {
        return Error::outcomeUnknown(
            tr("the server failed with HTTP status %1 while handling it.").arg(raw.httpStatus));
    }
    return Error::http(raw.httpStatus, codec.excerpt(raw.body));
}

QFuture<Result<Client::Answer>> Client::call(const WireRequest& wire, bool isCreate)
{
    if (std::optional<Error> invalid = m_endpoint.check())
        return QtFuture::makeReadyFuture(Result<Answer>(*invalid));

    auto call = std::make_shared<Call>();
    call->wire = wire;
    call->isCreate = isCreate;
    call->promise.start();
    QFuture<Result<Answer>> future = call->promise.future();
    m_queue.enqueue(call);
    startQueued();
    return future;
}

void Client::startQueued()
{
    while (m_running.size() < m_maxConcurrent && !m_queue.isEmpty())
        start(m_queue.dequeue());
}

void Client::abortOverdueCalls()
{
    const QList<std::shared_ptr<Call>> running = m_running;
    for (const std::shared_ptr<Call>& call : running) {
        if (call->deadline.hasExpired() && call->reply) {
            call->timedOut = true;
            call->reply->abort();
        }
    }
}

void Client::start(const std::shared_ptr<Call>& call)
{
    m_running.append(call);
    if (!m_watchdog->isActive())
        m_watchdog->start();
    call->deadline.setRemainingTime(m_timeoutMs);
    QNetworkRequest request(call->wire.url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    if (!call->wire.accept.isEmpty())
        request.setRawHeader("Accept", call->wire.accept);
    request.setAttribute(
        QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply* reply = nullptr;
    // A codec with a request body (GeoReport v2's POST) needs a one-shot body that carries it;
    // until then a body here would be dropped without a word.
    Q_ASSERT(call->wire.body.isEmpty());
    if (call->isCreate) {
        // See OneShotBody: an empty body that cannot be rewound forbids Qt's silent resend.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, 0);
        auto* body = new OneShotBody;
        reply = m_network->sendCustomRequest(request, call->wire.verb, body);
        body->setParent(reply);
    } else if (call->wire.verb == "GET") {
        // Idempotent reads may share a connection back to back; it halves round trips when
        // polling many ids.
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        reply = m_network->get(request);
    } else {
        reply = m_network->sendCustomRequest(request, call->wire.verb);
    }
    call->reply = reply;
    qCDebug(lcClient) << call->wire.verb << call->wire.url.adjusted(QUrl::RemoveQuery).toString();

    const qint64 cap = m_maxResponseBytes;
    connect(reply, &QNetworkReply::readyRead, reply, [call, cap] {
        // An announced length over the cap is refused before its bytes arrive.
        const QVariant length = call->reply->header(QNetworkRequest::ContentLengthHeader);
        call->body += call->reply->readAll();
        if (call->body.size() > cap || (length.isValid() && length.toLongLong() > cap)) {
            call->tooLarge = true;
            call->body.clear();
            call->reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, call] { finish(call); });
}

void Client::finish(const std::shared_ptr<Call>& call)
{
    m_running.removeOne(call);
    if (m_running.isEmpty())
        m_watchdog->stop();
    Result<Answer> result = classify(*call);
    if (call->reply)
        call->reply->deleteLater();
    qCDebug(lcClient) << call->wire.method << "finished:"
                      << (result.ok() ? QStringLiteral("HTTP %1").arg(result.value().httpStatus)
                                      : result.error().kindName());
    call->promise.addResult(std::move(result));
    call->promise.finish();
    startQueued();
}

Result<Client::Answer> Client::classify(Call& call) const
{
    QNetworkReply* reply = call.reply;
    if (!call.tooLarge && !call.timedOut)
        call.body += reply->readAll();

    if (call.tooLarge) {
        const QString limit = QLocale().formattedDataSize(m_maxResponseBytes);
        const QString message = tr("The server's answer is larger than %1; it was cut off for "
                                   "safety.")
                                    .arg(limit);
        return call.isCreate ? Error::outcomeUnknown(message) : Error::protocol(message);
    }
    if (call.timedOut) {
        return call.isCreate ? Error::outcomeUnknown(tr("the server did not answer in time."))
                             : Error::timeout();
    }
    const QNetworkReply::NetworkError error = reply->error();
    if (error == QNetworkReply::InsecureRedirectError
        || error == QNetworkReply::TooManyRedirectsError) {
        return Error::network(describe(error, call.wire.url), true);
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status > 0 && error == QNetworkReply::RemoteHostClosedError) {
        const QString message = tr("The server's answer was cut short.");
        return call.isCreate ? Error::outcomeUnknown(message)
                             : Error::protocol(message, m_codec->excerpt(call.body));
    }
    if (status > 0
        && (error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied)) {
        Answer answer;
        answer.httpStatus = status;
        answer.body = call.body;
        return answer;
    }
    if (error == QNetworkReply::NoError)
        return Error::protocol(tr("The server sent no HTTP answer."));
    const QString message = describe(error, call.wire.url);
    if (call.isCreate && !neverArrived(error))
        return Error::outcomeUnknown(message);
    return Error::network(message, neverArrived(error));
}

} // namespace Open311
