#pragma once

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace Open311 {

class SandboxStore;

// The photos sent with a v2 POST (the multipart `media` extension of Helsinki's and
// Bloomington's servers), served back under the v2 prefix at media/{id}/{position}.{jpg|png},
// where the request's media_url points when the client gave none of its own.
class SandboxMedia
{
    Q_DECLARE_TR_FUNCTIONS(Open311::SandboxMedia)

public:
    // `path` follows the v2 prefix, as SandboxApiV2::answer() gets it.
    static bool isMediaPath(const QString& path);
    // A GET or HEAD of one photo: its bytes as stored, or 404. Photos never change, so clients
    // may keep them a day.
    static HttpResponse answer(
        const SandboxStore& store, const QString& path, const HttpRequest& request);
    // Photo `position` (from 1) of request `id`, at the Host the client used.
    static QUrl url(const HttpRequest& request, const QUrl& baseUrl, const QString& v2Prefix,
        const QString& id, int position, const QByteArray& contentType);

    // "image/jpeg" or "image/png" from the first bytes, whatever the sender called them; empty
    // for anything else.
    static QByteArray sniff(const QByteArray& data);
    // "jpg" or "png" for what sniff() returns.
    static QString extension(const QByteArray& contentType);
};

} // namespace Open311
