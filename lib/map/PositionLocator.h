#pragma once

#include <QGeoCoordinate>
#include <QObject>

class QGeoPositionInfoSource;

namespace Open311 {

// "Use my location": one position fix from Qt Positioning, or one clear sentence saying why not.
class PositionLocator : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultTimeoutMs = 15000;

    explicit PositionLocator(QObject* parent = nullptr);

    // Uses the platform's default source unless one is given (tests pass an NMEA log); a
    // source with no parent becomes the locator's.
    void setSource(QGeoPositionInfoSource* source);
    void locate(int timeoutMs = kDefaultTimeoutMs);
    bool isLocating() const { return m_locating; }
    // The pin was placed another way meanwhile: a late fix must not move it.
    void cancel();

Q_SIGNALS:
    void located(const QGeoCoordinate& coordinate);
    void failed(const QString& message);

private:
    QGeoPositionInfoSource* m_source = nullptr;
    bool m_locating = false;
};

} // namespace Open311
