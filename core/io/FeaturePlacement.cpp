#include "FeaturePlacement.h"

namespace frontier {

FrontierLine FeaturePlacement::lineOf(const VectorLayer& frontier)
{
    std::vector<GeoPoint> vertices;
    for (const Feature& f : frontier.features)
        for (const auto& part : f.parts)
            for (const GeoPoint& p : part)
                if (vertices.empty() || !(vertices.back() == p))
                    vertices.push_back(p);
    return FrontierLine(std::move(vertices));
}

void FeaturePlacement::place(std::vector<FrontierFeature>& features, const FrontierLine& line,
                             const QString& sectorsFile, LoadProblems& problems)
{
    const double length = line.lengthKm();
    FrontierFeature* previous = nullptr;
    for (FrontierFeature& f : features) {
        if (f.isCrossing()) {
            f.fromKm = f.toKm = line.kmAt(f.point);
            continue;
        }
        const auto fault = [&](const QString& why) {
            problems.push_back({sectorsFile, f.id, QStringLiteral("from_km"), why});
        };
        if (line.isEmpty())
            fault(QStringLiteral(
                "a sector needs the frontier line, and the frontier layer has none"));
        else if (!previous && f.fromKm != 0)
            fault(QStringLiteral("the first sector starts at km 0, not %1").arg(f.fromKm));
        else if (previous && !(f.fromKm > previous->fromKm))
            fault(QStringLiteral("km %1 is not after the previous sector's start, km %2 (\"%3\")")
                      .arg(f.fromKm)
                      .arg(previous->fromKm)
                      .arg(previous->id));
        else if (!(f.fromKm < length))
            fault(QStringLiteral("km %1 is beyond the end of the frontier line, km %2")
                      .arg(f.fromKm)
                      .arg(length, 0, 'f', 1));
        if (previous)
            previous->toKm = f.fromKm;
        f.toKm = length;
        previous = &f;
    }
    for (FrontierFeature& f : features)
        if (f.isSector())
            f.point = line.pointAt((f.fromKm + f.toKm) / 2);
}

} // namespace frontier
