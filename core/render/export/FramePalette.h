#pragma once

#include <QImage>

#include <array>
#include <cstdint>
#include <span>
#include <vector>

namespace frontier {

/// \brief The GIF palette of one animation, made for its frames: a median cut (each cut where it
/// least adds to the squared error) of the colours of a few sample frames, and each frame's
/// pixels mapped to their nearest entry. The maps are flat colours with anti-aliased edges, so
/// a palette taken from them shows them faithfully without dithering, which would only add
/// noise and defeat GIF's compression. One palette for the whole series lets the encoder store
/// only what changed from the frame before.
class FramePalette {
public:
    /// Colours made from the samples; the 256th entry stays transparent and unused, so the GIF
    /// encoder can mark the pixels that did not change from the frame before.
    static constexpr int kColours = 255;

    explicit FramePalette(std::span<const QImage> samples);
    /// 256 entries as 0xAARRGGBB (FFmpeg's PAL8 palette): kColours opaque, then a transparent one.
    const std::array<std::uint32_t, 256>& entries() const { return m_entries; }
    /// Writes the palette index of each of `image`'s pixels, `stride` bytes a row. Images other
    /// than 32-bit RGB are converted first.
    void map(const QImage& image, std::uint8_t* indices, int stride);

private:
    std::uint8_t nearest(QRgb colour) const;

    std::array<std::uint32_t, 256> m_entries{};
    int m_used = 0;
    /// The nearest entry for each colour at 6 bits a channel, filled as colours are met.
    std::vector<std::int16_t> m_lookup;
};

} // namespace frontier
