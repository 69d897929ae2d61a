#pragma once

#include "map/FeedParser.h"
#include "map/FeedRequest.h"

#include <QFuture>

#include <QList>
#include <QObject>

class QNetworkAccessManager;
class QTimer;

namespace Open311 {

// Loads one feed (an http(s) URL or a local file) without blocking the window: fetched with
// HTTP caching (a refresh of an unchanged feed is a conditional request answered 304), capped
// in size, parsed on a worker thread, refreshed on a period.
class FeedLoader : public QObject
{
    Q_OBJECT

public:
    FeedLoader(const QString& location, const QString& cacheDirectory, QObject* parent = nullptr);
    ~FeedLoader() override;

    QString location() const { return m_location; }
    void setRefreshInterval(int milliseconds);
    void refresh();

    const QList<FeedRequest>& requests() const { return m_requests; }
    QString lastError() const { return m_lastError; }
    int skipped() const { return m_skipped; }
    bool lastUnchanged() const { return m_unchanged; }

Q_SIGNALS:
    void loaded();
    void failed(const QString& message);

private:
    void parse(const QByteArray& data, const QString& name);

    QString m_location;
    QFuture<QByteArray> m_reading;
    QFuture<Result<FeedParser::Parsed>> m_parsing;
    QNetworkAccessManager* m_network;
    QTimer* m_timer;
    QList<FeedRequest> m_requests;
    QString m_lastError;
    int m_skipped = 0;
    bool m_unchanged = false;
    bool m_busy = false;
};

} // namespace Open311
