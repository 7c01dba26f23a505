#pragma once

namespace frontier::DevicePixels {

/// The fewest device pixels that are also a whole number of logical pixels at `dpr` (5 at 1.25,
/// 1 at 1, 2 at 2); 0 when `dpr` is no simple fraction. An image cut or drawn on a multiple of it
/// moves its painter by whole pixels of both kinds, exact in floating point, so what is drawn in
/// it rounds as it would on the frame.
int wholeStep(double dpr);

/// `v` rounded down to a multiple of `step`.
constexpr int floorTo(int v, int step)
{
    return (v >= 0 ? v : v - step + 1) / step * step;
}

} // namespace frontier::DevicePixels
