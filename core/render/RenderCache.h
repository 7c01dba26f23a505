#pragma once

#include "LabelEngine.h"
#include "MapSettings.h"
#include "ViewSprites.h"

#include <QImage>

#include <cstdint>
#include <vector>

namespace frontier {

/// \brief What MapRenderer keeps between frames of one view: the base image (basemap, labels,
/// static decorations) and the settings it was drawn for, and what is rasterised at that
/// view (ViewSprites). Owned by the caller and passed to
/// each render (as QgsMapRendererJob::setCache), so one view never evicts another's image.
class RenderCache {
public:
    /// The base image of the last frame; null before the first.
    const QImage& baseImage() const { return m_base; }
    /// The labels placed on the base image.
    const std::vector<LabelEngine::Placed>& labels() const { return m_labels; }
    /// How many times a base image was drawn into this cache.
    std::uint64_t baseRenders() const { return m_baseRenders; }
    /// What is rasterised at this view (see ViewSprites::newView).
    const ViewSprites& sprites() const { return m_sprites; }

private:
    friend class MapRenderer;
    const void* m_renderer = nullptr; ///< with m_key: a new dataset's renderer redraws
    MapSettings m_key;
    QImage m_base;
    std::vector<LabelEngine::Placed> m_labels;
    ViewSprites m_sprites;
    std::uint64_t m_baseRenders = 0;
};

} // namespace frontier
