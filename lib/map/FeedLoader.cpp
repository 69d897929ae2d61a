#include "map/FeedLoader.h"

#include "core/Version.h"
#include "map/FeedParser.h"

#include <QFile>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkDiskCache>
#include <QNetworkReply>
#include <QTimer>
#include <QUrl>
#include <QtConcurrent>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Open311 {

FeedLoader::FeedLoader(const QString& location, const QString& cacheDirectory, QObject* parent)
    : QObject(parent)
    , m_location(location)
    , m_network(new QNetworkAccessManager(this))
    , m_timer(new QTimer(this))
{
    if (!cacheDirectory.isEmpty()) {
        auto* cache = new QNetworkDiskCache(m_network);
        cache->setCacheDirectory(cacheDirectory);
        cache->setMaximumCacheSize(FeedParser::kMaxBytes * 2);
        m_network->setCache(cache);
    }
    connect(m_timer, &QTimer::timeout, this, &FeedLoader::refresh);
}

FeedLoader::~FeedLoader()
{
    // The workers' results are delivered to this object; let them finish while it still exists.
    m_reading.waitForFinished();
    m_parsing.waitForFinished();
}

void FeedLoader::setRefreshInterval(int milliseconds)
{
    if (milliseconds > 0)
        m_timer->start(milliseconds);
    else
        m_timer->stop();
}

void FeedLoader::refresh()
{
    if (m_busy)
        return;
    m_busy = true;
    const QUrl url(m_location);
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
        // Revalidates what the cache holds: an unchanged feed comes back as 304.
        request.setAttribute(
            QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::PreferNetwork);
        request.setTransferTimeout(60000);
        QNetworkReply* reply = m_network->get(request);
        connect(
            reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64 total) {
                if (received > FeedParser::kMaxBytes || total > FeedParser::kMaxBytes)
                    reply->abort();
            });
        connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
            reply->deleteLater();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (reply->error() != QNetworkReply::NoError || status != 200) {
                m_busy = false;
                m_lastError = reply->error() == QNetworkReply::OperationCanceledError
                    ? tr("The feed %1 is larger than 64 MB and was not read.").arg(url.host())
                    : tr("The feed %1 could not be fetched (%2).")
                          .arg(url.host())
                          .arg(status > 0 ? status : int(reply->error()));
                Q_EMIT failed(m_lastError);
                return;
            }
            m_unchanged = reply->attribute(QNetworkRequest::SourceIsFromCacheAttribute).toBool();
            parse(reply->readAll(), url.path());
        });
        return;
    }
    const QString path = url.isLocalFile() ? url.toLocalFile() : m_location;
    if (QFileInfo(path).size() > FeedParser::kMaxBytes) {
        m_busy = false;
        m_lastError = tr("The feed %1 is larger than 64 MB and was not read.").arg(path);
        Q_EMIT failed(m_lastError);
        return;
    }
    m_unchanged = false;
    m_reading = QtConcurrent::run([path] {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.read(FeedParser::kMaxBytes + 1) : QByteArray();
    });
    m_reading.then(this, [this, path](const QByteArray& data) { parse(data, path); });
}

void FeedLoader::parse(const QByteArray& data, const QString& name)
{
    m_parsing = QtConcurrent::run([data, name] {
        Result<FeedParser::Parsed> result
            = FeedParser::parse(data, FeedParser::guessFormat(data, name));
#if defined(__GLIBC__)
        // A 100,000-request GeoJSON document frees ~190 MB that glibc would otherwise keep
        // for the life of the app (docs/performance.md).
        malloc_trim(0);
#endif
        return result;
    });
    m_parsing.then(this, [this](const Result<FeedParser::Parsed>& result) {
        m_busy = false;
        m_reading = {};
        if (!result.ok()) {
            m_lastError = result.error().message();
            Q_EMIT failed(m_lastError);
            return;
        }
        m_lastError.clear();
        m_requests = result.value().requests;
        m_skipped = result.value().skipped;
        Q_EMIT loaded();
    });
}

} // namespace Open311
