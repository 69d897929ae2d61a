#pragma once

#include <QImage>
#include <QLabel>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Open311 {

// A picture the city links to (a request's media_url), fetched and shown in place of the bare
// link: bounded in bytes, pixels and time, decoded off the GUI thread, and never over plain HTTP
// unless the jurisdiction allows it. Whatever fails leaves a sentence, not a broken window.
class RemotePhoto : public QLabel
{
    Q_OBJECT

public:
    static constexpr qint64 kMaxBytes = 16 * 1024 * 1024;
    static constexpr qint64 kMaxPixels = 100'000'000;
    static constexpr int kTimeoutMs = 20000;
    static constexpr int kSide = 320;

    RemotePhoto(const QUrl& url, bool allowPlainHttp, QWidget* parent = nullptr);
    ~RemotePhoto() override;

    bool isLoaded() const { return !pixmap().isNull(); }
    // Scaled to at most side × side; a null image when the bytes are no picture.
    static QImage decode(const QByteArray& bytes, int side);

Q_SIGNALS:
    void finished(bool shown);

private:
    void onReply();
    void fail(const QString& message);

    QNetworkAccessManager* m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_url;
    bool m_tooLarge = false;
};

} // namespace Open311
