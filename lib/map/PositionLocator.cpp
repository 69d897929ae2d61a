#include "map/PositionLocator.h"

#include <QGeoPositionInfoSource>

namespace Open311 {

PositionLocator::PositionLocator(QObject* parent)
    : QObject(parent)
{ }

void PositionLocator::setSource(QGeoPositionInfoSource* source)
{
    if (m_source && m_source->parent() == this)
        delete m_source;
    m_source = source;
    if (!m_source)
        return;
    if (!m_source->parent())
        m_source->setParent(this);
    connect(m_source, &QGeoPositionInfoSource::positionUpdated, this,
        [this](const QGeoPositionInfo& info) {
            if (!m_locating)
                return;
            m_locating = false;
            if (info.coordinate().isValid())
                Q_EMIT located(info.coordinate());
            else
                Q_EMIT failed(tr("The position found is not valid."));
        });
    connect(m_source, &QGeoPositionInfoSource::errorOccurred, this,
        [this](QGeoPositionInfoSource::Error error) {
            if (!m_locating)
                return;
            m_locating = false;
            switch (error) {
            case QGeoPositionInfoSource::AccessError:
                Q_EMIT failed(tr("This computer does not allow the app to know its location. "
                                 "Place the pin on the map or type an address."));
                break;
            case QGeoPositionInfoSource::UpdateTimeoutError:
                Q_EMIT failed(tr("Your location could not be found in time. Place the pin on "
                                 "the map or type an address."));
                break;
            default:
                Q_EMIT failed(tr("Your location is not available. Place the pin on the map "
                                 "or type an address."));
                break;
            }
        });
}

void PositionLocator::cancel()
{
    if (!m_locating)
        return;
    m_locating = false;
    if (m_source)
        m_source->stopUpdates();
}

void PositionLocator::locate(int timeoutMs)
{
    if (m_locating)
        return;
    if (!m_source) {
        QGeoPositionInfoSource* source = QGeoPositionInfoSource::createDefaultSource(this);
        if (!source) {
            Q_EMIT failed(tr("This computer has no location service. Place the pin on the map "
                             "or type an address."));
            return;
        }
        setSource(source);
    }
    m_locating = true;
    m_source->requestUpdate(timeoutMs);
}

} // namespace Open311
