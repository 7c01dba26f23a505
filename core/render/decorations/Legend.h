#pragma once

#include "render/MapLayer.h"

namespace frontier {

/// \brief The legend, bottom left: crossing status, the controllers present at the date, the
/// approximate and disputed marks, and the basemap symbols.
class Legend : public MapLayer {
public:
    void paint(QPainter& painter, const RenderContext& context) const override;
};

} // namespace frontier
