#pragma once

#include "core/Result.h"
#include "map/GeoPlace.h"

#include <QCache>
#include <QDeadlineTimer>
#include <QFuture>
#include <QObject>
#include <QQueue>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QTimer;

namespace Open311 {

// A client for Nominatim-compatible geocoders (Nominatim, or the training city's).
//
// Follows Nominatim's usage policy: at most one request per second per server (queued, never
// dropped), a User-Agent naming the app, format=jsonv2 always, answers cached, and no
// search-as-you-type (callers search on Enter). A server that answers 429 or 503 with
// Retry-After gets no request at all until then.
class Geocoder : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit Geocoder(const QUrl& baseUrl, QObject* parent = nullptr);
    ~Geocoder() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setMinimumInterval(int milliseconds) { m_intervalMs = milliseconds; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    // Preferred languages for the answers, best first (the caller's, then the city's), as BCP 47
    // tags; sent as Accept-Language with falling weights.
    void setLanguages(const QStringList& languages);
    QByteArray acceptLanguage() const { return m_acceptLanguage; }
    // Plain HTTP to another machine goes out only with the jurisdiction's opt-in.
    void setAllowPlainHttp(bool allow) { m_allowPlainHttp = allow; }

    // Candidates for an address, best first; an empty list when nothing matched.
    QFuture<Result<QList<GeoPlace>>> search(const QString& query, int limit = 5);
    // The address at a point; an empty list when there is none (Nominatim's {"error": ...}).
    QFuture<Result<QList<GeoPlace>>> reverse(double latitude, double longitude);

    // A 200 answer's places; a reverse lookup's {"error": ...} means none there.
    static Result<QList<GeoPlace>> parseAnswer(const QByteArray& body, bool reverse);

    int requestsSent() const { return m_requestsSent; }
    // Forgets every answer: a kiosk's next visitor must not find the last one's addresses.
    void clearCache() { m_cache.clear(); }

private:
    struct Pending;
    QFuture<Result<QList<GeoPlace>>> enqueue(const QUrl& url, bool reverse);
    QUrl methodUrl(const QString& method, const QList<QPair<QString, QString>>& query) const;
    void sendNext();
    std::optional<Error> refusal() const;
    static Error busy(qint64 milliseconds);

    QUrl m_baseUrl;
    QNetworkAccessManager* m_network;
    QTimer* m_gate;
    QQueue<std::shared_ptr<Pending>> m_queue;
    QCache<QString, QList<GeoPlace>> m_cache;
    QDeadlineTimer m_nextAllowed;
    QDeadlineTimer m_heldUntil; // a busy server's Retry-After
    QByteArray m_acceptLanguage;
    bool m_allowPlainHttp = false;
    int m_intervalMs = kDefaultIntervalMs;
    int m_timeoutMs = 15000;
    int m_requestsSent = 0;
    bool m_busy = false;
};

} // namespace Open311
