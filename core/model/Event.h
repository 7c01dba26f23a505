#pragma once

#include "Date.h"
#include "GeoPoint.h"
#include "Side.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace frontier {

enum class EventKind { Control, Status, Incident, Statement, Report };
enum class CrossingStatus { Unknown, Open, Closed, Restricted };
enum class Confidence { High, Medium, Low };

QString eventKindName(EventKind kind);
std::optional<EventKind> eventKindFromName(QStringView name);
QString statusName(CrossingStatus status);
std::optional<CrossingStatus> statusFromName(QStringView name);
QString confidenceName(Confidence confidence);
std::optional<Confidence> confidenceFromName(QStringView name);

/// \brief An alternative claim about one field of an event, with its own sources.
struct Claim {
    QString field; ///< date, end, actor, with, status, casualties, …
    QString value;
    std::vector<int> sources; ///< indices into Dataset::sources()
    QString note;
    /// The last day the claim speaks of. Without it a claim on the state (actor, with, status)
    /// disputes the whole state the event sets; with it, only the event's start through this day.
    std::optional<Date> until;
    bool affectsState() const;
    friend bool operator==(const Claim&, const Claim&) = default;
};

/// \brief One dated, sourced fact: a change of control or status, an incident, a statement.
struct Event {
    QString id;
    Date date;
    std::optional<Date> end; ///< the last day the state it sets is known to hold
    EventKind kind = EventKind::Report;
    int feature = -1; ///< index into Dataset::features() (a crossing or a sector), or -1
    std::optional<Side> side;
    int actor = -1;        ///< index into Dataset::actors(), or -1
    std::vector<int> with; ///< co-controllers
    std::optional<CrossingStatus> status;
    QString restriction;
    std::optional<GeoPoint> point;
    QString summary;
    std::vector<int> sources;
    Confidence confidence = Confidence::Medium;
    std::vector<Claim> claims;
    std::optional<double> casualties;
    int order = 0; ///< tie-break for same-day events on one feature

    bool isDisputed() const;
    friend bool operator==(const Event&, const Event&) = default;
};

} // namespace frontier
