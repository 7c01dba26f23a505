#pragma once

#include "Sprite.h"
#include "SymbolPainter.h"
#include "decorations/Legend.h"

#include <QRectF>

#include <cstddef>
#include <utility>
#include <vector>

class QPainter;

namespace frontier {

/// \brief What one view keeps rasterised between its frames, each sprite under what it shows:
/// every sector band in each look it has had, and the legend for each set of rows. A date
/// change then blends these instead of filling the bands' antialiased polygons and hatches and
/// laying out the legend again (together most of a date-change frame); a band's look and the
/// legend's rows change only at events, so while the analyst scrubs at one view nearly all are
/// kept. The RenderCache that holds it starts a new view (newView) when the view changes.
class ViewSprites {
public:
    /// A sector band: the sector's feature index, its side (right of the line or left) and look.
    struct Band {
        int sector = -1;
        bool right = false;
        SymbolPainter::BandLook look;
        friend bool operator==(const Band&, const Band&) = default;
    };
    /// The legend: its rows in its area.
    struct LegendRows {
        std::vector<Legend::Entry> rows;
        QRectF area;
        friend bool operator==(const LegendRows&, const LegendRows&) = default;
    };

    /// Draws the sprite kept for `key`; false when there is none.
    bool draw(QPainter& painter, const Band& key) const { return draw(painter, m_bands, key); }
    bool draw(QPainter& painter, const LegendRows& key) const
    {
        return draw(painter, m_legends, key);
    }
    /// Paints `paint` (within `bounds`, the frame's logical px) and keeps it as `key`'s sprite.
    void paint(QPainter& painter, Band key, QRectF bounds, const Sprite::Paint& paint)
    {
        keep(painter, m_bands, std::move(key), bounds, paint);
    }
    void paint(QPainter& painter, LegendRows key, QRectF bounds, const Sprite::Paint& paint)
    {
        keep(painter, m_legends, std::move(key), bounds, paint);
    }

    /// A new view. The bands, drawn elsewhere in it, are dropped; the legend too unless the view
    /// only `moved` (a pan or zoom: its legend looks the same, and is drawn from its sprite). On
    /// the view's first frame nothing new is kept, as a pan seldom comes back to the view it
    /// leaves.
    void newView(bool moved);
    /// The first frame of the view is drawn: from now on new looks are kept.
    void frameDrawn() { m_firstFrame = false; }
    std::size_t bytes() const { return m_bytes; }

private:
    template <class Key> using Kept = std::vector<std::pair<Key, Sprite>>;

    template <class Key> static bool draw(QPainter& painter, const Kept<Key>& kept, const Key& key)
    {
        for (const auto& [k, sprite] : kept)
            if (k == key) {
                sprite.draw(painter);
                return true;
            }
        return false;
    }
    template <class Key>
    void keep(QPainter& painter, Kept<Key>& kept, Key key, QRectF bounds,
              const Sprite::Paint& paint)
    {
        if (m_firstFrame || m_bytes > kMaxBytes) {
            paint(painter);
            return;
        }
        if (std::optional<Sprite> sprite = Sprite::paint(painter, bounds, paint)) {
            m_bytes += sprite->bytes();
            kept.emplace_back(std::move(key), std::move(*sprite));
        }
    }

    /// Past this, a view's new looks are drawn, not kept (a long animation at a deep zoom).
    static constexpr std::size_t kMaxBytes = 64u * 1024u * 1024u;
    Kept<Band> m_bands;
    Kept<LegendRows> m_legends;
    std::size_t m_bytes = 0;
    bool m_firstFrame = true;
};

} // namespace frontier
