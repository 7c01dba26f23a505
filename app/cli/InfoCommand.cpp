#include "CliError.h"
#include "CommandLine.h"
#include "Commands.h"
#include "DataLocator.h"
#include "geo/Geodesic.h"

#include <QTextStream>

namespace frontier {

int runInfo(const QStringList& args)
{
    CommandLine cli(QStringLiteral("info"),
                    QStringLiteral("Prints what the dataset holds: layers and feature counts, the "
                                   "frontier's length, the crossings."));
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
    out << QStringLiteral("  %1 %2 features\n")
               .arg(QStringLiteral("crossings"), -14)
               .arg(dataset->crossings().size(), 4);
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
        out << QStringLiteral("  %1 %2 / %3  lat %4, lon %5  (%6 m from the frontier)%7\n")
                   .arg(c.id, -21)
                   .arg(c.side(Side::IQ).name, c.side(Side::SY).name)
                   .arg(c.point.lat, 0, 'f', 5)
                   .arg(c.point.lon, 0, 'f', 5)
                   .arg(toLine, 0, 'f', 0)
                   .arg(c.official ? QString() : QStringLiteral("  informal"));
    }
    return kExitOk;
}

} // namespace frontier
