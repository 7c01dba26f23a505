#pragma once

#include "CommandLine.h"
#include "render/MapSettings.h"
#include "render/Style.h"

#include <optional>

namespace frontier {

class MapRenderer;

/// \brief The `--layer` files as read, in their `--layer-style` styles.
struct OverlayLayers {
    std::vector<OverlayView> views; ///< in the order given, the first at the bottom
    QColor background;              ///< from the style file; invalid: the map's
};

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
    /// Settings for the renderer's dataset with `overlays` on it: the extent projected, or the
    /// whole frontier (the overlays' extent without the basemap).
    MapSettings settings(MapRenderer& renderer, Date date, const OverlayLayers& layers = {}) const;

    QSize size{1920, 1080};
    int dpi = 96;
    QString crs;
    std::optional<std::array<double, 4>> extent; ///< west, south, east, north
    LabelLanguage labels = LabelLanguage::English;
    Date changesSince; ///< invalid: nothing marked
    unsigned decorations = kAllDecorations;
    Style style;
    std::optional<MapRect> mapExtent; ///< in the map CRS's units
    QStringList layers;               ///< --layer PATH[:LAYERNAME], the first at the bottom
    QString layerStyle;               ///< a JSON file of the layers' styles
    bool basemap = true;              ///< false: no bundled layers (--basemap none)
};

} // namespace frontier
