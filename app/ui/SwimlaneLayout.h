#pragma once

#include "model/Date.h"
#include "time/StateInterval.h"

#include <QRectF>

#include <array>
#include <vector>

namespace frontier {

class Dataset;
class Timeline;

/// \brief Where the swimlane draws: from the top down, a header per group ("Crossings",
/// "Frontier sectors") and, while the group is expanded, each feature's rows (its IQ and SY
/// bands, and a crossing's status track); across, the labels and then the time axis from the
/// first to the last day of the model's range, for a given width.
class SwimlaneLayout {
public:
    enum class Group { Crossings, Sectors };
    /// A header (feature -1) or a feature's rows, from `top` down.
    struct Lane {
        Group group;
        int feature;
        double top;
    };

    static constexpr int kLabelWidth = 130; ///< left of the time axis
    static constexpr int kRight = 8;        ///< right of the time axis
    static constexpr int kTop = 4;
    static constexpr int kHeader = 18;
    static constexpr int kAxis = 16; ///< the year axis, below the last lane

    /// Lays out `dataset`'s groups, keeping which are collapsed.
    void layOut(const Dataset& dataset);
    bool isCollapsed(Group group) const { return m_collapsed[static_cast<std::size_t>(group)]; }
    /// Takes effect at the next layOut.
    void setCollapsed(Group group, bool collapsed)
    {
        m_collapsed[static_cast<std::size_t>(group)] = collapsed;
    }

    const std::vector<Lane>& lanes() const { return m_lanes; }
    /// Below the last lane: where the year axis starts.
    double bottom() const { return m_bottom; }
    const Lane* laneAt(double y) const;
    /// The feature's rows: 3 for a crossing (IQ, SY, status), 2 for a sector.
    int rowCount(int feature) const;
    /// The band of one side (row 0 IQ, 1 SY) or the status track (row 2) of a feature in a chart
    /// `width` wide; empty while its group is collapsed.
    QRectF rowRect(int feature, int row, double width) const;
    /// A group's header row; empty when the group has no features.
    QRectF groupRect(Group group, double width) const;

    /// Horizontal position of a day's start, and the day at a position (clamped to the range).
    static double xOf(std::int32_t julianDay, double width);
    static Date dateAt(double x, double width);
    /// The first day of the range and the day after its last.
    static std::int32_t firstDay();
    static std::int32_t endDay();
    /// The periods a row shows: a side's controllers, or a crossing's statuses.
    static const Intervals& intervals(const Timeline& timeline, int feature, int row);

private:
    double laneHeight(const Lane& lane) const;

    const Dataset* m_dataset = nullptr;
    std::array<bool, 2> m_collapsed{};
    std::vector<Lane> m_lanes;
    double m_bottom = kTop;
};

} // namespace frontier
