#include "LegendLayout.h"

#include "render/RenderContext.h"

#include <QFontMetricsF>

#include <algorithm>

namespace frontier {
namespace {

constexpr double kRow = 18;
constexpr double kStatusRow = 26; // room for a status symbol at Legend::kSymbolScale
constexpr double kPadding = 7;
constexpr double kMinScale = 0.75;

double rowHeight(const Legend::Entry& e)
{
    return e.kind == Legend::Entry::Kind::Status ? kStatusRow : kRow;
}

// Rows whose texts are short enough to share a line in the compact legend: of the kinds whose
// texts are, and (Arabic names are longer) that fit half its width.
bool pairable(const Legend::Entry& a, const Legend::Entry& b)
{
    using Kind = Legend::Entry::Kind;
    if (a.kind != b.kind ||
        !(a.kind == Kind::Status || a.kind == Kind::Controller || a.kind == Kind::CoHolder))
        return false;
    const QFontMetricsF metrics(RenderContext::mapFont(Style{}, 12));
    const double room = (LegendLayout::kCompactWidth - 20) / 2 - 30;
    return metrics.horizontalAdvance(a.text) <= room && metrics.horizontalAdvance(b.text) <= room;
}

} // namespace

const double LegendLayout::kMaxHeight = 2 * kPadding + 4 * kStatusRow + 23 * kRow;

LegendLayout LegendLayout::arrange(const std::vector<Legend::Entry>& entries, bool compact)
{
    using Kind = Legend::Entry::Kind;
    LegendLayout l;
    const double width = compact ? kCompactWidth : kWidth;
    const double column = (width - 20) / 2;
    const bool rightToLeft = !entries.empty() && entries.front().text.isRightToLeft();
    l.places.assign(entries.size(), {});
    double y = kPadding;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const bool paired =
            compact && i + 1 < entries.size() && pairable(entries[i], entries[i + 1]);
        const double h = std::max(rowHeight(entries[i]), paired ? rowHeight(entries[i + 1]) : 0.0);
        const auto place = [&](std::size_t at, double x, double textWidth) {
            QPointF symbol(x + 9, y + h / 2);
            QRectF text = entries[at].kind == Kind::Heading ? QRectF(x, y, width - 20, h)
                                                            : QRectF(x + 26, y, textWidth, h);
            if (rightToLeft) { // mirrored: the symbols on the right, the text to their left
                symbol.setX(width - symbol.x());
                text.moveLeft(width - text.right());
            }
            l.places[at] = {symbol, text};
        };
        if (paired) {
            place(i, 10, column - 30);
            place(i + 1, 10 + column, column - 30);
            ++i;
        } else {
            place(i, 10, width - 46);
        }
        y += h;
    }
    l.size = QSizeF(width, y + kPadding);
    return l;
}

LegendLayout LegendLayout::in(const QRectF& area, const std::vector<Legend::Entry>& entries,
                              QSizeF box)
{
    LegendLayout l = arrange(entries, !box.isEmpty() && box.width() == kCompactWidth);
    if (box.isEmpty() && l.size.height() > area.height())
        l = arrange(entries, true);
    l.size = l.size.expandedTo(box);
    l.scale = std::clamp(area.height() / l.size.height(), kMinScale, 1.0);
    l.box = QRectF(area.left(), area.bottom() - l.size.height() * l.scale, l.size.width() * l.scale,
                   l.size.height() * l.scale);
    return l;
}

} // namespace frontier
