#pragma once

#include "render/MapSettings.h"

#include <QCoreApplication>
#include <QPointF>
#include <QString>

namespace frontier {

class SwimlaneLayout;
class Timeline;

/// \brief The swimlane's tooltip at a point: over a header, how to collapse it; over a feature's
/// labels, its name (a sector's with its km); over a band, the period under the pointer: who
/// held the side, or the crossing's status, from when to when, and whether no source covers it,
/// its date is approximate or it is disputed.
class SwimlaneTip {
    Q_DECLARE_TR_FUNCTIONS(SwimlaneTip)

public:
    SwimlaneTip(const Timeline& timeline, const SwimlaneLayout& layout, LabelLanguage labels);

    /// The text at `pos` in a chart `width` wide; empty where there is nothing to say.
    QString at(QPointF pos, double width) const;

private:
    const Timeline& m_timeline;
    const SwimlaneLayout& m_layout;
    LabelLanguage m_labels;
};

} // namespace frontier
