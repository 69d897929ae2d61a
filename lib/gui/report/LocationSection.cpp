#include "gui/report/LocationSection.h"

#include "core/FutureCallback.h"
#include "core/NewRequest.h"
#include "gui/report/CoordinateFields.h"
#include "gui/report/DuplicateHint.h"
#include "gui/report/FieldErrors.h"
#include "gui/report/ReportFormText.h"
#include "gui/widgets/AccessibleText.h"
#include "map/DuplicateFinder.h"
#include "map/Geocoder.h"
#include "map/PositionLocator.h"
#include "map/ServiceArea.h"
#include "mapwidget/MapWidget.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <optional>

namespace Open311 {

LocationSection::LocationSection(FieldErrors& errors, DuplicateHint& duplicates, QWidget* parent)
    : QWidget(parent)
    , m_errors(errors)
    , m_locator(new PositionLocator(this))
    , m_pinQuestion(new PinQuestion(this))
{
    auto* layout = new QVBoxLayout(this);
    auto* addressRow = new QHBoxLayout;
    m_touchButtonRow = new QHBoxLayout;
    m_addressLabel = new QLabel(this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(ReportFormText::tr("Street and number, then Enter to find it"));
    m_address->setAccessibleName(ReportFormText::tr("Address"));
    // A pin alone is enough, so the address is not required by itself.
    AccessibleText::setHelp(m_address,
        ReportFormText::tr("An address or a pin on the map is required. Press Enter to search for "
                           "the address and move the pin."));
    m_addressLabel->setBuddy(m_address);
    m_searchButton = new QToolButton(this);
    m_searchButton->setText(ReportFormText::tr("Find"));
    m_searchButton->setAccessibleName(ReportFormText::tr("Find the address on the map"));
    m_locateButton = new QPushButton(ReportFormText::tr("Use &my location"), this);
    m_locateButton->setAccessibleName(ReportFormText::tr("Use my location"));
    // Find and "Use my location" stay out of the Tab chain: Enter in the address finds it,
    // Alt+M locates, and each saves a Tab per call.
    m_searchButton->setFocusPolicy(Qt::ClickFocus);
    m_locateButton->setFocusPolicy(Qt::ClickFocus);
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_searchButton);
    addressRow->addWidget(m_locateButton);

    m_map = new MapWidget(this);
    m_map->setMinimumSize(320, 240);

    m_coordinates = new CoordinateFields(this);

    // Every message about the place shares one reserved area above the map.
    auto* messages = new QWidget(this);
    auto* messageLayout = new QVBoxLayout(messages);
    messageLayout->setContentsMargins(0, 0, 0, 0);
    m_locationNotice = new QLabel(messages);
    m_locationNotice->setWordWrap(true);
    m_locationNotice->setAccessibleDescription(ReportFormText::tr("About the location"));
    QLayout* duplicateRow = duplicates.build(messages);
    layout->addWidget(m_addressLabel);
    layout->addLayout(addressRow);
    layout->addLayout(m_touchButtonRow);
    messageLayout->addWidget(m_errors.labelFor(m_address, Error::Field::Location));
    messageLayout->addWidget(m_locationNotice);
    messageLayout->addLayout(duplicateRow);
    messageLayout->setSpacing(0);
    messageLayout->addStretch(1);
    ReportFormText::reserveLines(messages, 3);
    m_locationNotice->hide();
    layout->addWidget(messages);
    layout->addWidget(m_map, 1);
    layout->addLayout(m_coordinates->layout());
    layout->addWidget(m_errors.labelFor(m_coordinates->latitude(), Error::Field::Latitude));
    layout->addWidget(m_errors.labelFor(m_coordinates->longitude(), Error::Field::Longitude));

    connect(m_address, &QLineEdit::returnPressed, this, [this] {
        // Found already: Enter goes on with the call, to the caller's name.
        if (m_map->pin().isValid() && !m_address->text().trimmed().isEmpty() && !isPinStale()) {
            Q_EMIT moveOnRequested();
            return;
        }
        searchAddress();
    });
    connect(m_searchButton, &QToolButton::clicked, this, &LocationSection::searchAddress);
    connect(m_address, &QLineEdit::textEdited, this, [this] {
        m_addressTypedByUser = !m_address->text().isEmpty();
        setLocationMessage(QString());
        Q_EMIT placeChanged();
        Q_EMIT edited();
    });
    connect(m_locateButton, &QPushButton::clicked, this, [this] {
        m_locateButton->setEnabled(false);
        setLocationMessage(ReportFormText::tr("Finding your location\u2026"));
        m_locator->locate();
    });
    connect(m_map, &MapWidget::pinPlacedByUser, this,
        [this](const QGeoCoordinate& pin) { pinMoved(pin, true); });
    connect(m_map, &MapWidget::pinChanged, this,
        [this](const QGeoCoordinate& pin) { pinMoved(pin, false); });
    connect(m_coordinates, &CoordinateFields::edited, this, &LocationSection::coordinatesEdited);

    connect(m_locator, &PositionLocator::located, this, [this](const QGeoCoordinate& where) {
        m_locateButton->setEnabled(true);
        placePinAt(where);
    });
    connect(m_locator, &PositionLocator::failed, this, [this](const QString& message) {
        m_locateButton->setEnabled(true);
        setLocationMessage(message);
    });
    connect(m_pinQuestion, &PinQuestion::answered, this, &LocationSection::pinQuestionAnswered);
}

void LocationSection::setServiceArea(std::shared_ptr<const ServiceArea> area)
{
    m_area = std::move(area);
    m_outsideConfirmedAt = QGeoCoordinate(); // said of another city's area
    if (m_area) {
        QList<QList<QPolygonF>> polygons;
        for (const ServiceArea::Polygon& polygon : m_area->polygons())
            polygons.append(polygon.rings);
        m_map->setServiceArea(MapShape::polygons(polygons));
    } else {
        m_map->clearServiceArea();
    }
    updateLocationNotice();
}

bool LocationSection::isPinOutsideArea() const
{
    const QGeoCoordinate pin = m_map->pin();
    return m_area && pin.isValid() && !m_area->contains(pin.latitude(), pin.longitude());
}

QString LocationSection::outsideAreaWarning() const
{
    return ReportFormText::tr("This place is outside %1; the city may not handle it.")
        .arg(m_area ? m_area->name() : QString());
}

bool LocationSection::readyToSend()
{
    if (isPinStale()) {
        askAboutStalePin();
        return false;
    }
    if (!isPinOutsideArea() || m_outsideConfirmedAt == m_map->pin())
        return true;
    if (m_touch) {
        // A visitor cannot weigh whether another city would take it; the kiosk says so.
        m_errors.show(Error::validation(Error::Field::Location,
            ReportFormText::tr("This place is outside %1, and this kiosk sends reports only for "
                               "places inside it. Move the pin into the city.")
                .arg(m_area->name())));
        return false;
    }
    m_pinQuestion->askOutsideArea(outsideAreaWarning(), m_touch);
    return false;
}

void LocationSection::setGeocoder(Geocoder* geocoder)
{
    m_geocoder = geocoder;
    m_searchButton->setEnabled(geocoder != nullptr);
}

void LocationSection::setAddressLabel(const QString& text)
{
    m_addressLabel->setText(text);
}

void LocationSection::setTouchMode(bool touch)
{
    m_map->setTouchMode(touch);
    m_touch = touch;
    if (!touch || m_touchButtonRow->count() > 0)
        return;
    // Large touch type left the address field a few characters wide beside its two buttons:
    // they go on a row of their own, under it.
    m_touchButtonRow->addWidget(m_searchButton, 1);
    m_touchButtonRow->addWidget(m_locateButton, 1);
}

void LocationSection::focusAddress()
{
    m_address->setFocus(Qt::ShortcutFocusReason);
    m_address->selectAll();
}

bool LocationSection::checkCoordinates()
{
    // Ctrl+Enter from a coordinate field comes before the field has finished its editing.
    coordinatesEdited();
    const std::optional<Error> problem = m_coordinates->problem(m_map->pin().isValid());
    if (problem)
        m_errors.show(problem->field(), problem->message());
    return !problem;
}

bool LocationSection::isPinStale() const
{
    const QString address = DuplicateFinder::normalizedAddress(m_address->text());
    return m_map->pin().isValid() && !address.isEmpty()
        && address != DuplicateFinder::normalizedAddress(m_pinAddress);
}

void LocationSection::askAboutStalePin()
{
    m_pinQuestion->ask(m_pinAddress, m_address->text().trimmed(), m_touch);
}

void LocationSection::dismissPinQuestion()
{
    m_pinQuestion->dismiss();
}

void LocationSection::pinQuestionAnswered(PinQuestion::Answer answer)
{
    if (answer == PinQuestion::Answer::SendOutsideArea) {
        m_outsideConfirmedAt = m_map->pin();
    } else if (answer == PinQuestion::Answer::KeepPin) {
        m_pinAddress = m_address->text();
    } else if (answer == PinQuestion::Answer::DropPin) {
        m_map->clearPin();
    } else {
        focusAddress();
        return;
    }
    updateLocationNotice();
    Q_EMIT submitRequested();
}

QString LocationSection::locationNotice() const
{
    return m_locationNotice->isVisible() ? m_locationNotice->text() : QString();
}

void LocationSection::cancelLocating()
{
    m_locator->cancel();
    m_locateButton->setEnabled(true);
}

void LocationSection::setLocationMessage(const QString& message)
{
    m_locationMessage = message;
    updateLocationNotice();
}

void LocationSection::updateLocationNotice()
{
    QString text = m_locationMessage;
    if (text.isEmpty() && isPinStale())
        text = ReportFormText::tr(
            "The pin is not at this address: press Enter to find it, or move the pin.");
    else if (text.isEmpty() && isPinOutsideArea())
        text = outsideAreaWarning();
    else if (text.isEmpty() && !m_map->pin().isValid() && !m_address->text().trimmed().isEmpty())
        text = ReportFormText::tr(
            "No place on the map yet: the city gets the address alone, with no map position.");
    m_locationNotice->setText(text);
    m_locationNotice->setVisible(!text.isEmpty());
    describePin();
}

void LocationSection::describePin()
{
    // A screen reader cannot see the pin: the map says where it is, by address where one is known.
    const QGeoCoordinate pin = m_map->pin();
    const QLocale locale;
    if (!pin.isValid())
        m_map->setPlaceDescription(ReportFormText::tr("No pin on the map yet."));
    else if (!m_pinAddress.trimmed().isEmpty())
        m_map->setPlaceDescription(ReportFormText::tr("The pin is at %1.").arg(m_pinAddress));
    else
        m_map->setPlaceDescription(ReportFormText::tr("The pin is at latitude %1, longitude %2.")
                                       .arg(locale.toString(pin.latitude(), 'f', 5),
                                           locale.toString(pin.longitude(), 'f', 5)));
}

void LocationSection::searchAddress()
{
    const QString text = m_address->text().trimmed();
    if (!m_geocoder || text.isEmpty())
        return;
    setLocationMessage(ReportFormText::tr("Looking up \u201c%1\u201d\u2026").arg(text));
    onResult(m_geocoder->search(text), this, [this, text](const Result<QList<GeoPlace>>& result) {
        // The caller has moved on to another address since; this answer is not for it.
        if (m_address->text().trimmed() != text)
            return;
        const bool found = result.ok() && !result.value().isEmpty();
        if (!found && isPinStale()) {
            // The pin belongs to an earlier address: sent with this one, it would put the report
            // in the wrong place without anyone noticing.
            m_map->clearPin();
            const QString cause = result.ok()
                ? ReportFormText::tr(
                    "No place called \u201c%1\u201d was found, so the pin was taken off the map.")
                      .arg(text)
                : ReportFormText::tr("%1 The pin was taken off the map.")
                      .arg(result.error().message());
            setLocationMessage(cause + QLatin1Char(' ')
                + ReportFormText::tr(
                    "Place it on the map, or the city gets the address alone, with no map "
                    "position."));
            return;
        }
        if (!result.ok()) {
            setLocationMessage(result.error().message());
            return;
        }
        const QList<GeoPlace>& places = result.value();
        if (places.isEmpty()) {
            setLocationMessage(ReportFormText::tr("No place called \u201c%1\u201d was found. "
                                                  "Place the pin on the map instead.")
                                   .arg(text));
            return;
        }
        if (places.size() == 1) {
            applyPlace(places.first());
            return;
        }
        setLocationMessage(
            ReportFormText::tr("%n place(s) found; choose one.", nullptr, int(places.size())));
        auto* menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setAccessibleName(ReportFormText::tr("Places found"));
        for (const GeoPlace& place : places) {
            QAction* action = menu->addAction(place.displayName);
            connect(action, &QAction::triggered, this, [this, place] { applyPlace(place); });
        }
        menu->popup(m_address->mapToGlobal(QPoint(0, m_address->height())));
    });
}

void LocationSection::applyPlace(const GeoPlace& place)
{
    const QGeoCoordinate where(place.latitude, place.longitude);
    cancelLocating();
    m_map->setCenter(where);
    if (m_map->zoom() < 16)
        m_map->setZoom(17);
    // The person chose this address: it is theirs, keep it from reverse lookups.
    m_address->setText(place.displayName);
    m_addressTypedByUser = true;
    m_map->setPin(where);
    m_pinAddress = place.displayName;
    m_locationMessage.clear();
    m_errors.hide(Error::Field::Location);
    updateLocationNotice();
    Q_EMIT placeChanged();
    Q_EMIT edited();
}

void LocationSection::placePinAt(const QGeoCoordinate& where)
{
    setLocationMessage(QString());
    m_map->setCenter(where);
    m_map->setZoom(17);
    m_map->setPin(where);
    pinMoved(where, true);
    // This computer's or a photo's position, not the typed address's: an operator's office
    // would go to the city as the caller's pothole. The pin is then not for the address
    // (isPinStale()).
    if (m_addressTypedByUser && !m_address->text().trimmed().isEmpty()) {
        m_pinAddress.clear();
        updateLocationNotice();
    }
}

void LocationSection::pinMoved(const QGeoCoordinate& pin, bool byUser)
{
    // Wherever the pin now is, it was put there with the address that shows.
    m_pinAddress = pin.isValid() ? m_address->text() : QString();
    if (byUser && pin.isValid()) {
        cancelLocating();
        m_locationMessage.clear();
    }
    updateLocationNotice();
    Q_EMIT placeChanged();
    m_coordinates->show(pin);
    if (pin.isValid())
        m_errors.hide(Error::Field::Location);
    if (!byUser || !pin.isValid())
        return;
    Q_EMIT edited();
    if (!m_geocoder || m_addressTypedByUser)
        return;
    onResult(m_geocoder->reverse(pin.latitude(), pin.longitude()), this,
        [this, pin](const Result<QList<GeoPlace>>& result) {
            // Only if the pin is still there and nobody typed an address meanwhile.
            if (!result.ok() || result.value().isEmpty() || m_addressTypedByUser
                || m_map->pin() != pin)
                return;
            m_address->setText(result.value().first().displayName);
            m_pinAddress = m_address->text();
            updateLocationNotice();
            Q_EMIT edited();
        });
}

void LocationSection::coordinatesEdited()
{
    const std::optional<QGeoCoordinate> where = m_coordinates->typedPlace(m_map->pin());
    if (!where)
        return;
    m_map->setPin(*where);
    m_map->setCenter(*where);
    pinMoved(*where, true);
}

void LocationSection::fill(NewRequest& request) const
{
    const QGeoCoordinate pin = m_map->pin();
    if (pin.isValid()) {
        request.latitude = pin.latitude();
        request.longitude = pin.longitude();
    }
    request.addressString = m_address->text().trimmed();
}

bool LocationSection::isEmpty() const
{
    return !m_map->pin().isValid() && m_address->text().isEmpty();
}

void LocationSection::restore(
    const NewRequest& request, bool addressTyped, const QString& pinAddress)
{
    // A draft or an undone report is asked about again: the answer was for another report.
    m_outsideConfirmedAt = QGeoCoordinate();
    if (request.hasLocation()) {
        const QGeoCoordinate where(*request.latitude, *request.longitude);
        m_map->setCenter(where);
        m_map->setPin(where);
    }
    m_address->setText(request.addressString);
    m_addressTypedByUser = addressTyped;
    m_pinAddress = pinAddress;
    updateLocationNotice();
}

void LocationSection::clear()
{
    cancelLocating();
    m_map->clearPin();
    m_addressTypedByUser = false;
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    m_address->setText(QString());
    m_coordinates->clear();
    m_pinAddress.clear();
    m_outsideConfirmedAt = QGeoCoordinate();
    setLocationMessage(QString());
}

} // namespace Open311
