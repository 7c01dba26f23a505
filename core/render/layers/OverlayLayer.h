#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The analyst's layers (MapSettings::overlays) in their styles: those without dates in
/// the static pass, over the basemap; the dated ones, filtered to the settings' date, in the
/// dynamic pass, under the crossings. Only features meeting the view are looked at.
class OverlayLayer : public MapLayer {
public:
    explicit OverlayLayer(RenderPass pass) : m_pass(pass) {}
    RenderPass pass() const override { return m_pass; }
    void paint(QPainter& painter, const RenderContext& context) const override;

private:
    RenderPass m_pass;
};

} // namespace frontier
