#pragma once

#include "map/FeedRequest.h"

#include <QList>
#include <QObject>
#include <QString>

class QGeoCoordinate;
class QLabel;
class QLayout;
class QPushButton;
class QWidget;

namespace Open311 {

// Points out a request the city already has that the report being written may repeat, with a
// button to follow that one instead.
class DuplicateHint : public QObject
{
    Q_OBJECT

public:
    // The hint is said aloud only while the form shows.
    explicit DuplicateHint(QWidget* form);

    // The hint and its button, made in parent, as a row to place among the location's messages.
    QLayout* build(QWidget* parent);
    QPushButton* followButton() const { return m_follow; }

    // Requests the city already has, and how near the pin one must be to count.
    void setKnownRequests(const QList<FeedRequest>& requests, double radiusMeters);
    // A known request near the pin is shown; the map then draws the radius searched.
    bool isShowing() const { return !m_id.isEmpty(); }
    double radius() const { return m_radius; }
    // The hint shown, or nothing.
    QString text() const;
    // While the result shows, the report just sent is the one at the pin: no hint about itself.
    void update(const QString& serviceName, const QGeoCoordinate& pin, const QString& address,
        bool showingResult);

Q_SIGNALS:
    void followRequested(const QString& requestId);
    void announced(const QString& text);

private:
    QWidget* m_form;
    QLabel* m_hint = nullptr;
    QPushButton* m_follow = nullptr;
    QList<FeedRequest> m_known;
    double m_radius = 50;
    QString m_id;
    QString m_announced;
};

} // namespace Open311
