#pragma once

#include "FeatureState.h"
#include "model/Dataset.h"

#include <memory>
#include <optional>
#include <vector>

namespace frontier {

/// \brief Answers questions about time over an immutable Dataset: the state of every frontier
/// feature (crossing or sector, alike) at a date, the events in a range, the dates where
/// something changes.
///
/// Built once; every query is a binary search over precomputed intervals. Rules:
/// - before a side's first event, and after an event's `end` until the next event, the state is
///   unknown (a gap): knowledge is never bridged beyond what the sources support;
/// - same-day events apply in order of `order`, then of their place in the file;
/// - a state whose governing event has month or year precision is approximate;
/// - a state is disputed while its governing event has claims on its actor, status or end, and
///   between the dates that disagreeing sources give for an event;
/// - outside the dataset's coverage every state is unknown: nothing is extrapolated.
class Timeline {
public:
    explicit Timeline(std::shared_ptr<const Dataset> dataset);

    const Dataset& dataset() const { return *m_dataset; }
    std::shared_ptr<const Dataset> datasetPtr() const { return m_dataset; }

    /// Whether the dataset's coverage holds `date` (its first day).
    bool inCoverage(Date date) const;

    /// The state of every feature at `date` (its first day), in dataset order.
    std::vector<FeatureState> stateAt(Date date) const;
    /// The same, into `out` (no allocation once `out` has capacity).
    void stateAt(Date date, std::vector<FeatureState>& out) const;
    FeatureState featureStateAt(int feature, Date date) const;

    /// Event indices whose period overlaps [from, to], in date order; feature -1 for all.
    std::vector<int> eventsIn(Date from, Date to, int feature = -1) const;
    /// All event indices of one feature in date order.
    std::vector<int> eventsOf(int feature) const;

    /// Sorted, unique julian days on which some event starts or a span's knowledge ends.
    const std::vector<std::int32_t>& changeDays() const { return m_changeDays; }
    std::optional<Date> previousChange(Date date) const;
    std::optional<Date> nextChange(Date date) const;
    /// The first and last event days (for the slider's range).
    Date firstEventDate() const;
    Date lastEventDate() const;

    const Intervals& controlIntervals(int feature, Side side) const;
    const Intervals& statusIntervals(int crossing) const;

private:
    std::shared_ptr<const Dataset> m_dataset;
    std::vector<int> m_byDate;                       ///< event indices sorted by start date
    std::vector<std::array<Intervals, 2>> m_control; ///< per feature, per side
    std::vector<Intervals> m_status;                 ///< per feature
    std::vector<std::int32_t> m_changeDays;
};

} // namespace frontier
