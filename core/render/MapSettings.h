#pragma once

#include "geo/MapGeometry.h"
#include "model/Date.h"
#include "overlay/OverlayStyle.h"

#include <QColor>

#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>
#include <vector>

namespace frontier {

/// Kurdish is Kurmanji in Latin letters, where the data has a name; English elsewhere.
enum class LabelLanguage { English, Arabic, Both, Kurdish };
std::optional<LabelLanguage> labelLanguageFromCode(const QString& code); ///< en, ar, both, ku
QString labelLanguageCode(LabelLanguage language);

/// Layers the user can switch on and off.
enum class MapLayerId : unsigned {
    Countries = 1u << 0,
    Governorates = 1u << 1,
    Rivers = 1u << 2,
    Frontier = 1u << 3,
    Places = 1u << 4,
    Crossings = 1u << 5,
    Ribbons = 1u << 6,    ///< who holds each side of each sector, along the line
    DatedAreas = 1u << 7, ///< zones and camps at the date
};
inline constexpr unsigned kAllLayers = 0xff;

/// Map furniture drawn over the layers (MapDecoration).
enum class Decoration : unsigned {
    Title = 1u << 0,
    Legend = 1u << 1,
    ScaleBar = 1u << 2,
    NorthArrow = 1u << 3,
    Attribution = 1u << 4,
};
inline constexpr unsigned kAllDecorations = 0x1f;

/// \brief Everything that decides what a map looks like: a copyable value with ==.
/// The same value gives the same picture in the window, the exporter and the tests.
struct MapSettings {
    MapRect extent;                ///< in the map CRS; fitted into `size` keeping the aspect ratio
    QSize size{1920, 1080};        ///< output pixels
    double devicePixelRatio = 1.0; ///< output pixels per logical pixel (export: dpi / 96)
    QString crs;                   ///< a CoordinateTransform definition
    Date date;
    /// When valid, the features whose state differs between it and `date` are marked.
    Date compareDate;
    unsigned layers = kAllLayers;
    unsigned decorations = kAllDecorations;
    LabelLanguage labels = LabelLanguage::English;
    /// Empty: the legend's box fits the date's rows. A series of frames sets one size for all
    /// its dates (Legend::seriesBox, logical px before any shrinking), so the box keeps still.
    QSizeF legendBox;
    /// The analyst's layers, bottom first, drawn over the basemap and under the crossings (the
    /// rasters under the vector layers).
    std::vector<OverlayView> overlays;
    /// The colour behind everything; invalid: the style's sea.
    QColor background;

    bool hasLayer(MapLayerId l) const { return layers & static_cast<unsigned>(l); }
    bool hasDecoration(Decoration d) const { return decorations & static_cast<unsigned>(d); }
    /// The size layers and decorations draw in: size / devicePixelRatio.
    QSizeF logicalSize() const { return QSizeF(size) / devicePixelRatio; }

    friend bool operator==(const MapSettings&, const MapSettings&) = default;
};

} // namespace frontier
