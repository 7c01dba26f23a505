#pragma once

namespace frontier {

/// The two passes of a frame: what does not depend on the date is cached in the base image
/// (Static); what does is painted over it every frame (Dynamic).
enum class RenderPass { Static, Dynamic };

} // namespace frontier
