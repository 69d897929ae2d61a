#pragma once

#include "core/Error.h"

#include <QGeoCoordinate>
#include <QObject>

#include <optional>

class QHBoxLayout;
class QLineEdit;
class QWidget;

namespace Open311 {

// The pin's place as two numbers a caller can read out or type: numbers typed move the pin,
// and the pin writes its own there.
class CoordinateFields : public QObject
{
    Q_OBJECT

public:
    // The fields and their labels are made in parent and laid out in layout().
    explicit CoordinateFields(QWidget* parent);

    QHBoxLayout* layout() const { return m_layout; }
    QLineEdit* latitude() const { return m_latitude; }
    QLineEdit* longitude() const { return m_longitude; }

    // The pin's place, or empty fields for no pin.
    void show(const QGeoCoordinate& pin);
    // The place typed, where it is a usable one other than the pin's.
    std::optional<QGeoCoordinate> typedPlace(const QGeoCoordinate& pin) const;
    // A field holding no usable number (cleared, half typed) while there is a place to send.
    std::optional<Error> problem(bool pinPlaced) const;
    void clear();

Q_SIGNALS:
    // Either field finished its editing.
    void edited();

private:
    static std::optional<double> degrees(const QLineEdit* edit, double limit);

    QHBoxLayout* m_layout;
    QLineEdit* m_latitude;
    QLineEdit* m_longitude;
    bool m_filling = false;
};

} // namespace Open311
