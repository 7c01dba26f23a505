#pragma once

#include "render/MapRenderer.h"

#include <QString>

#include <future>
#include <memory>

namespace frontier {

/// \brief Loads the dataset and projects it to one CRS on a worker thread while the main thread
/// starts Qt's GUI (platform plugin, fonts). At start-up the two take about as long, so the
/// window and an export show their map sooner. Needs no QCoreApplication.
class BackgroundLoad {
public:
    /// Without the `basemap` nothing is read: the renderer gets an empty dataset (an export of
    /// the analyst's layers alone, `--basemap none`).
    BackgroundLoad(const QString& dataPath, const QString& crs, Style style = {},
                   bool basemap = true);
    /// Waits, and returns the renderer, or rethrows what the load threw (a CliError listing the
    /// dataset's problems).
    std::unique_ptr<MapRenderer> take();

private:
    std::future<std::unique_ptr<MapRenderer>> m_result;
};

} // namespace frontier
