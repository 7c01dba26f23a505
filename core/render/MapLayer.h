#pragma once

class QPainter;

namespace frontier {

struct RenderContext;

/// \brief One thing the renderer draws, in an explicit order. Static layers do not depend on
/// the date and are cached in the base image; dynamic ones are painted on it every frame.
class MapLayer {
public:
    virtual ~MapLayer() = default;
    virtual void paint(QPainter& painter, const RenderContext& context) const = 0;
};

} // namespace frontier
