#pragma once

#include "CommandLine.h"
#include "render/MapSettings.h"
#include "render/Style.h"

#include <optional>

namespace frontier {

class MapRenderer;

/// \brief The map options that `export`, `export-frames`, `layout` and the window share: size,
/// CRS, extent, DPI, labels, decorations, the date changes are marked since. Parsed and checked
/// before any data is loaded.
class MapOptions {
public:
    /// What the map is drawn for: an image has --size and --dpi; a printed page --dpi only (its
    /// size is the page's, its title and legend its own); the window neither.
    enum class Target { Window, Image, Page };
    static void add(QCommandLineParser& parser, Target target = Target::Image);
    /// Reads and checks the options; throws a usage CliError.
    static MapOptions read(const CommandLine& cli, Target target = Target::Image);
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
