#pragma once

#include <QColor>

namespace Open311 {

// WCAG 2's contrast between two colours: 4.5:1 is the floor for body text, 3:1 for large text
// and for what marks out a control (WCAG 1.4.11).
class ColorContrast
{
public:
    static double ratio(const QColor& a, const QColor& b);
    // The colour nearest `back` on the way to `toward` that stands `minimum`:1 against it; `toward`
    // itself if even that does not.
    static QColor reaching(const QColor& back, const QColor& toward, double minimum);
};

} // namespace Open311
