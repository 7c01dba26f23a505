#pragma once

#include "time/FeatureState.h"

#include <QString>
#include <QStringList>

#include <span>
#include <vector>

namespace frontier {

class Timeline;

/// The state of every crossing on a date as a table: the command line's `state --csv`
/// and the window's export of the state table.
namespace StateTable {
/// "since 2014-06" in the date's own precision; "since the start of the record" before any
/// event (an invalid date).
QString since(Date date);
QStringList header();
/// One row per crossing, after the header.
QString toCsv(const Timeline& timeline, Date date, std::span<const FeatureState> states);
} // namespace StateTable

} // namespace frontier
