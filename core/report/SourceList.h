#pragma once

#include "model/Date.h"

#include <span>
#include <vector>

namespace frontier {

class Timeline;

/// \brief The sources behind what a map shows on a date: those of the events that set the state
/// of every crossing and sector (its status and each side's holder) and of the dated areas that
/// hold on it.
namespace SourceList {
/// Indices into Dataset::sources() behind the map on each of `dates`, each once, in a stable
/// order: by publication date (undated last), then outlet, title and id.
std::vector<int> behind(const Timeline& timeline, std::span<const Date> dates);
} // namespace SourceList

} // namespace frontier
