#include "AreaLayer.h"

#include "render/RenderContext.h"
#include "render/ScreenPath.h"

#include <QPainter>

namespace frontier {

void AreaLayer::paint(QPainter& painter, const RenderContext& c) const
{
    const bool countries = m_layer == BaseLayer::Countries;
    if (countries && !c.settings.hasLayer(MapLayerId::Countries))
        return;
    if (!countries && !c.settings.hasLayer(MapLayerId::Governorates))
        return;
    const auto& source = c.dataset().layer(m_layer).features;
    QPen pen(countries ? c.style.countryLine : c.style.governorateLine,
             countries ? c.style.countryWidth : c.style.governorateWidth);
    if (!countries) {
        pen.setCapStyle(Qt::FlatCap);
        pen.setDashPattern(c.style.governorateDash);
    }
    pen.setJoinStyle(Qt::RoundJoin);
    for (const ProjectedFeature& f : c.projected.layer(m_layer)) {
        if (!ScreenPath::visible(f, c.viewport))
            continue;
        const QPainterPath path = ScreenPath::build(f, c.viewport, true);
        if (countries) {
            const QString iso =
                source[static_cast<std::size_t>(f.feature)].attribute(QStringLiteral("iso_a2"));
            const bool focus = iso == QLatin1String("IQ") || iso == QLatin1String("SY");
            painter.fillPath(path, focus ? c.style.focusLand : c.style.land);
        }
        painter.strokePath(path, pen);
    }
}

} // namespace frontier
