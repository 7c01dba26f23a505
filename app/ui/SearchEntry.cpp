#include "SearchEntry.h"

namespace frontier {

std::vector<SearchEntry> SearchEntry::all(const Dataset& d)
{
    std::vector<SearchEntry> out;
    for (int i = 0; i < static_cast<int>(d.crossings().size()); ++i) {
        const Crossing& c = d.crossings()[static_cast<std::size_t>(i)];
        out.push_back({SearchEntry::Kind::Crossing, QStringLiteral("Crossing: %1 (%2)").arg(c.displayName(), c.displayNameAr()),
                       c.displayName() + QLatin1Char(' ') + c.displayNameAr() + QLatin1Char(' ') + c.id, i, -1, c.point, std::nullopt});
    }
    for (const Feature& f : d.layer(BaseLayer::Places).features) {
        if (f.parts.empty() || f.parts.front().empty()) continue;
        const QString name = f.attribute(QStringLiteral("name")), nameAr = f.attribute(QStringLiteral("name_ar"));
        out.push_back({SearchEntry::Kind::Place, QStringLiteral("Place: %1 (%2)").arg(name, nameAr), name + QLatin1Char(' ') + nameAr,
                       -1, -1, f.parts.front().front(), std::nullopt});
    }
    for (int index = 0; index < static_cast<int>(d.events().size()); ++index) {
        const Event& e = d.events()[static_cast<std::size_t>(index)];
        QString where;
        std::optional<GeoPoint> point = e.point;
        if (e.crossing >= 0) {
            const Crossing& c = d.crossings()[static_cast<std::size_t>(e.crossing)];
            where = c.displayName() + QLatin1Char(' ') + c.displayNameAr();
            if (!point) point = c.point;
        }
        out.push_back({SearchEntry::Kind::Event, QStringLiteral("Event %1: %2").arg(e.date.toString(), e.summary.left(90)),
                       e.id + QLatin1Char(' ') + where + QLatin1Char(' ') + e.summary, e.crossing, index, point, e.date.firstDay()});
    }
    return out;
}

} // namespace frontier
