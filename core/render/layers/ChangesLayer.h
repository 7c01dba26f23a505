#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief Marks what changed between the settings' compare date and its date (ChangeList): a
/// dashed ring around each crossing whose status or holders changed, a smaller ring on the middle
/// of each sector whose holders changed. Nothing without a compare date.
class ChangesLayer : public MapLayer {
public:
    RenderPass pass() const override { return RenderPass::Dynamic; }
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
