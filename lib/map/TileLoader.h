#pragma once

#include "map/TileKey.h"
#include "map/TileSource.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QThreadPool>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace Open311 {

// Fetches, decodes and caches map tiles for the map widget.
//
// Follows the tile servers' policies: a User-Agent naming the app, a bounded disk cache that
// honours HTTP caching (at least 7 days when the server names no lifetime), a cap on requests in
// flight, the centre of the view first, no fetches for tiles that left the view, retries with
// backoff, a busy server's Retry-After honoured for the whole server, and nothing cached that is
// not a tile. Images are decoded off the GUI thread.
//
// Over HTTP/1.1 about six requests are in flight, each on a connection of its own. Over HTTP/2,
// which TLS negotiates, many tiles share one connection, so a whole view goes out at once; the
// server's own stream limit is kept by Qt, which queues the streams past it.
class TileLoader : public QObject
{
    Q_OBJECT

public:
    enum class Transport
    {
        Unknown, // nothing has come back yet
        Http11,
        Http2,
        Local, // a folder or an MBTiles file
    };

    static constexpr int kDefaultMaxInFlight = 6;
    static constexpr int kDefaultMaxInFlightHttp2 = 48;
    static constexpr qint64 kDefaultMemoryBytes = 96ll * 1024 * 1024;
    static constexpr qint64 kDefaultDiskBytes = 256ll * 1024 * 1024;
    static constexpr int kMaxAttempts = 4;
    // A server that keeps asking for pauses is waited for longer, but not for ever.
    static constexpr int kMaxBusyAttempts = 8;
    static constexpr qint64 kMinimumLifetimeSeconds = 7 * 24 * 3600;

    // diskCacheDirectory empty: no disk cache (kiosks that must keep nothing).
    TileLoader(
        const TileSource& source, const QString& diskCacheDirectory, QObject* parent = nullptr);
    // A tile's image from the bytes a server or an MBTiles file gave, or a null image; runs on
    // any thread.
    static QImage decodeTile(const QByteArray& bytes, int tileSize);
    ~TileLoader() override;

    const TileSource& source() const { return m_source; }
    void setMaxInFlight(int count) { m_maxInFlight = qMax(1, count); }
    void setMaxInFlightHttp2(int count) { m_maxInFlightHttp2 = qMax(1, count); }
    // Whom to trust for https tiles; a city's own tile server may have a CA of its own.
    void setSslConfiguration(const QSslConfiguration& configuration)
    {
        m_sslConfiguration = configuration;
        m_hasSslConfiguration = true;
    }
    void setMemoryCacheBytes(qint64 bytes) { m_memory.setMaxCost(bytes); }
    void setRetryBaseDelay(int milliseconds) { m_retryBaseMs = milliseconds; }
    QNetworkAccessManager* network() const { return m_network; }

    // The tiles the view needs, most important (the centre) first; replaces the previous list.
    // Fetches for tiles no longer in it are cancelled.
    void setWanted(const QList<TileKey>& keys);
    // A decoded tile from memory, or a null image.
    QImage tile(const TileKey& key) const;
    bool hasFailed(const TileKey& key) const { return m_failed.contains(key); }
    void clearMemory();
    Transport transport() const { return m_transport; }
    // Why no tile is fetched at all (plain HTTP that nobody allowed); empty when they are.
    QString refusal() const;

    int inFlight() const { return int(m_inFlight.size()); }
    int peakInFlight() const { return m_peakInFlight; }
    int fetchesStarted() const { return m_fetchesStarted; }
    int fetchesCancelled() const { return m_fetchesCancelled; }
    int answersOverHttp2() const { return m_answersOverHttp2; }
    // HTTP/2 streams the server refused unread (past its limit, before it was known), sent again.
    int streamsRefused() const { return m_streamsRefused; }
    qint64 memoryBytes() const { return m_memory.totalCost(); }

Q_SIGNALS:
    void tileLoaded(const Open311::TileKey& key);
    void tileFailed(const Open311::TileKey& key);
    void transportChanged(Open311::TileLoader::Transport transport);

private:
    void pump();
    void startFetch(const TileKey& key);
    void onFinished(const TileKey& key, QNetworkReply* reply);
    void decode(const TileKey& key, const QByteArray& bytes, const QUrl& cachedUrl);
    void loadLocal(const TileKey& key);
    void scheduleRetry(const TileKey& key);
    void fail(const TileKey& key);
    void learnTransport(Transport transport);
    // Every loader of this process leaves the server alone for that long.
    void holdServer(qint64 milliseconds);
    qint64 heldForMs() const;
    qint64 backoffMs(int attempt) const
    {
        return qint64(m_retryBaseMs) << qBound(0, attempt - 1, 20);
    }
    QByteArray readMBTiles(const TileKey& key);

    TileSource m_source;
    QNetworkAccessManager* m_network;
    QThreadPool m_decoders;
    QCache<TileKey, QImage> m_memory;
    QList<TileKey> m_wanted;
    QHash<TileKey, QPointer<QNetworkReply>> m_inFlight;
    QSet<TileKey> m_decoding;
    QSet<TileKey> m_failed;
    QHash<TileKey, int> m_attempts;
    QHash<TileKey, qint64> m_retryAfter; // msecs since epoch
    QTimer* m_retryTimer;
    QString m_mbtilesConnection;
    QSslConfiguration m_sslConfiguration;
    bool m_hasSslConfiguration = false;
    Transport m_transport = Transport::Unknown;
    int m_maxInFlight = kDefaultMaxInFlight;
    int m_maxInFlightHttp2 = kDefaultMaxInFlightHttp2;
    int m_retryBaseMs = 1000;
    int m_peakInFlight = 0;
    int m_fetchesStarted = 0;
    int m_fetchesCancelled = 0;
    int m_answersOverHttp2 = 0;
    int m_streamsRefused = 0;
    QHash<TileKey, int> m_refusals;
};

} // namespace Open311
