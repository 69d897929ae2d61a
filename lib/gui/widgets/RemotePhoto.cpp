#include "gui/widgets/RemotePhoto.h"

#include "core/Version.h"

#include <QBuffer>
#include <QFutureWatcher>
#include <QImageReader>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>
#include <QtConcurrent>

namespace Open311 {

RemotePhoto::RemotePhoto(const QUrl& url, bool allowPlainHttp, QWidget* parent)
    : QLabel(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_url(url)
{
    setAccessibleName(tr("The city's photo"));
    setWordWrap(true);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMaximumWidth(kSide);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != u"https" && !(scheme == u"http" && allowPlainHttp))) {
        // Shown as a link only: a picture over plain HTTP could be swapped on the way.
        setText(tr("The city's photo is at an address this app does not open by itself."));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(false); }, Qt::QueuedConnection);
        return;
    }
    setText(tr("Loading the city's photo\u2026"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setTransferTimeout(kTimeoutMs);
    // Only where it was asked for: the host was checked, a redirect must not go elsewhere.
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    m_reply = m_network->get(request);
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if ((received > kMaxBytes || total > kMaxBytes) && m_reply) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &RemotePhoto::onReply);
}

RemotePhoto::~RemotePhoto()
{
    if (m_reply) {
        // Its finished() would reach a label that is going away.
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
    }
}

QImage RemotePhoto::decode(const QByteArray& bytes, int side)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    // Only what cameras and city servers use: no other image plug-in sees a stranger's bytes.
    const QByteArray format = reader.format();
    if (format != "jpeg" && format != "png")
        return QImage();
    const QSize size = reader.size();
    // Checked before decoding, so that a small file cannot claim gigabytes of pixels.
    if (!size.isValid() || qint64(size.width()) * size.height() > kMaxPixels)
        return QImage();
    reader.setScaledSize(size.scaled(QSize(side, side).boundedTo(size), Qt::KeepAspectRatio));
    return reader.read();
}

void RemotePhoto::onReply()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_tooLarge) {
        fail(tr("The city's photo is too large to show here."));
        return;
    }
    if (status > 0 && status != 200) {
        fail(tr("The city's photo could not be loaded: its server answered %1.").arg(status));
        return;
    }
    if (reply->error() != QNetworkReply::NoError) {
        fail(tr("The city's photo could not be loaded: its server could not be reached."));
        return;
    }
    const QByteArray bytes = reply->readAll();
    const int side = qRound(kSide * devicePixelRatioF());
    auto* watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher] {
        watcher->deleteLater();
        QImage image = watcher->result();
        if (image.isNull()) {
            fail(tr("The city's photo is not a picture this app can show."));
            return;
        }
        image.setDevicePixelRatio(devicePixelRatioF());
        setPixmap(QPixmap::fromImage(image));
        setMinimumSize(image.deviceIndependentSize().toSize());
        setToolTip(m_url.toString());
        Q_EMIT finished(true);
    });
    watcher->setFuture(QtConcurrent::run(&RemotePhoto::decode, bytes, side));
}

void RemotePhoto::fail(const QString& message)
{
    setText(message);
    Q_EMIT finished(false);
}

} // namespace Open311
