#include "gui/report/CoordinateFields.h"

#include "gui/report/ReportFormText.h"

#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>

#include <cmath>

namespace Open311 {

CoordinateFields::CoordinateFields(QWidget* parent)
    : QObject(parent)
    , m_layout(new QHBoxLayout)
{
    auto* latLabel = new QLabel(ReportFormText::tr("Lat&itude"), parent);
    m_latitude = new QLineEdit(parent);
    m_latitude->setAccessibleName(ReportFormText::tr("Latitude"));
    // Plain decimals: with the default notation a stray "e" replaced a typed-over coordinate.
    auto* latitudeRule = new QDoubleValidator(-90, 90, 8, m_latitude);
    latitudeRule->setNotation(QDoubleValidator::StandardNotation);
    // Degrees are written with a point in every language, as the pin writes them and as maps
    // give them: in Spanish "40.712" was refused, or read as 40712.
    latitudeRule->setLocale(QLocale::c());
    m_latitude->setValidator(latitudeRule);
    latLabel->setBuddy(m_latitude);
    auto* lonLabel = new QLabel(ReportFormText::tr("Lon&gitude"), parent);
    m_longitude = new QLineEdit(parent);
    m_longitude->setAccessibleName(ReportFormText::tr("Longitude"));
    auto* longitudeRule = new QDoubleValidator(-180, 180, 8, m_longitude);
    longitudeRule->setNotation(QDoubleValidator::StandardNotation);
    longitudeRule->setLocale(QLocale::c());
    m_longitude->setValidator(longitudeRule);
    lonLabel->setBuddy(m_longitude);
    m_layout->addWidget(latLabel);
    m_layout->addWidget(m_latitude);
    m_layout->addWidget(lonLabel);
    m_layout->addWidget(m_longitude);

    connect(m_latitude, &QLineEdit::editingFinished, this, &CoordinateFields::edited);
    connect(m_longitude, &QLineEdit::editingFinished, this, &CoordinateFields::edited);
}

void CoordinateFields::show(const QGeoCoordinate& pin)
{
    m_filling = true;
    m_latitude->setText(pin.isValid() ? QString::number(pin.latitude(), 'f', 6) : QString());
    m_longitude->setText(pin.isValid() ? QString::number(pin.longitude(), 'f', 6) : QString());
    m_filling = false;
}

std::optional<QGeoCoordinate> CoordinateFields::typedPlace(const QGeoCoordinate& pin) const
{
    if (m_filling)
        return std::nullopt;
    // Still what the pin wrote there: nobody moved it (the pin has more decimals than it shows).
    if (pin.isValid() && m_latitude->text() == QString::number(pin.latitude(), 'f', 6)
        && m_longitude->text() == QString::number(pin.longitude(), 'f', 6))
        return std::nullopt;
    const std::optional<double> lat = degrees(m_latitude, 90);
    const std::optional<double> lon = degrees(m_longitude, 180);
    if (!lat || !lon)
        return std::nullopt;
    const QGeoCoordinate where(*lat, *lon);
    if (!where.isValid() || where == pin)
        return std::nullopt;
    return where;
}

std::optional<Error> CoordinateFields::problem(bool pinPlaced) const
{
    // Otherwise the pin's old position, or no position, would go while the form shows another.
    const bool located
        = pinPlaced || !m_latitude->text().isEmpty() || !m_longitude->text().isEmpty();
    if (located && !degrees(m_latitude, 90))
        return Error::validation(Error::Field::Latitude,
            ReportFormText::tr(
                "Type the latitude in degrees, from -90 to 90, or place the pin on the map."));
    if (located && !degrees(m_longitude, 180))
        return Error::validation(Error::Field::Longitude,
            ReportFormText::tr(
                "Type the longitude in degrees, from -180 to 180, or place the pin on the map."));
    return std::nullopt;
}

void CoordinateFields::clear()
{
    // setText(), unlike clear(), also drops the undo history: nothing typed stays behind.
    m_latitude->setText(QString());
    m_longitude->setText(QString());
}

std::optional<double> CoordinateFields::degrees(const QLineEdit* edit, double limit)
{
    // With a point, whatever the interface's language (see the validators).
    bool ok = false;
    const double value = QLocale::c().toDouble(edit->text(), &ok);
    if (!ok || !std::isfinite(value) || qAbs(value) > limit)
        return std::nullopt;
    return value;
}

} // namespace Open311
