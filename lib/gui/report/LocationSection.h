#pragma once

#include "gui/report/PinQuestion.h"
#include "map/GeoPlace.h"

#include <QGeoCoordinate>
#include <QString>
#include <QWidget>

#include <memory>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Open311 {

class CoordinateFields;
class DuplicateHint;
class FieldErrors;
class Geocoder;
class MapWidget;
class NewRequest;
class PositionLocator;
class ServiceArea;

// The form's middle column, where the problem is: the address, found through the geocoder;
// the pin on the map and its coordinates; "Use my location"; and what is to be said about the
// place, above all a pin that was placed for another address than the one now typed.
class LocationSection : public QWidget
{
    Q_OBJECT

public:
    // Problems with the place are shown through errors; the duplicate hint gets its row among
    // the messages above the map.
    LocationSection(FieldErrors& errors, DuplicateHint& duplicates, QWidget* parent);

    MapWidget* map() const { return m_map; }
    QLineEdit* address() const { return m_address; }
    CoordinateFields* coordinates() const { return m_coordinates; }
    void setGeocoder(Geocoder* geocoder);
    void setAddressLabel(const QString& text);
    // Kiosks: a touch map, and the address field on a row of its own; a place outside the
    // service area is refused rather than asked about.
    void setTouchMode(bool touch);
    void focusAddress();

    // The pin was placed for another address than the one now typed.
    bool isPinStale() const;
    QString locationNotice() const;
    // The city's area: drawn on the map, and a pin outside it is warned about. Null: none.
    void setServiceArea(std::shared_ptr<const ServiceArea> area);
    bool isPinOutsideArea() const;
    QString outsideAreaWarning() const;
    // The place may go: else a question is open (a stale pin, a pin outside the area), or at a
    // kiosk the place outside the area is refused; an answer that sends emits submitRequested.
    bool readyToSend();
    // Marks the first coordinate field that holds no usable number.
    bool checkCoordinates();
    // "Which place is meant?"; an answer that sends the report emits submitRequested.
    void askAboutStalePin();
    // Closes the question without acting on its answer.
    void dismissPinQuestion();

    void fill(NewRequest& request) const;
    bool isEmpty() const;
    bool isAddressTyped() const { return m_addressTypedByUser; }
    QString pinAddress() const { return m_pinAddress; }
    void restore(const NewRequest& request, bool addressTyped, const QString& pinAddress);
    void cancelLocating();
    // A position found elsewhere (this computer's, a photo's), as the user chose it.
    void placePinAt(const QGeoCoordinate& where);
    void setLocationMessage(const QString& message);
    // No pin, no address, no coordinates, no message.
    void clear();

Q_SIGNALS:
    // The pin or the address changed: what the duplicate hint looks at.
    void placeChanged();
    // Enter in an address already found: the call goes on to the caller's name.
    void moveOnRequested();
    void submitRequested();
    void edited();

private:
    void searchAddress();
    void applyPlace(const GeoPlace& place);
    void pinMoved(const QGeoCoordinate& pin, bool byUser);
    void coordinatesEdited();
    void updateLocationNotice();
    void describePin();
    void pinQuestionAnswered(PinQuestion::Answer answer);

    FieldErrors& m_errors;
    QHBoxLayout* m_touchButtonRow;
    QLabel* m_addressLabel;
    QLineEdit* m_address;
    QToolButton* m_searchButton;
    QPushButton* m_locateButton;
    MapWidget* m_map;
    CoordinateFields* m_coordinates;
    QLabel* m_locationNotice;
    // Search results, locator answers: they give way to the standing notices once acted on.
    QString m_locationMessage;
    // The address the pin was placed for; an address edited since then no longer matches it.
    QString m_pinAddress;
    Geocoder* m_geocoder = nullptr;
    PositionLocator* m_locator;
    PinQuestion* m_pinQuestion;
    std::shared_ptr<const ServiceArea> m_area;
    // Where the pin was when the person chose to send from outside the area.
    QGeoCoordinate m_outsideConfirmedAt;
    bool m_addressTypedByUser = false;
    bool m_touch = false;
};

} // namespace Open311
