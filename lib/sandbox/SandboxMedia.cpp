#include "sandbox/SandboxMedia.h"

#include "sandbox/SandboxStore.h"
#include "sandbox/SandboxV2Discovery.h"

#include <QRegularExpression>

namespace Open311 {

namespace {

const QByteArray kJpeg = QByteArrayLiteral("image/jpeg");
const QByteArray kPng = QByteArrayLiteral("image/png");
const QString kMediaFolder = QStringLiteral("media/");

} // namespace

bool SandboxMedia::isMediaPath(const QString& path)
{
    return path.startsWith(kMediaFolder);
}

HttpResponse SandboxMedia::answer(
    const SandboxStore& store, const QString& path, const HttpRequest& request)
{
    if (request.method != "GET" && request.method != "HEAD") {
        HttpResponse refusal = HttpResponse::text(405,
            tr("%1 is not supported here; photos are only read.")
                    .arg(QString::fromLatin1(request.method))
                    .toUtf8()
                + '\n');
        refusal.headers.append({ QByteArray("Allow"), QByteArray("GET, HEAD") });
        return refusal;
    }
    // Positions without a leading zero, so that each photo has one URL.
    static const QRegularExpression pattern(
        QStringLiteral("^media/(\\d{1,18})/([1-9]\\d{0,2})\\.(jpg|png)$"));
    const QRegularExpressionMatch match = pattern.match(path);
    const std::optional<SandboxStore::Media> media = match.hasMatch()
        ? store.media(match.captured(1), match.captured(2).toInt())
        : std::nullopt;
    if (!media || extension(media->contentType) != match.capturedView(3))
        return HttpResponse::text(404, tr("There is no such photo here.").toUtf8() + '\n');
    HttpResponse response;
    response.contentType = media->contentType;
    response.body = media->data;
    response.headers.append({ QByteArray("Cache-Control"), QByteArray("max-age=86400") });
    // The type was sniffed on the way in; a browser must not guess another.
    response.headers.append({ QByteArray("X-Content-Type-Options"), QByteArray("nosniff") });
    return response;
}

QUrl SandboxMedia::url(const HttpRequest& request, const QUrl& baseUrl, const QString& v2Prefix,
    const QString& id, int position, const QByteArray& contentType)
{
    return SandboxV2Discovery::publicUrl(request, baseUrl,
        QStringLiteral("%1%2%3/%4.%5")
            .arg(v2Prefix, kMediaFolder, id, QString::number(position), extension(contentType)));
}

QByteArray SandboxMedia::sniff(const QByteArray& data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return kJpeg;
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return kPng;
    return QByteArray();
}

QString SandboxMedia::extension(const QByteArray& contentType)
{
    if (contentType == kJpeg)
        return QStringLiteral("jpg");
    if (contentType == kPng)
        return QStringLiteral("png");
    return QString();
}

} // namespace Open311
