#pragma once

#include "model/Dataset.h"
#include "render/MapSettings.h"
#include "time/StateInterval.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <span>

#include <vector>

namespace frontier {

class Timeline;

/// \brief The words the window uses for the model: actors, what an event changed, sources,
/// disputed claims, a feature's tooltip. Rich text where the result goes into a QLabel.
class EventText {
    Q_DECLARE_TR_FUNCTIONS(EventText)

public:
    /// A crossing's status, a kind of event, and a side ("IQ", "IQ side") in the window's
    /// language.
    static QString status(CrossingStatus status);
    static QString kind(EventKind kind);
    static QString code(Side side);
    static QString side(Side side);
    static QString confidence(Confidence confidence);
    /// The actor's short name, or "unknown" for -1 and the dataset's unknown actor; named as the
    /// map's labels in the window's language would name it.
    static QString actor(const Dataset& dataset, int actor);
    /// The same, named as the map's labels in `labels` name it (MapText::actorName).
    static QString actor(const Dataset& dataset, int actor, LabelLanguage labels);
    /// ISO, as precise as it is known: "2012", "2014-06", "2019-09-30" (the same everywhere).
    static QString date(Date date) { return date.toString(); }
    /// "IQ side → ISIS (with PMF); status: closed (trucks only)", or the kind for other events.
    static QString change(const Dataset& dataset, const Event& event);
    /// "Outlet, “Title”, 2014-06-21, url" per source, plain text, one a line.
    static QString sources(const Dataset& dataset, const std::vector<int>& sources);
    /// The same as an HTML list with links.
    static QString sourcesHtml(const Dataset& dataset, const std::vector<int>& sources);
    /// "actor: nusra (Outlet, Outlet) — note" per claim, one a line; empty when undisputed.
    static QString claims(const Dataset& dataset, const Event& event);
    /// "IQ side → ISIS (with PMF)": a controller with its co-holders.
    static QString holders(const Dataset& dataset, int actor, std::span<const int> with);
    /// What is disputed, by which claims and which sources: one line a claim,
    /// "actor: nusra (SOHR, “Title”, 2014-04-12) — note"; empty when nothing is.
    static QStringList disputes(const Dataset& dataset, std::span<const ClaimRef> claims);
    /// Where a sector lies along the line: "km 440–470".
    static QString kmRange(const FrontierFeature& feature);
    /// The feature's names, a crossing's status, the holders (with co-holders) of each side at
    /// `date`, and what is disputed and why.
    static QString featureTooltip(const Timeline& timeline, int feature, Date date);
    /// The map as a screen reader reads it, plain text: the date, then the selected feature's
    /// state, or each crossing's, and how to select one by keyboard.
    static QString mapDescription(const Timeline& timeline, Date date, int selected);
};

} // namespace frontier
