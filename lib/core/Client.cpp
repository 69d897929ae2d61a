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

template <typename T>
QFuture<Result<T>> Client::fetch(
    const WireRequest& wire, Result<T> (WireCodec::*parser)(const QByteArray&) const, bool isCreate)
{
    return call(wire, isCreate)
        .then([codec = m_codec, parser, isCreate](const Result<Answer>& answer) {
            return decode<T>(*codec, answer, parser, isCreate);
        });
}

QString Client::apiKey() const
{
    return m_apiKey ? m_apiKey() : QString();
}

QFuture<Result<ServiceList>> Client::serviceList()
{
    return fetch(m_codec->serviceList(m_endpoint, apiKey()), &WireCodec::parseServiceList);
}

QFuture<Result<CreateResult>> Client::createRequest(const NewRequest& request)
{
    if (std::optional<Error> invalid = request.validate())
        return refuse<CreateResult>(*invalid);
    return fetch(
        m_codec->createRequest(m_endpoint, request, apiKey()), &WireCodec::parseCreate, true);
}

QFuture<Result<CreateResult>> Client::createRequest(
    const NewRequest& request, const ServiceDefinition& definition)
{
    if (std::optional<Error> invalid = request.validate())
        return refuse<CreateResult>(*invalid);
    if (std::optional<Error> invalid = definition.check(request.attributes))
        return refuse<CreateResult>(*invalid);
    return createRequest(request);
}

QFuture<Result<RequestStatus>> Client::statusUpdate(const QString& serviceRequestId)
{
    const QString id = serviceRequestId.trimmed();
    if (id.isEmpty()) {
        return refuse<RequestStatus>(
            Error::validation(Error::Field::RequestId, tr("Give a service request id.")));
    }
    return fetch(m_codec->statusUpdate(m_endpoint, id, apiKey()), &WireCodec::parseStatus);
}

QFuture<Result<Discovery>> Client::discovery()
{
    if (!m_codec->offers(WireCodec::Call::Discovery))
        return refuse<Discovery>(WireCodec::notOffered(m_endpoint, WireCodec::Call::Discovery));
    return fetch(m_codec->discovery(m_endpoint.baseUrl()), &WireCodec::parseDiscovery);
}

QFuture<Result<ServiceDefinition>> Client::serviceDefinition(const QString& serviceCode)
{
    if (!m_codec->offers(WireCodec::Call::ServiceDefinition)) {
        return refuse<ServiceDefinition>(
            WireCodec::notOffered(m_endpoint, WireCodec::Call::ServiceDefinition));
    }
    const QString code = serviceCode.trimmed();
    if (code.isEmpty()) {
        return refuse<ServiceDefinition>(
            Error::validation(Error::Field::ServiceCode, tr("Give a service code.")));
    }
    return fetch(
        m_codec->serviceDefinition(m_endpoint, code, apiKey()), &WireCodec::parseDefinition);
}

QFuture<Result<QList<RequestStatus>>> Client::requests(const RequestQuery& query)
{
    if (!m_codec->offers(WireCodec::Call::Requests)) {
        return refuse<QList<RequestStatus>>(
            WireCodec::notOffered(m_endpoint, WireCodec::Call::Requests));
    }
    return fetch(m_codec->requests(m_endpoint, query, apiKey()), &WireCodec::parseRequests);
}

QFuture<Result<QList<RequestStatus>>> Client::token(const QString& token)
{
    if (!m_codec->offers(WireCodec::Call::Token)) {
        return refuse<QList<RequestStatus>>(
            WireCodec::notOffered(m_endpoint, WireCodec::Call::Token));
    }
    const QString value = token.trimmed();
    if (value.isEmpty()) {
        return refuse<QList<RequestStatus>>(
            Error::validation(Error::Field::Token, tr("Give a token.")));
    }
    return fetch(m_codec->token(m_endpoint, value, apiKey()), &WireCodec::parseTokens);
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
        return readyFuture(Result<Answer>(*invalid));

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
    if (!call->wire.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, call->wire.contentType);
    if (call->isCreate) {
        // See OneShotBody: a body that cannot be rewound forbids Qt's silent resend.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, call->wire.body.size());
        auto* body = new OneShotBody(call->wire.body);
        reply = m_network->sendCustomRequest(request, call->wire.verb, body);
        body->setParent(reply);
        // Photos on a slow uplink take longer than the timeout: it counts time without progress.
        const int timeoutMs = m_timeoutMs;
        connect(
            reply, &QNetworkReply::uploadProgress, reply, [call, timeoutMs](qint64 sent, qint64) {
                if (sent > 0)
                    call->deadline.setRemainingTime(timeoutMs);
            });
    } else if (call->wire.verb == "GET") {
        // Idempotent reads may share a connection back to back; it halves round trips when
        // polling many ids.
        request.setAttribute(QNetworkRequest::HttpPipeliningAllowedAttribute, true);
        reply = m_network->get(request);
    } else {
        reply = m_network->sendCustomRequest(request, call->wire.verb, call->wire.body);
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
    if (retryAsXml(call, result))
        return;
    qCDebug(lcClient) << call->wire.method << "finished:"
                      << (result.ok() ? QStringLiteral("HTTP %1").arg(result.value().httpStatus)
                                      : result.error().kindName());
    call->promise.addResult(std::move(result));
    call->promise.finish();
    startQueued();
}

// Real servers send "service_code":001; their XML says the same thing correctly. Once a
// server's JSON is found broken, every later call of this client asks for XML straight away.
bool Client::retryAsXml(const std::shared_ptr<Call>& call, const Result<Answer>& result)
{
    if (call->isCreate || !call->wire.xmlFallback.isValid() || !result.ok()
        || !m_codec->isMalformedJson(result.value().body))
        return false;
    qCInfo(lcClient) << call->wire.method << "answered JSON that is not valid; asking in XML";
    if (m_endpoint.protocol() == Protocol::GeoReportV2)
        m_endpoint = m_endpoint.withFormat(WireFormat::Xml);
    call->wire.url = call->wire.xmlFallback;
    call->wire.xmlFallback = QUrl();
    call->wire.accept = "text/xml, application/xml;q=0.9, */*;q=0.1";
    call->body.clear();
    call->reply = nullptr;
    call->timedOut = false;
    call->tooLarge = false;
    m_queue.prepend(call);
    startQueued();
    return true;
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
