#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>

namespace frontier {

/// \brief The two sides of every crossing on this frontier.
enum class Side { IQ = 0, SY = 1 };
inline constexpr std::array<Side, 2> kSides{Side::IQ, Side::SY};
inline constexpr int kSideCount = 2;

inline QString sideCode(Side side)
{
    return side == Side::IQ ? QStringLiteral("IQ") : QStringLiteral("SY");
}
inline std::optional<Side> sideFromCode(QStringView code)
{
    if (code == u"IQ")
        return Side::IQ;
    if (code == u"SY")
        return Side::SY;
    return std::nullopt;
}

} // namespace frontier
