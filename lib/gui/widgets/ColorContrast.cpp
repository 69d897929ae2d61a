#include "gui/widgets/ColorContrast.h"

#include <algorithm>
#include <cmath>

namespace Open311 {

namespace {

double luminance(const QColor& color)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF());
}

} // namespace

double ColorContrast::ratio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ColorContrast::reaching(const QColor& back, const QColor& toward, double minimum)
{
    constexpr int kSteps = 32;
    for (int step = 1; step < kSteps; ++step) {
        const double t = double(step) / kSteps;
        const QColor mixed
            = QColor::fromRgbF(float(back.redF() + (toward.redF() - back.redF()) * t),
                float(back.greenF() + (toward.greenF() - back.greenF()) * t),
                float(back.blueF() + (toward.blueF() - back.blueF()) * t));
        if (ratio(mixed, back) >= minimum)
            return mixed;
    }
    return toward;
}

} // namespace Open311
