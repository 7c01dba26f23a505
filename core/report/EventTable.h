#pragma once

#include "model/Dataset.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace frontier {

/// Events as a table: the command line's `events --csv` and the window's export of the
/// event list; and the one text of a disputed claim.
namespace EventTable {
/// "date: 2025, until 2025-06 (source-a, source-b) — note", dates in their own precision.
QString claimText(const Dataset& dataset, const Claim& claim);
/// The id of the event's feature when it is of `kind` (its crossing, or its sector), else empty.
QString featureId(const Dataset& dataset, const Event& event, FeatureKind kind);
QStringList header();
/// One row per event index, in the order given, after the header.
QString toCsv(const Dataset& dataset, const std::vector<int>& events);
} // namespace EventTable

} // namespace frontier
