#include "DevicePixels.h"

#include <cmath>

namespace frontier::DevicePixels {

int wholeStep(double dpr)
{
    for (int denominator = 1; denominator <= 16; ++denominator) {
        const double numerator = dpr * denominator;
        if (std::abs(numerator - std::round(numerator)) < 1e-9)
            return static_cast<int>(std::round(numerator));
    }
    return 0;
}

} // namespace frontier::DevicePixels
