#pragma once

#include <QString>

#include <vector>

namespace frontier {

/// \brief One thing wrong with a data file: where (file, feature, field) and why.
struct LoadProblem {
    QString file;
    QString feature; ///< feature id (or "#index" when it has none); empty for file-level problems
    QString field;
    QString reason;

    /// "events.geojson: feature 'x', field 'date': not an ISO date ("2019-02-30")"
    QString toString() const;
    friend bool operator==(const LoadProblem&, const LoadProblem&) = default;
};

using LoadProblems = std::vector<LoadProblem>;

} // namespace frontier
