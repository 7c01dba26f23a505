#include "Style.h"

#include "model/Dataset.h"

namespace frontier {

std::vector<QColor> Style::actorColors(const Dataset& dataset) const
{
    std::vector<QColor> colors;
    colors.reserve(dataset.actors().size());
    for (const Actor& actor : dataset.actors()) {
        const auto index = colors.size();
        const QColor own = actor.color.isEmpty() ? QColor() : QColor::fromString(actor.color);
        if (static_cast<int>(index) == dataset.unknownActor())
            colors.push_back(unknownActor);
        else if (own.isValid())
            colors.push_back(own);
        else
            colors.push_back(palette.empty() ? unknownActor : palette[index % palette.size()]);
    }
    return colors;
}

QColor Style::statusColor(CrossingStatus status) const
{
    switch (status) {
    case CrossingStatus::Open:
        return open;
    case CrossingStatus::Restricted:
        return restricted;
    case CrossingStatus::Closed:
        return closed;
    case CrossingStatus::Unknown:
        break;
    }
    return unknownStatus;
}

} // namespace frontier
