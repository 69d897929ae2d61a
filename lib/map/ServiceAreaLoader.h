#pragma once

#include "map/ServiceArea.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Open311 {

// Loads a jurisdiction's service area (an http(s) URL or a GeoJSON file) without blocking the
// window: fetched with a User-Agent, a size cap and a timeout, plain HTTP only where allowed,
// and parsed on a worker thread.
class ServiceAreaLoader : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 20000;

    explicit ServiceAreaLoader(QObject* parent = nullptr);
    ~ServiceAreaLoader() override;

    // Forgets the area, and any load under way, then loads this one; empty: none.
    void load(const QString& location, const QString& cityName, bool allowPlainHttp);
    std::shared_ptr<const ServiceArea> area() const { return m_area; }

Q_SIGNALS:
    void loaded(std::shared_ptr<const Open311::ServiceArea> area);
    void failed(const QString& message);

private:
    void parse(const QByteArray& bytes, const QString& cityName, quint64 generation);
    void finish(const Result<ServiceArea>& result, quint64 generation);

    QThreadPool m_parsers;
    QNetworkAccessManager* m_network;
    QNetworkReply* m_reply = nullptr;
    std::shared_ptr<const ServiceArea> m_area;
    quint64 m_generation = 0;
};

} // namespace Open311
