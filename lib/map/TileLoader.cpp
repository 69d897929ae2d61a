#include "map/TileLoader.h"

#include "core/RetryAfter.h"
#include "core/Version.h"

#include <QBuffer>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>
#include <QVariant>
#include <QtConcurrent>

#include <string_view>

namespace Open311 {

namespace {

bool hasExplicitLifetime(QNetworkReply* reply)
{
    const QByteArray cacheControl = reply->rawHeader("Cache-Control").toLower();
    return cacheControl.contains("max-age") || cacheControl.contains("no-cache")
        || cacheControl.contains("no-store") || reply->hasRawHeader("Expires");
}

// What each tile server spoke last, for this process: the next map of the same server (the
// Tracker's, another jurisdiction's) starts at the right cap.
QHash<QString, TileLoader::Transport>& knownTransports()
{
    static QHash<QString, TileLoader::Transport> known;
    return known;
}

// A busy server's pause, for every loader of this process (the Tracker's map too), on the
// steady clock: a wall clock set back must not stall the map.
QHash<QString, QDeadlineTimer>& heldServers()
{
    static QHash<QString, QDeadlineTimer> held;
    return held;
}

QString serverOf(const TileSource& source)
{
    return source.tileUrl({ 0, 0, 0, 1 }).adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
}

} // namespace

namespace {

// Every chunk of a PNG declares its length. One that claims more bytes than the file has made
// libpng allocate what it claimed, 1.2 GB for a 332-byte tile (found by fuzzing): such a file
// is damaged, and never reaches the decoder.
bool pngChunksFit(const QByteArray& bytes)
{
    qsizetype at = 8;
    while (at + 12 <= bytes.size()) {
        const auto* p = reinterpret_cast<const uchar*>(bytes.constData() + at);
        const quint32 length
            = (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
        if (length > quint32(bytes.size() - at - 12))
            return false;
        if (bytes.mid(at + 4, 4) == "IEND")
            return true;
        at += 12 + qsizetype(length);
    }
    return false;
}

} // namespace

QImage TileLoader::decodeTile(const QByteArray& bytes, int tileSize)
{
    // Tiles are PNG, JPEG or WebP, told by their signature: whatever else a tile server sends (an
    // SVG document, say) never reaches a reader.
    const char* format = nullptr;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        format = "png";
    else if (bytes.startsWith("\xff\xd8\xff"))
        format = "jpeg";
    else if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        format = "webp";
    if (!format || (format == std::string_view("png") && !pngChunksFit(bytes)))
        return QImage();
    QBuffer buffer;
    buffer.setData(bytes);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    // A tile is 256 or 512 pixels a side (1024 at @2x); a header that claims 20,000 would have
    // the decoder allocate a gigabyte first (found by fuzzing).
    const int largest = 4 * tileSize;
    const QSize declared = reader.size();
    if (declared.width() > largest || declared.height() > largest)
        return QImage();
    reader.setAllocationLimit(64);
    QImage image;
    if (!reader.read(&image))
        return QImage();
    // The raster engine copies an opaque RGB32 tile row by row, but must blend every pixel of an
    // ARGB one; most tile servers send opaque tiles (often as 8-bit palettes).
    image = image.convertToFormat(
        image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32);
    // An @2x tile says so, so that a HiDPI screen gets it pixel for pixel.
    if (image.width() > tileSize)
        image.setDevicePixelRatio(qreal(image.width()) / tileSize);
    return image;
}

TileLoader::TileLoader(const TileSource& source, const QString& diskCacheDirectory, QObject* parent)
    : QObject(parent)
    , m_source(source)
    , m_network(new QNetworkAccessManager(this))
    , m_memory(kDefaultMemoryBytes)
    , m_retryTimer(new QTimer(this))
{
    // Over HTTP/2 a whole view arrives at once, and one thread took 60 ms to decode its 40
    // tiles; the GUI thread mostly waits on the network meanwhile, so each core (up to four)
    // may decode.
    m_decoders.setMaxThreadCount(qBound(1, QThread::idealThreadCount(), 4));
    if (!diskCacheDirectory.isEmpty() && source.kind() == TileSource::Kind::Xyz) {
        auto* cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(diskCacheDirectory);
        cache->setMaximumCacheSize(kDefaultDiskBytes);
        m_network->setCache(cache);
    }
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &TileLoader::pump);
    m_transport = source.kind() == TileSource::Kind::Xyz
        ? knownTransports().value(serverOf(source), Transport::Unknown)
        : Transport::Local;
    if (source.kind() == TileSource::Kind::MBTiles) {
        m_mbtilesConnection = QStringLiteral("mbtiles-") + QUuid::createUuid().toString();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_mbtilesConnection);
        db.setDatabaseName(source.location());
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        db.open();
    }
}

TileLoader::~TileLoader()
{
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_inFlight)) {
        if (reply) {
            reply->disconnect(this);
            reply->abort();
        }
    }
    m_decoders.waitForDone();
    if (!m_mbtilesConnection.isEmpty()) {
        QSqlDatabase::database(m_mbtilesConnection, false).close();
        QSqlDatabase::removeDatabase(m_mbtilesConnection);
    }
}

void TileLoader::setWanted(const QList<TileKey>& keys)
{
    m_wanted = keys;
    const QSet<TileKey> wanted(keys.cbegin(), keys.cend());
    for (auto it = m_inFlight.begin(); it != m_inFlight.end();) {
        if (!wanted.contains(it.key())) {
            QPointer<QNetworkReply> reply = it.value();
            it = m_inFlight.erase(it);
            ++m_fetchesCancelled;
            if (reply) {
                reply->disconnect(this);
                reply->abort();
                reply->deleteLater();
            }
        } else {
            ++it;
        }
    }
    pump();
}

QImage TileLoader::tile(const TileKey& key) const
{
    const QImage* image = m_memory.object(key);
    return image ? *image : QImage();
}

void TileLoader::clearMemory()
{
    m_memory.clear();
}

QString TileLoader::refusal() const
{
    if (m_source.refusesPlainHttp())
        return tr("The map's tile server uses plain HTTP, which nobody allowed for this "
                  "jurisdiction. Use an https:// address, or allow plain HTTP in Settings.");
    return QString();
}

void TileLoader::pump()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_source.refusesPlainHttp()) {
        for (const TileKey& key : std::as_const(m_wanted)) {
            if (!m_failed.contains(key))
                fail(key);
        }
        return;
    }
    // A server that asked for a pause gets it whole, not tile by tile.
    if (const qint64 held = heldForMs(); held > 0) {
        if (!m_retryTimer->isActive() || m_retryTimer->remainingTime() > held)
            m_retryTimer->start(int(qMin<qint64>(held, RetryAfter::kMaxMs)));
        return;
    }
    const int cap = m_transport == Transport::Http2 ? m_maxInFlightHttp2 : m_maxInFlight;
    qint64 nextRetry = 0;
    for (const TileKey& key : std::as_const(m_wanted)) {
        if (m_inFlight.size() >= cap)
            break;
        if (m_memory.contains(key) || m_inFlight.contains(key) || m_decoding.contains(key)
            || m_failed.contains(key) || !key.isValid())
            continue;
        const qint64 retryAt = m_retryAfter.value(key, 0);
        if (retryAt > now) {
            nextRetry = nextRetry == 0 ? retryAt : qMin(nextRetry, retryAt);
            continue;
        }
        if (m_source.kind() == TileSource::Kind::Xyz)
            startFetch(key);
        else
            loadLocal(key);
    }
    if (nextRetry > 0
        && (!m_retryTimer->isActive() || m_retryTimer->remainingTime() > nextRetry - now))
        m_retryTimer->start(int(qMax<qint64>(10, nextRetry - now)));
}

void TileLoader::startFetch(const TileKey& key)
{
    QNetworkRequest request(m_source.tileUrl(key));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferCache);
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(30000);
    if (m_hasSslConfiguration && request.url().scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_sslConfiguration);
    QNetworkReply* reply = m_network->get(request);
    m_inFlight.insert(key, reply);
    ++m_fetchesStarted;
    m_peakInFlight = qMax(m_peakInFlight, int(m_inFlight.size()));
    connect(reply, &QNetworkReply::finished, this, [this, key, reply] { onFinished(key, reply); });
    if (m_transport == Transport::Unknown) {
        // ALPN says "h2" when the handshake ends, a round trip before the first tile: the rest of
        // the first view can go out at once.
        connect(reply, &QNetworkReply::encrypted, this, [this, reply] {
            if (reply->sslConfiguration().nextNegotiatedProtocol()
                == QSslConfiguration::ALPNProtocolHTTP2)
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        learnTransport(Transport::Http2);
                        pump();
                    },
                    Qt::QueuedConnection);
        });
    }
}

void TileLoader::learnTransport(Transport transport)
{
    if (transport == m_transport)
        return;
    m_transport = transport;
    knownTransports().insert(serverOf(m_source), transport);
    Q_EMIT transportChanged(transport);
}

void TileLoader::holdServer(qint64 milliseconds)
{
    QDeadlineTimer& held = heldServers()[serverOf(m_source)];
    if (held.remainingTime() < milliseconds)
        held.setRemainingTime(milliseconds);
}

qint64 TileLoader::heldForMs() const
{
    const auto it = heldServers().constFind(serverOf(m_source));
    return it == heldServers().cend() ? 0 : it->remainingTime();
}

void TileLoader::onFinished(const TileKey& key, QNetworkReply* reply)
{
    reply->deleteLater();
    if (m_inFlight.value(key) != reply)
        return;
    m_inFlight.remove(key);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl url = reply->url();
    if (status > 0 && !reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool()) {
        const bool http2 = reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool();
        m_answersOverHttp2 += http2 ? 1 : 0;
        learnTransport(http2 ? Transport::Http2 : Transport::Http11);
    }
    if (reply->error() == QNetworkReply::NoError && status == 200) {
        const bool fromCache
            = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
        QAbstractNetworkCache* cache = m_network->cache();
        if (cache && !fromCache && !hasExplicitLifetime(reply)) {
            QNetworkCacheMetaData meta = cache->metaData(url);
            if (meta.isValid()) {
                meta.setExpirationDate(
                    QDateTime::currentDateTimeUtc().addSecs(kMinimumLifetimeSeconds));
                cache->updateMetaData(meta);
            }
        }
        decode(key, reply->readAll(), url);
    } else if (reply->error() == QNetworkReply::ProtocolFailure && status == 0
        && m_transport == Transport::Http2 && m_refusals.value(key, 0) < kMaxAttempts) {
        // "Server refused a stream": before its SETTINGS arrive a server's stream limit is not
        // known, and one past it is refused unread (RFC 9113, 8.7), so it goes again at once.
        m_refusals[key] += 1;
        ++m_streamsRefused;
    } else {
        // An error page or a "blocked" answer is no tile: never keep it.
        if (QAbstractNetworkCache* cache = m_network->cache())
            cache->remove(url);
        const qint64 retryAfter = RetryAfter::fromReply(reply);
        if (retryAfter >= 0 || status == 429) {
            // A busy server: the whole server waits, at least as long as it asked (a "0" or a
            // date gone by would otherwise be a loop) and longer each time.
            const int attempt = m_attempts.value(key, 0) + 1;
            m_attempts.insert(key, attempt);
            if (attempt >= kMaxBusyAttempts) {
                fail(key);
            } else {
                const qint64 wait = qMax(retryAfter, backoffMs(attempt));
                holdServer(wait);
                m_retryAfter.insert(key, QDateTime::currentMSecsSinceEpoch() + wait);
            }
        } else if (status >= 400 && status < 500 && status != 408) {
            fail(key);
        } else {
            scheduleRetry(key);
        }
    }
    pump();
}

void TileLoader::decode(const TileKey& key, const QByteArray& bytes, const QUrl& cachedUrl)
{
    m_decoding.insert(key);
    QtConcurrent::run(&m_decoders, decodeTile, bytes, m_source.tileSize())
        .then(this, [this, key, cachedUrl](const QImage& image) {
            m_decoding.remove(key);
            if (image.isNull()) {
                if (QAbstractNetworkCache* cache = m_network->cache(); cache && cachedUrl.isValid())
                    cache->remove(cachedUrl);
                fail(key);
            } else {
                m_attempts.remove(key);
                m_refusals.remove(key);
                m_retryAfter.remove(key);
                m_memory.insert(key, new QImage(image), image.sizeInBytes());
                Q_EMIT tileLoaded(key);
            }
            pump();
        });
}

void TileLoader::loadLocal(const TileKey& key)
{
    if (m_source.kind() == TileSource::Kind::MBTiles) {
        const QByteArray bytes = readMBTiles(key);
        if (bytes.isEmpty())
            fail(key);
        else
            decode(key, bytes, QUrl());
        return;
    }
    QString path = m_source.tilePath(key);
    if (!QFile::exists(path))
        path = m_source.tilePath(key, QStringLiteral("jpg"));
    if (!QFile::exists(path)) {
        fail(key);
        return;
    }
    m_decoding.insert(key);
    QtConcurrent::run(&m_decoders, [path, tileSize = m_source.tileSize()] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? decodeTile(file.read(4 * 1024 * 1024), tileSize)
                                              : QImage();
    }).then(this, [this, key](const QImage& image) {
        m_decoding.remove(key);
        if (image.isNull()) {
            fail(key);
        } else {
            m_memory.insert(key, new QImage(image), image.sizeInBytes());
            Q_EMIT tileLoaded(key);
        }
        pump();
    });
}

QByteArray TileLoader::readMBTiles(const TileKey& key)
{
    QSqlDatabase db = QSqlDatabase::database(m_mbtilesConnection, false);
    if (!db.isOpen())
        return QByteArray();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ? AND "
                                 "tile_column = ? AND tile_row = ?"));
    query.addBindValue(key.z);
    query.addBindValue(key.x);
    // MBTiles rows count from the south (TMS).
    query.addBindValue((1 << key.z) - 1 - key.y);
    if (!query.exec() || !query.next())
        return QByteArray();
    return query.value(0).toByteArray();
}

void TileLoader::scheduleRetry(const TileKey& key)
{
    const int attempt = m_attempts.value(key, 0) + 1;
    m_attempts.insert(key, attempt);
    if (attempt >= kMaxAttempts) {
        fail(key);
        return;
    }
    m_retryAfter.insert(key, QDateTime::currentMSecsSinceEpoch() + backoffMs(attempt));
}

void TileLoader::fail(const TileKey& key)
{
    m_failed.insert(key);
    Q_EMIT tileFailed(key);
}

} // namespace Open311
