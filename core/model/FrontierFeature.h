#pragma once

#include "GeoPoint.h"
#include "Side.h"

#include <QString>
#include <QStringList>

#include <array>

namespace frontier {

enum class FeatureKind { Crossing, Sector };

/// \brief A piece of the frontier with an Iraqi and a Syrian side: a crossing (a point on the
/// line) or a sector (a stretch of the line). The timeline treats both alike.
struct FrontierFeature {
    struct SideInfo {
        QString name;
        QString nameAr;
        QString governorate;
        QString nameKu; ///< Kurmanji, where the sources give one
    };
    QString id;
    FeatureKind kind = FeatureKind::Crossing;
    /// A sector's own name ("Sinjar / al-Hawl"); a crossing is named by its sides.
    QString name;
    QString nameAr;
    GeoPoint point; ///< a crossing's point on the line; a sector's middle
    /// Geodesic kilometres along the frontier line from the Jordan–Iraq–Syria tripoint: a
    /// crossing's position (fromKm == toKm), a sector's limits.
    double fromKm = 0;
    double toKm = 0;
    std::array<SideInfo, kSideCount> sides;
    bool official = true;
    QStringList aliases; ///< other spellings of either side's name, for search

    bool isCrossing() const { return kind == FeatureKind::Crossing; }
    bool isSector() const { return kind == FeatureKind::Sector; }
    const SideInfo& side(Side s) const { return sides[static_cast<int>(s)]; }
    /// "al-Qaim / Albu Kamal"; a sector's name.
    QString displayName() const
    {
        return name.isEmpty() ? sides[0].name + QStringLiteral(" / ") + sides[1].name : name;
    }
    QString displayNameAr() const
    {
        return nameAr.isEmpty() ? sides[0].nameAr + QStringLiteral(" / ") + sides[1].nameAr
                                : nameAr;
    }
    /// "Rabia / Til Koçer": each side's Kurmanji name, else its English one; empty when neither
    /// side has a Kurmanji name.
    QString displayNameKu() const
    {
        if (sides[0].nameKu.isEmpty() && sides[1].nameKu.isEmpty())
            return {};
        const auto ku = [](const SideInfo& s) { return s.nameKu.isEmpty() ? s.name : s.nameKu; };
        return ku(sides[0]) + QStringLiteral(" / ") + ku(sides[1]);
    }
};

} // namespace frontier
