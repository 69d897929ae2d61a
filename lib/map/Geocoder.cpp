#include "map/Geocoder.h"

#include "core/Endpoint.h"
#include "core/FutureCallback.h"
#include "core/Logging.h"
#include "core/RetryAfter.h"
#include "core/Version.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>
#include <QRegularExpression>
#include <QTimer>

#include <cmath>

namespace Open311 {

namespace {

constexpr qint64 kMaxAnswerBytes = 1024 * 1024;

std::optional<GeoPlace> placeFrom(const QJsonObject& object)
{
    bool latOk = false;
    bool lonOk = false;
    // Nominatim sends coordinates as strings; accept numbers too.
    const QJsonValue latValue = object.value(QStringLiteral("lat"));
    const QJsonValue lonValue = object.value(QStringLiteral("lon"));
    GeoPlace place;
    place.latitude
        = latValue.isString() ? latValue.toString().toDouble(&latOk) : latValue.toDouble();
    place.longitude
        = lonValue.isString() ? lonValue.toString().toDouble(&lonOk) : lonValue.toDouble();
    latOk = latOk || latValue.isDouble();
    lonOk = lonOk || lonValue.isDouble();
    if (!latOk || !lonOk || !std::isfinite(place.latitude) || !std::isfinite(place.longitude)
        || std::abs(place.latitude) > 90 || std::abs(place.longitude) > 180)
        return std::nullopt;
    place.displayName = object.value(QStringLiteral("display_name")).toString();
    const QJsonObject address = object.value(QStringLiteral("address")).toObject();
    place.road = address.value(QStringLiteral("road")).toString();
    place.houseNumber = address.value(QStringLiteral("house_number")).toString();
    return place;
}

} // namespace

struct Geocoder::Pending
{
    QUrl url;
    bool reverse = false;
    QPromise<Result<QList<GeoPlace>>> promise;
};

Geocoder::Geocoder(const QUrl& baseUrl, QObject* parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_network(new QNetworkAccessManager(this))
    , m_gate(new QTimer(this))
    , m_cache(500)
    , m_nextAllowed(0)
    , m_heldUntil(0)
{
    m_gate->setSingleShot(true);
    connect(m_gate, &QTimer::timeout, this, &Geocoder::sendNext);
}

Geocoder::~Geocoder() = default;

void Geocoder::setLanguages(const QStringList& languages)
{
    // Only well-formed tags: a profile's text would otherwise reach the header as it is, line
    // breaks and all.
    static const QRegularExpression wellFormed(
        QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    QStringList tags;
    for (const QString& language : languages) {
        const QString tag = language.trimmed().replace(QLatin1Char('_'), QLatin1Char('-'));
        if (wellFormed.match(tag).hasMatch() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    QByteArray header;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        if (i > 0)
            header += ", ";
        header += tags[i].toLatin1();
        if (i > 0)
            header += ";q=" + QByteArray::number(qMax(0.1, 1.0 - 0.1 * double(i)), 'f', 1);
    }
    m_acceptLanguage = header;
}

std::optional<Error> Geocoder::refusal() const
{
    if (Endpoint::refusesPlainHttp(m_baseUrl, m_allowPlainHttp))
        return Error::validation(Error::Field::Location,
            tr("The address search service uses plain HTTP, which would send the address "
               "unencrypted. Use an https:// address, or allow plain HTTP for this "
               "jurisdiction in Settings."));
    if (!m_heldUntil.hasExpired())
        return busy(m_heldUntil.remainingTime());
    return std::nullopt;
}

Error Geocoder::busy(qint64 milliseconds)
{
    const int seconds = int(qMax<qint64>(1, (milliseconds + 999) / 1000));
    return Error::network(
        tr("The address search service is busy. Try again in %n second(s).", nullptr, seconds),
        true);
}

Result<QList<GeoPlace>> Geocoder::parseAnswer(const QByteArray& body, bool reverse)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::protocol(tr("The address search service sent an answer that is not JSON."));
    QList<GeoPlace> places;
    if (doc.isObject() && doc.object().contains(QStringLiteral("error"))) {
        // Reverse lookups with nothing there answer 200 and an error object.
        if (reverse)
            return places;
        return Error::protocol(
            tr("The address search service said: %1")
                .arg(doc.object().value(QStringLiteral("error")).toVariant().toString()));
    }
    const QJsonArray array = doc.isArray() ? doc.array() : QJsonArray { doc.object() };
    for (const QJsonValue& value : array) {
        if (std::optional<GeoPlace> place = placeFrom(value.toObject()))
            places.append(*place);
    }
    return places;
}

QFuture<Result<QList<GeoPlace>>> Geocoder::search(const QString& query, int limit)
{
    const QString text = query.simplified();
    if (text.isEmpty()) {
        return readyFuture(Result<QList<GeoPlace>>(
            Error::validation(Error::Field::Location, tr("Type an address to search for."))));
    }
    return enqueue(
        methodUrl(QStringLiteral("search"),
            { { QStringLiteral("q"), text }, { QStringLiteral("format"), QStringLiteral("jsonv2") },
                { QStringLiteral("addressdetails"), QStringLiteral("1") },
                { QStringLiteral("limit"), QString::number(limit) } }),
        false);
}

QFuture<Result<QList<GeoPlace>>> Geocoder::reverse(double latitude, double longitude)
{
    // Six decimals (~10 cm) so nearby pins share a cache entry.
    return enqueue(methodUrl(QStringLiteral("reverse"),
                       { { QStringLiteral("lat"), QString::number(latitude, 'f', 6) },
                           { QStringLiteral("lon"), QString::number(longitude, 'f', 6) },
                           { QStringLiteral("format"), QStringLiteral("jsonv2") },
                           { QStringLiteral("addressdetails"), QStringLiteral("1") } }),
        true);
}

QUrl Geocoder::methodUrl(const QString& method, const QList<QPair<QString, QString>>& query) const
{
    QUrl url = m_baseUrl;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + method);
    QString encoded;
    for (const auto& item : query) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += item.first + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(item.second));
    }
    url.setQuery(encoded, QUrl::StrictMode);
    return url;
}

QFuture<Result<QList<GeoPlace>>> Geocoder::enqueue(const QUrl& url, bool reverse)
{
    const QString key = url.toString();
    if (const QList<GeoPlace>* cached = m_cache.object(key))
        return readyFuture(Result<QList<GeoPlace>>(*cached));
    if (std::optional<Error> refused = refusal())
        return readyFuture(Result<QList<GeoPlace>>(*refused));
    auto pending = std::make_shared<Pending>();
    pending->url = url;
    pending->reverse = reverse;
    pending->promise.start();
    QFuture<Result<QList<GeoPlace>>> future = pending->promise.future();
    m_queue.enqueue(pending);
    sendNext();
    return future;
}

void Geocoder::sendNext()
{
    if (m_busy || m_queue.isEmpty())
        return;
    // Those that queued behind a server's "wait" hear so now, not when it is over.
    if (!m_heldUntil.hasExpired()) {
        const Error busyNow = busy(m_heldUntil.remainingTime());
        while (!m_queue.isEmpty()) {
            std::shared_ptr<Pending> pending = m_queue.dequeue();
            pending->promise.addResult(Result<QList<GeoPlace>>(busyNow));
            pending->promise.finish();
        }
        return;
    }
    if (!m_nextAllowed.hasExpired()) {
        if (!m_gate->isActive())
            m_gate->start(int(m_nextAllowed.remainingTime()));
        return;
    }
    std::shared_ptr<Pending> pending = m_queue.dequeue();
    // A cache hit may have arrived while this one waited.
    if (const QList<GeoPlace>* cached = m_cache.object(pending->url.toString())) {
        pending->promise.addResult(Result<QList<GeoPlace>>(*cached));
        pending->promise.finish();
        sendNext();
        return;
    }
    m_busy = true;
    ++m_requestsSent;
    QNetworkRequest request(pending->url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    // Without one, Qt sends its own "en,*", and a Spanish caller got English street names.
    if (!m_acceptLanguage.isEmpty())
        request.setRawHeader("Accept-Language", m_acceptLanguage);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxAnswerBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, pending] {
        reply->deleteLater();
        m_busy = false;
        m_nextAllowed.setRemainingTime(m_intervalMs);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        Result<QList<GeoPlace>> result
            = Error::network(tr("The address search service could not be reached."), false);
        if (reply->error() == QNetworkReply::OperationCanceledError) {
            result = Error::timeout();
        } else if (status == 200) {
            result = parseAnswer(body, pending->reverse);
        } else if (const qint64 wait = RetryAfter::fromReply(reply); wait >= 0) {
            m_heldUntil.setRemainingTime(wait);
            result = busy(wait);
        } else if (status > 0) {
            result = Error::http(status, QString());
        }
        if (result.ok())
            m_cache.insert(pending->url.toString(), new QList<GeoPlace>(result.value()));
        pending->promise.addResult(result);
        pending->promise.finish();
        sendNext();
    });
}

} // namespace Open311
