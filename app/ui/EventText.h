#pragma once

#include "model/Dataset.h"

#include <QString>

#include <vector>

namespace frontier {

class Timeline;

/// \brief The words the window uses for the model: actors, what an event changed, sources,
/// disputed claims, a crossing's tooltip. Rich text where the result goes into a QLabel.
class EventText {
public:
    /// The actor's short name, or "unknown" for -1 and the dataset's unknown actor.
    static QString actor(const Dataset& dataset, int actor);
    /// "2014-06 (month)", "2019-09-30".
    static QString date(Date date);
    /// "IQ side → ISIS (with PMF); status: closed (trucks only)", or the kind for other events.
    static QString change(const Dataset& dataset, const Event& event);
    /// "Outlet, “Title”, 2014-06-21, url" per source, plain text, one a line.
    static QString sources(const Dataset& dataset, const std::vector<int>& sources);
    /// The same as an HTML list with links.
    static QString sourcesHtml(const Dataset& dataset, const std::vector<int>& sources);
    /// "actor: nusra (Outlet, Outlet) — note" per claim, one a line; empty when undisputed.
    static QString claims(const Dataset& dataset, const Event& event);
    /// Both sides' names and the status and controllers at `date`.
    static QString crossingTooltip(const Timeline& timeline, int crossing, Date date);
};

} // namespace frontier
