#include "Provenance.h"

#include <QCoreApplication>

#include <set>

namespace frontier {

QMap<QString, QString> Provenance::of(const Timeline& timeline, const MapSettings& s,
                                      const QString& crsName)
{
    const Dataset& d = timeline.dataset();
    std::set<QString> sources;
    const auto addSources = [&](int event) {
        if (event < 0)
            return;
        for (int src : d.events()[static_cast<std::size_t>(event)].sources)
            sources.insert(d.sources()[static_cast<std::size_t>(src)].id);
    };
    for (const FeatureState& c : timeline.stateAt(s.date)) {
        addSources(c.statusEvent);
        for (const SideState& side : c.sides)
            addSources(side.event);
    }
    QStringList ids(sources.begin(), sources.end());
    const MapRect e = s.extent;
    return {
        {QStringLiteral("Title"),
         QStringLiteral("Iraq–Syria frontier crossings on %1").arg(s.date.toString())},
        {QStringLiteral("Software"),
         QStringLiteral("Frontier Atlas %1").arg(QCoreApplication::applicationVersion())},
        {QStringLiteral("frontier:date"), s.date.toString()},
        {QStringLiteral("frontier:dataset-sha256"), QString::fromLatin1(d.contentHash())},
        {QStringLiteral("frontier:crs"), s.crs},
        {QStringLiteral("frontier:crs-name"), crsName},
        {QStringLiteral("frontier:extent"), QStringLiteral("%1,%2,%3,%4")
                                                .arg(e.xmin, 0, 'f', 3)
                                                .arg(e.ymin, 0, 'f', 3)
                                                .arg(e.xmax, 0, 'f', 3)
                                                .arg(e.ymax, 0, 'f', 3)},
        {QStringLiteral("frontier:labels"), labelLanguageCode(s.labels)},
        {QStringLiteral("frontier:sources"), ids.join(QLatin1Char(','))},
    };
}

} // namespace frontier
