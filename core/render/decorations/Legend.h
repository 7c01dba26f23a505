#pragma once

#include "MapDecoration.h"

#include <QPointF>
#include <QString>

#include <span>
#include <vector>

namespace frontier {

class Dataset;
class Timeline;
struct FeatureState;

/// \brief The legend, bottom left: the crossing statuses, the controllers and co-holders drawn
/// at the date (on the crossings and the sector ribbons), the approximate and disputed marks,
/// the dated areas shown, and the basemap symbols. Every symbol is drawn by the SymbolPainter,
/// as on the map.
class Legend : public MapDecoration {
public:
    /// One row of the legend.
    struct Entry {
        enum class Kind {
            Heading,
            Status,
            Controller,
            Unknown,
            Ribbon,
            CoHolder,
            Mark,
            Area,
            Frontier,
            River
        };
        Kind kind;
        QString text;
        /// The CrossingStatus, the actor index, the SymbolPainter::Mark or the area index.
        int value = -1;
        friend bool operator==(const Entry&, const Entry&) = default;
    };
    /// The status symbols are the map's, scaled by this.
    static constexpr double kSymbolScale = 0.7;

    Decoration id() const override { return Decoration::Legend; }
    Placement placement() const override { return Placement::BottomLeft; }
    RenderPass pass() const override { return RenderPass::Dynamic; }
    QSizeF size(QSizeF mapSize) const override;
    void paint(QPainter& painter, const RenderContext& context, const QRectF& area) const override;

    /// The rows for what `settings` draws of `states` (the features' states at its date, and at
    /// its compare date when it has one), top to bottom: the crossings, the sectors when the
    /// ribbons are on, the dated areas at those dates.
    static std::vector<Entry> entries(const Dataset& dataset, std::span<const FeatureState> states,
                                      const MapSettings& settings);
    /// The centre of entry `index`'s symbol when `entries` are drawn in `area` (in a box of
    /// MapSettings::legendBox's size when one is given).
    static QPointF symbolCentre(const QRectF& area, const std::vector<Entry>& entries,
                                std::size_t index, QSizeF box = {});
    /// One box for every date of a series drawn in `area` (MapSettings::legendBox): the size
    /// of the tallest date's rows, all arranged alike, so the legend does not jitter.
    static QSizeF seriesBox(const Timeline& timeline, MapSettings settings,
                            std::span<const Date> dates, const QRectF& area);
};

} // namespace frontier
