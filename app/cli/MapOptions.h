#pragma once

#include "CommandLine.h"
#include "render/MapSettings.h"
#include "render/Style.h"

#include <optional>

namespace frontier {

class MapRenderer;

/// \brief The map options that `export`, `export-frames` and the window share: size, CRS,
/// extent, DPI, labels, decorations, the date changes are marked since. Parsed and checked before
/// any data is loaded.
class MapOptions {
public:
    /// `forImage`: also --size and --dpi, the options of a written image (the window has neither).
    static void add(QCommandLineParser& parser, bool forImage = true);
    /// Reads and checks the options; throws a usage CliError.
    static MapOptions read(const CommandLine& cli, bool forImage = true);
    /// Settings for the renderer's dataset: the extent projected, or the whole frontier.
    MapSettings settings(MapRenderer& renderer, Date date) const;

    QSize size{1920, 1080};
    int dpi = 96;
    QString crs;
    std::optional<std::array<double, 4>> extent; ///< west, south, east, north
    LabelLanguage labels = LabelLanguage::English;
    Date changesSince; ///< invalid: nothing marked
    unsigned decorations = kAllDecorations;
    Style style;
};

} // namespace frontier
