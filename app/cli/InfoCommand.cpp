#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "geo/Geodesic.h"

#include <QTextStream>

namespace frontier {

int runInfo(const QStringList& args)
{
    CommandLine cli(
        QStringLiteral("info"),
        QStringLiteral("Prints what the dataset holds: layers and feature counts, the "
                       "frontier's length, the crossings, the sectors and the dated areas."));
    if (!cli.parse(args))
        return kExitOk;
    const auto dataset = DataLocator::load(cli.dataPath());
    QTextStream out(stdout);
    out << "Dataset: " << dataset->name() << "  (" << dataset->origin() << ")\n";
    out << "Coverage: " << dataset->coverage().from.toString() << " to "
        << dataset->coverage().to.toString() << "\n";
    out << "SHA-256: " << dataset->contentHash() << "\n\nLayers:\n";
    for (int i = 0; i < kBaseLayerCount; ++i) {
        const VectorLayer& l = dataset->layer(static_cast<BaseLayer>(i));
        std::size_t vertices = 0;
        for (const Feature& f : l.features)
            vertices += f.vertexCount();
        out << QStringLiteral("  %1 %2 features, %3 vertices  (%4)\n")
                   .arg(baseLayerName(static_cast<BaseLayer>(i)), -14)
                   .arg(l.features.size(), 4)
                   .arg(vertices, 7)
                   .arg(l.file);
    }
    out << QStringLiteral("  %1 %2 features\n  %3 %4 features\n  %5 %6 features\n")
               .arg(QStringLiteral("crossings"), -14)
               .arg(dataset->crossings().size(), 4)
               .arg(QStringLiteral("sectors"), -14)
               .arg(dataset->sectors().size(), 4)
               .arg(QStringLiteral("areas"), -14)
               .arg(dataset->areas().size(), 4);
    out << QStringLiteral("  %1 %2\n  %3 %4\n  %5 %6\n")
               .arg(QStringLiteral("actors"), -14)
               .arg(dataset->actors().size(), 4)
               .arg(QStringLiteral("sources"), -14)
               .arg(dataset->sources().size(), 4)
               .arg(QStringLiteral("events"), -14)
               .arg(dataset->events().size(), 4);

    double length = 0;
    for (const Feature& f : dataset->layer(BaseLayer::Frontier).features)
        for (const auto& part : f.parts)
            length += Geodesic::lengthMeters(part);
    out << QStringLiteral("\nFrontier length (geodesic, WGS84): %1 km\n\nCrossings:\n")
               .arg(length / 1000, 0, 'f', 1);
    for (const FrontierFeature& c : dataset->crossings()) {
        double toLine = std::numeric_limits<double>::infinity();
        for (const Feature& f : dataset->layer(BaseLayer::Frontier).features)
            for (const auto& part : f.parts)
                toLine = std::min(toLine, Geodesic::distanceToLineMeters(c.point, part));
        out << QStringLiteral("  %1 km %2 %3 / %4  lat %5, lon %6  (%7 m from the frontier)%8\n")
                   .arg(c.fromKm, 5, 'f', 1)
                   .arg(c.id, -21)
                   .arg(c.side(Side::IQ).name, c.side(Side::SY).name)
                   .arg(c.point.lat, 0, 'f', 5)
                   .arg(c.point.lon, 0, 'f', 5)
                   .arg(toLine, 0, 'f', 0)
                   .arg(c.official ? QString() : QStringLiteral("  informal"));
    }
    out << "\nSectors (km from the Jordan–Iraq–Syria tripoint; governorates IQ / SY):\n";
    for (const FrontierFeature& s : dataset->sectors())
        out << QStringLiteral("  %1–%2 km  %3 %4  (%5 / %6)\n")
                   .arg(s.fromKm, 5, 'f', 1)
                   .arg(s.toKm, 5, 'f', 1)
                   .arg(s.id, -21)
                   .arg(s.name, s.side(Side::IQ).governorate, s.side(Side::SY).governorate);
    out << "\nDated areas:\n";
    for (const DatedArea& a : dataset->areas())
        out << QStringLiteral("  %1 %2  (%3, %4)  %5 to %6\n")
                   .arg(a.id, -21)
                   .arg(a.name, a.kind,
                        a.isPoint() ? QStringLiteral("point") : QStringLiteral("polygon"),
                        a.start.toString(), a.end ? a.end->toString() : QStringLiteral("open end"));
    return kExitOk;
}

} // namespace frontier
