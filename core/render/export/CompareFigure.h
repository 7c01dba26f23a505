#pragma once

#include "render/MapSettings.h"

#include <QImage>
#include <QRect>
#include <QString>

#include <array>

namespace frontier {

class MapRenderer;

/// \brief One figure of the same view on two dates side by side, for a report: the earlier on
/// the left, the later in the middle, each titled with its date, and one legend for both in a
/// column on the right. The later panel marks what changed since the earlier (its compare date).
class CompareFigure {
public:
    /// `settings` gives the figure's size and the view; `other` is the second date (before or
    /// after settings.date).
    CompareFigure(const MapSettings& settings, Date other);

    /// The settings of the earlier map and of the later.
    const std::array<MapSettings, 2>& panels() const { return m_panels; }
    /// Where each map (0, 1) and the legend's column (2) lie in the figure, in device pixels.
    QRect panelRect(int panel) const;
    QImage render(MapRenderer& renderer) const;
    /// Renders and writes the figure with the provenance of both dates (no world file: two maps
    /// are not one georeferenced image). Empty on success, else what went wrong, naming the file.
    QString write(MapRenderer& renderer, const QString& path, int dpi) const;

    static constexpr int kGap = 8;            ///< device pixels between the panels
    static constexpr int kLegendColumn = 270; ///< logical pixels

private:
    MapSettings m_figure;
    std::array<MapSettings, 2> m_panels;
};

} // namespace frontier
