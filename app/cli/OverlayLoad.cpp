#include "OverlayLoad.h"

#include "CliError.h"
#include "io/OverlayCache.h"
#include "io/ProjectionCache.h"
#include "overlay/ProjectedOverlay.h"
#include "render/MapRenderer.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <cstdio>

namespace frontier {
namespace {

// The lon/lat box of a map extent (its outline, densified), or nothing where the outline leaves
// the projection's domain (a world view).
std::optional<std::array<double, 4>> geoBox(const MapRect& r, const CoordinateTransform& t)
{
    double w = 180, s = 90, e = -180, n = -90;
    constexpr int kSteps = 16;
    for (int i = 0; i <= kSteps; ++i) {
        const double f = static_cast<double>(i) / kSteps;
        for (const MapPoint& m :
             {MapPoint{r.xmin + f * r.width(), r.ymin}, MapPoint{r.xmin + f * r.width(), r.ymax},
              MapPoint{r.xmin, r.ymin + f * r.height()},
              MapPoint{r.xmax, r.ymin + f * r.height()}}) {
            const auto g = t.inverse(m);
            if (!g || !std::isfinite(g->lon) || !std::isfinite(g->lat))
                return std::nullopt;
            w = std::min(w, g->lon), e = std::max(e, g->lon);
            s = std::min(s, g->lat), n = std::max(n, g->lat);
        }
    }
    return std::array<double, 4>{w, s, e, n};
}

CliError failure(const QString& message)
{
    return CliError(message, kExitFailure);
}

} // namespace

struct OverlayLoad::Loaded {
    std::vector<std::shared_ptr<const Overlay>> overlays;
    std::vector<std::unique_ptr<ProjectedOverlay>> projected;
    std::vector<LoadProblems> problems;
    QJsonObject styles;
};

OverlayLoad::OverlayLoad(const MapOptions& options, std::optional<DateRange> shownDuring)
    : m_crs(options.crs)
{
    QThread::currentThread(); // Qt's main thread stays the caller's (see BackgroundLoad)
    m_result = std::async(std::launch::async, [options, shownDuring] {
        auto loaded = std::make_shared<Loaded>();
        if (!options.layerStyle.isEmpty()) {
            QFile file(options.layerStyle);
            const QString name = QFileInfo(options.layerStyle).fileName();
            if (!file.open(QIODevice::ReadOnly))
                throw failure(
                    QStringLiteral("%1: cannot be read: %2").arg(name, file.errorString()));
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
            if (!doc.isObject())
                throw failure(
                    QStringLiteral("%1: not a JSON object (%2)").arg(name, error.errorString()));
            loaded->styles = doc.object();
        }
        if (options.layers.isEmpty())
            return loaded;
        const CoordinateTransform transform(options.crs);
        OverlayReader::Options read;
        read.shownDuring = shownDuring;
        const QJsonObject layerStyles = loaded->styles.value(QLatin1String("layers")).toObject();
        for (auto it = layerStyles.begin(); it != layerStyles.end(); ++it) {
            QString error; // reported by take()
            read.timeFilters[it.key()] =
                OverlayStyle::fromJson(it.value().toObject(), {}, &error).time;
        }
        if (options.extent)
            read.within = *options.extent;
        else if (options.mapExtent)
            read.within = geoBox(*options.mapExtent, transform);
        // Vertices closer than a quarter pixel of the view need not be projected or drawn.
        double tolerance = 0;
        if (options.mapExtent) {
            const double unitsPerPixel =
                std::max(options.mapExtent->width() / options.size.width(),
                         options.mapExtent->height() / options.size.height());
            tolerance =
                ProjectedOverlay::tolerance(transform, *options.mapExtent, unitsPerPixel / 4);
        }
        // One worker a file reads it (the big layers side by side). A large layer is projected
        // by its worker too, with a transform of its own, or read back (ProjectionCache); the
        // small ones share this thread's, as setting up PROJ (about 2 ms) costs more than
        // projecting them.
        struct Read {
            LoadProblems problems;
            std::shared_ptr<const Overlay> overlay;
            std::unique_ptr<ProjectedOverlay> projected;
        };
        std::vector<std::future<Read>> workers;
        for (const QString& spec : options.layers)
            workers.push_back(std::async(std::launch::async, [&read, &options, tolerance, spec] {
                Read r;
                QByteArray key;
                r.overlay = OverlayCache::read(spec, r.problems, read, &key);
                if (r.overlay && r.overlay->vertices.size() > ProjectionCache::kMinVertices)
                    r.projected = ProjectionCache::project(*r.overlay, key, options.crs, tolerance);
                return r;
            }));
        for (auto& worker : workers) {
            Read r = worker.get();
            if (r.overlay && !r.projected)
                r.projected = std::make_unique<ProjectedOverlay>(*r.overlay, transform, tolerance);
            loaded->projected.push_back(std::move(r.projected));
            loaded->problems.push_back(std::move(r.problems));
            loaded->overlays.push_back(std::move(r.overlay));
        }
        return loaded;
    });
}

OverlayLayers OverlayLoad::take(MapRenderer& renderer)
{
    const std::shared_ptr<Loaded> loaded = m_result.get();
    OverlayLayers result;
    const QJsonObject layerStyles = loaded->styles.value(QLatin1String("layers")).toObject();
    if (loaded->styles.contains(QLatin1String("background"))) {
        result.background =
            QColor::fromString(loaded->styles.value(QLatin1String("background")).toString());
        if (!result.background.isValid())
            throw failure(QStringLiteral("--layer-style: \"background\": not a colour"));
    }
    for (std::size_t i = 0; i < loaded->overlays.size(); ++i) {
        const LoadProblems& problems = loaded->problems[i];
        QStringList lines;
        for (const LoadProblem& p : problems)
            lines << p.toString();
        if (!loaded->overlays[i])
            throw failure(QStringLiteral("--layer: ") + lines.join(QStringLiteral("\n")));
        constexpr qsizetype kShown = 20;
        for (qsizetype l = 0; l < std::min(kShown, lines.size()); ++l)
            std::fprintf(stderr, "warning: %s (the row is left out)\n", qPrintable(lines[l]));
        if (lines.size() > kShown)
            std::fprintf(stderr, "warning: … and %lld more rows left out\n",
                         static_cast<long long>(lines.size() - kShown));
        const auto& overlay = loaded->overlays[i];
        OverlayStyle style = OverlayStyle::defaultFor(*overlay, static_cast<int>(i));
        for (const QString& key : {overlay->layerName, overlay->name}) {
            if (!layerStyles.contains(key))
                continue;
            QString error;
            style = OverlayStyle::fromJson(layerStyles.value(key).toObject(), style, &error);
            if (!error.isEmpty())
                throw failure(QStringLiteral("--layer-style: layer \"%1\": %2").arg(key, error));
            break;
        }
        renderer.adoptProjection(m_crs, overlay, std::move(loaded->projected[i]));
        result.views.push_back({overlay, style});
    }
    return result;
}

} // namespace frontier
