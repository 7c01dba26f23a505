#pragma once

#include "MapOptions.h"
#include "model/DateRange.h"

#include <future>
#include <optional>
#include <vector>

namespace frontier {

class MapRenderer;

/// \brief Reads the `--layer` files, and projects them into the map's CRS, on a worker thread
/// while the dataset loads and Qt starts; applies `--layer-style`.
class OverlayLoad {
public:
    /// With `shownDuring`, only the features that can show on a day of it are needed (see
    /// OverlayReader::Options::shownDuring); the window needs them all.
    explicit OverlayLoad(const MapOptions& options,
                         std::optional<DateRange> shownDuring = std::nullopt);
    /// Waits and hands the projections to `renderer`. A bad row is a warning on stderr; a file
    /// that cannot be read, or a bad style file, throws a CliError (exit code 1).
    OverlayLayers take(MapRenderer& renderer);

private:
    struct Loaded;
    std::future<std::shared_ptr<Loaded>> m_result;
    QString m_crs;
};

} // namespace frontier
