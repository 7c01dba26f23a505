#pragma once

#include "GeoPoint.h"
#include "Side.h"

#include <QString>
#include <QStringList>

#include <array>

namespace frontier {

/// \brief A border crossing: a point on the frontier with a name and governorate on each side.
struct Crossing {
    struct SideInfo {
        QString name;
        QString nameAr;
        QString governorate;
    };
    QString id;
    GeoPoint point;
    std::array<SideInfo, kSideCount> sides;
    bool official = true;
    QStringList aliases; ///< other spellings of either side's name, for search

    const SideInfo& side(Side s) const { return sides[static_cast<int>(s)]; }
    /// "al-Qaim / Albu Kamal"
    QString displayName() const { return sides[0].name + QStringLiteral(" / ") + sides[1].name; }
    QString displayNameAr() const
    {
        return sides[0].nameAr + QStringLiteral(" / ") + sides[1].nameAr;
    }
};

} // namespace frontier
