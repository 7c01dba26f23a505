#include "FeaturePlacement.h"

#include <QHash>

#include <algorithm>
#include <memory>
#include <mutex>
#include <utility>

namespace frontier {
namespace {

// A crossing's kilometre costs ~0.4 ms of geodesics (FrontierLine::kmAt). A dataset read again,
// as after each colleague's change, places the same crossings on the same line: the kilometres
// are kept for the last few lines placed on, each known by its vertices, all of them.
struct KnownKms {
    std::vector<GeoPoint> vertices;
    std::mutex mutex;
    QHash<std::pair<double, double>, double> kms; ///< by the point's (lon, lat)
};

constexpr std::size_t kKnownLines = 4;
constexpr qsizetype kKnownPoints = 100000;

std::shared_ptr<KnownKms> knownKmsOn(const FrontierLine& line)
{
    static std::mutex mutex;
    static std::vector<std::shared_ptr<KnownKms>> lines; // the newest last
    const std::lock_guard lock(mutex);
    const auto it = std::find_if(lines.begin(), lines.end(), [&line](const auto& known) {
        return known->vertices == line.vertices();
    });
    if (it != lines.end()) {
        std::rotate(it, it + 1, lines.end());
        return lines.back();
    }
    if (lines.size() == kKnownLines)
        lines.erase(lines.begin());
    lines.push_back(std::make_shared<KnownKms>());
    lines.back()->vertices = line.vertices();
    return lines.back();
}

double kmAt(const FrontierLine& line, KnownKms& known, GeoPoint p)
{
    const std::pair key{p.lon, p.lat};
    {
        const std::lock_guard lock(known.mutex);
        if (const auto it = known.kms.constFind(key); it != known.kms.constEnd())
            return *it;
    }
    const double km = line.kmAt(p);
    const std::lock_guard lock(known.mutex);
    if (known.kms.size() >= kKnownPoints)
        known.kms.clear();
    known.kms.insert(key, km);
    return km;
}

} // namespace

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
    const std::shared_ptr<KnownKms> known = knownKmsOn(line);
    FrontierFeature* previous = nullptr;
    for (FrontierFeature& f : features) {
        if (f.isCrossing()) {
            f.fromKm = f.toKm = kmAt(line, *known, f.point);
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
