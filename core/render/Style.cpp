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

Style Style::highContrast()
{
    Style s;
    const QColor black(0, 0, 0), white(0xff, 0xff, 0xff);
    s.sea = QColor(0x9e, 0xc9, 0xe8);
    s.land = QColor(0xe0, 0xe0, 0xe0);
    s.focusLand = white;
    s.countryLine = black;
    s.countryWidth = 1.6;
    s.governorateLine = QColor(0x44, 0x44, 0x44);
    s.governorateWidth = 1.1;
    s.river = QColor(0x00, 0x4c, 0x99);
    s.riverWidth = 1.6;
    s.frontier = QColor(0xb0, 0x00, 0x00);
    s.frontierWidth = 4.2;
    s.text = s.secondaryText = s.attributionText = s.countryText = s.governorateText = black;
    s.waterText = QColor(0x00, 0x3d, 0x80);
    s.halo = white;
    s.labelHalo = 2.4;
    s.riverHalo = 2.0;
    s.areaHalo = 2.0;
    s.labelPointSize = 10;
    s.titlePointSize = 16;
    s.panel = white;
    s.panelLine = black;
    s.panelLineWidth = 1.5;
    s.swatchLine = black;
    s.swatchLineWidth = 1.0;
    s.crossingRadius = 13;
    s.dividerWidth = 1.8;
    s.ringWidth = 4.4;
    s.ringHaloWidth = 8;
    s.open = s.restricted = QColor(0x00, 0x6b, 0x2d);
    s.closed = black;
    s.unknownStatus = QColor(0x55, 0x55, 0x55);
    s.hatch = black;
    s.approximateMark = black;
    s.disputedMark = QColor(0xb0, 0x00, 0x00);
    s.selection = QColor(0xff, 0xcc, 0x00);
    s.selectionWidth = 6;
    s.changeMark = QColor(0x99, 0x00, 0x5c);
    s.changeMarkWidth = 3.4;
    s.datedAreaLine = QColor(0x2a, 0x1a, 0x6f);
    s.datedAreaText = black;
    s.datedAreaLineWidth = 2.4;
    s.unknownActor = QColor(0x99, 0x99, 0x99);
    return s;
}

std::optional<Style> Style::named(const QString& name)
{
    if (name == QLatin1String("default"))
        return Style{};
    if (name == QLatin1String("high-contrast"))
        return highContrast();
    return std::nullopt;
}

QStringList Style::names()
{
    return {QStringLiteral("default"), QStringLiteral("high-contrast")};
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
