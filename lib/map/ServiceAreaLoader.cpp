#include "map/ServiceAreaLoader.h"

#include "core/Endpoint.h"
#include "core/Version.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QtConcurrent>

namespace Open311 {

ServiceAreaLoader::ServiceAreaLoader(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_parsers.setMaxThreadCount(1);
}

ServiceAreaLoader::~ServiceAreaLoader()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
    }
    // Qt 6.4's then(this, ...) asserts when its context dies before the future is done.
    m_parsers.waitForDone();
}

void ServiceAreaLoader::load(const QString& location, const QString& cityName, bool allowPlainHttp)
{
    const quint64 generation = ++m_generation;
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    m_area.reset();
    if (location.isEmpty())
        return;
    const QUrl url(location);
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")) {
        // then(this, ...): the answer is taken on this object's thread, not the pool's.
        QtConcurrent::run(&m_parsers, [location, cityName] {
            return ServiceArea::fromFile(location, cityName);
        }).then(this, [this, generation](const Result<ServiceArea>& result) {
            finish(result, generation);
        });
        return;
    }
    if (Endpoint::refusesPlainHttp(url, allowPlainHttp)) {
        Q_EMIT failed(tr("The service area's address uses plain HTTP, which nobody allowed for "
                         "this jurisdiction."));
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray(kUserAgent));
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    m_reply = m_network->get(request);
    QNetworkReply* reply = m_reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > ServiceArea::kMaxBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, cityName, generation] {
        reply->deleteLater();
        m_reply = nullptr;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status != 200) {
            Q_EMIT failed(status > 0 && status != 200
                    ? tr("The city's server answered %1 for its service area.").arg(status)
                    : tr("The service area could not be fetched: %1")
                          .arg(reply->error() == QNetworkReply::OperationCanceledError
                                  ? tr("it is larger than 16 MB, or took too long")
                                  : tr("the server could not be reached")));
            return;
        }
        parse(reply->readAll(), cityName, generation);
    });
}

void ServiceAreaLoader::parse(const QByteArray& bytes, const QString& cityName, quint64 generation)
{
    QtConcurrent::run(&m_parsers, [bytes, cityName] {
        return ServiceArea::fromGeoJson(bytes, cityName);
    }).then(this, [this, generation](const Result<ServiceArea>& result) {
        finish(result, generation);
    });
}

void ServiceAreaLoader::finish(const Result<ServiceArea>& result, quint64 generation)
{
    // A later load() has asked for another area since.
    if (generation != m_generation)
        return;
    if (!result.ok()) {
        Q_EMIT failed(result.error().message());
        return;
    }
    m_area = std::make_shared<const ServiceArea>(result.value());
    Q_EMIT loaded(m_area);
}

} // namespace Open311
