#pragma once

#include "core/NewRequest.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSqlQuery;

namespace Open311 {
class SqliteConnection;
}

namespace Open311 {

// The training city's requests, in SQLite, so that they survive a restart.
class SandboxStore
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxStore)

public:
    struct Request
    {
        QString id;
        QByteArray keyHash; // SHA-256 of the API key that created it; the key is never stored
        NewRequest request; // every create_request or v2 POST argument, as received
        QString serviceName;
        qint64 createdMs = 0;
        // v2 batch services: the token the POST answered, and when the city's batch turns it
        // into this request. Until then find() and select() do not see it.
        QString token;
        qint64 readyMs = 0;
    };

    // A photo sent with a v2 POST, kept as it came.
    struct Media
    {
        QByteArray contentType; // "image/jpeg" or "image/png", as sniffed from the bytes
        QByteArray data;
    };

    // Which requests a v2 GET requests lists.
    struct Selection
    {
        QStringList ids; // when given, the rest is ignored
        QStringList serviceCodes; // empty: every service
        qint64 fromMs = 0; // requested at or after
        qint64 toMs = 0; // requested at or before
    };

    // ":memory:" keeps nothing on disk.
    explicit SandboxStore(const QString& path);
    ~SandboxStore();
    SandboxStore(const SandboxStore&) = delete;
    SandboxStore& operator=(const SandboxStore&) = delete;

    bool open(QString& error);
    // The new id, or an empty string when the write failed. The photos, at positions from 1,
    // are written in the same transaction: a request is never kept without them.
    QString insert(const Request& request, const QList<Media>& media = {});
    // Requests of a batch service are found once they are ready.
    std::optional<Request> find(const QString& id) const;
    // Ready or not: the token's answer says which.
    std::optional<Request> findByToken(const QString& token) const;
    // Ready requests, latest first.
    QList<Request> select(const Selection& selection) const;
    qint64 count() const;
    // Photo `position` (from 1) of a request that is ready, as find() sees it.
    std::optional<Media> media(const QString& requestId, int position) const;
    // Its type without its bytes, ready or not; empty when there is no such photo.
    QByteArray mediaType(const QString& requestId, int position) const;
    int mediaCount(const QString& requestId) const;
    QList<Request> all() const;
    // The requests of this service filed before the one with this id, latest first, until
    // `visit` returns false: the first that matters is usually the latest.
    void forEachEarlier(const QString& serviceCode, const QString& id,
        const std::function<bool(const Request&)>& visit) const;

    static QByteArray hashKey(const QString& apiKey);

private:
    QString insertRow(const Request& request);

    std::unique_ptr<SqliteConnection> m_connection;
    // Prepared once: preparing on every lookup was half of the server's time per status_update.
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_find;
    std::unique_ptr<QSqlQuery> m_findByToken;
    std::unique_ptr<QSqlQuery> m_insertMedia;
    std::unique_ptr<QSqlQuery> m_media;
    std::unique_ptr<QSqlQuery> m_mediaType;
};

} // namespace Open311
