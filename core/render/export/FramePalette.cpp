#include "FramePalette.h"

#include <algorithm>
#include <cmath>

namespace frontier {
namespace {

// Colours are counted and looked up at 6 bits a channel: close enough that no two of the map's
// flat colours share a bin, small enough for a table of every bin.
constexpr int kBits = 6;
constexpr int kBins = 1 << (3 * kBits);

int binOf(QRgb c)
{
    return (qRed(c) >> 2) << 12 | (qGreen(c) >> 2) << 6 | qBlue(c) >> 2;
}

/// The mean colour of the pixels in one bin, and how many there were.
struct Colour {
    std::array<double, 3> c;
    double weight;
};

/// A run of colours in the working list; its sum of squared distances to its mean is the error
/// the palette makes by drawing it in one colour.
struct Box {
    std::size_t begin, end;
    double error;
};

double errorOf(std::span<const Colour> colours)
{
    if (colours.size() < 2)
        return 0;
    double w = 0;
    std::array<double, 3> sum{}, squares{};
    for (const Colour& c : colours) {
        w += c.weight;
        for (int k = 0; k < 3; ++k) {
            sum[k] += c.weight * c.c[k];
            squares[k] += c.weight * c.c[k] * c.c[k];
        }
    }
    double e = 0;
    for (int k = 0; k < 3; ++k)
        e += squares[k] - sum[k] * sum[k] / w;
    return e;
}

/// Where to cut `colours` (sorted along the best channel on return) so that the two parts' errors
/// add up least; returns the first index of the second part.
std::size_t bestCut(std::span<Colour> colours)
{
    double bestError = INFINITY;
    int bestAxis = 0;
    std::size_t best = 1;
    std::vector<double> w(colours.size()), s(colours.size() * 3), q(colours.size() * 3);
    for (int axis = 0; axis < 3; ++axis) {
        std::sort(colours.begin(), colours.end(),
                  [axis](const Colour& a, const Colour& b) { return a.c[axis] < b.c[axis]; });
        // Prefix sums of weight, weighted colour and weighted square, so each cut costs O(1).
        double tw = 0;
        std::array<double, 3> ts{}, tq{};
        for (std::size_t i = 0; i < colours.size(); ++i) {
            tw += colours[i].weight;
            w[i] = tw;
            for (int k = 0; k < 3; ++k) {
                ts[k] += colours[i].weight * colours[i].c[k];
                tq[k] += colours[i].weight * colours[i].c[k] * colours[i].c[k];
                s[i * 3 + k] = ts[k];
                q[i * 3 + k] = tq[k];
            }
        }
        for (std::size_t i = 0; i + 1 < colours.size(); ++i) {
            double e = 0;
            for (int k = 0; k < 3; ++k) {
                const double ls = s[i * 3 + k], rs = ts[k] - ls;
                e += q[i * 3 + k] - ls * ls / w[i] + (tq[k] - q[i * 3 + k]) - rs * rs / (tw - w[i]);
            }
            if (e < bestError) {
                bestError = e;
                bestAxis = axis;
                best = i + 1;
            }
        }
    }
    std::sort(colours.begin(), colours.end(), [bestAxis](const Colour& a, const Colour& b) {
        return a.c[bestAxis] < b.c[bestAxis];
    });
    return best;
}

} // namespace

FramePalette::FramePalette(std::span<const QImage> samples) : m_lookup(kBins, -1)
{
    struct Bin {
        std::uint64_t count = 0;
        std::array<std::uint64_t, 3> sum{};
    };
    std::vector<Bin> bins(kBins);
    for (const QImage& sample : samples) {
        const QImage image = sample.convertToFormat(QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
            for (int x = 0; x < image.width(); ++x) {
                Bin& b = bins[static_cast<std::size_t>(binOf(line[x]))];
                ++b.count;
                b.sum[0] += static_cast<std::uint64_t>(qRed(line[x]));
                b.sum[1] += static_cast<std::uint64_t>(qGreen(line[x]));
                b.sum[2] += static_cast<std::uint64_t>(qBlue(line[x]));
            }
        }
    }
    std::vector<Colour> colours;
    for (const Bin& b : bins)
        if (b.count > 0) {
            const double n = static_cast<double>(b.count);
            colours.push_back(
                {{static_cast<double>(b.sum[0]) / n, static_cast<double>(b.sum[1]) / n,
                  static_cast<double>(b.sum[2]) / n},
                 n});
        }
    std::vector<Box> boxes;
    if (!colours.empty())
        boxes.push_back({0, colours.size(), errorOf(colours)});
    // Cut the box with the largest error until there are enough, or every box is one colour.
    while (boxes.size() < kColours) {
        const auto worst =
            std::max_element(boxes.begin(), boxes.end(),
                             [](const Box& a, const Box& b) { return a.error < b.error; });
        if (worst->end - worst->begin < 2)
            break;
        const std::span<Colour> run(colours.begin() + static_cast<std::ptrdiff_t>(worst->begin),
                                    worst->end - worst->begin);
        const std::size_t cut = worst->begin + bestCut(run);
        const Box second{cut, worst->end,
                         errorOf(std::span(colours).subspan(cut, worst->end - cut))};
        worst->end = cut;
        worst->error = errorOf(std::span(colours).subspan(worst->begin, cut - worst->begin));
        boxes.push_back(second);
    }
    for (const Box& box : boxes) {
        double w = 0;
        std::array<double, 3> sum{};
        for (std::size_t i = box.begin; i < box.end; ++i) {
            w += colours[i].weight;
            for (int k = 0; k < 3; ++k)
                sum[k] += colours[i].weight * colours[i].c[k];
        }
        m_entries[static_cast<std::size_t>(m_used++)] =
            qRgb(qRound(sum[0] / w), qRound(sum[1] / w), qRound(sum[2] / w));
    }
    m_entries[kColours] = 0; // transparent
}

std::uint8_t FramePalette::nearest(QRgb colour) const
{
    int best = 0;
    int bestDistance = INT32_MAX;
    for (int i = 0; i < std::max(m_used, 1); ++i) {
        const QRgb e = m_entries[static_cast<std::size_t>(i)];
        const int dr = qRed(e) - qRed(colour), dg = qGreen(e) - qGreen(colour),
                  db = qBlue(e) - qBlue(colour);
        const int d = dr * dr + dg * dg + db * db;
        if (d < bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return static_cast<std::uint8_t>(best);
}

void FramePalette::map(const QImage& source, std::uint8_t* indices, int stride)
{
    const QImage image = source.format() == QImage::Format_RGB32 ||
                                 source.format() == QImage::Format_ARGB32 ||
                                 source.format() == QImage::Format_ARGB32_Premultiplied
                             ? source
                             : source.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(image.constScanLine(y));
        std::uint8_t* out = indices + static_cast<std::ptrdiff_t>(y) * stride;
        for (int x = 0; x < image.width(); ++x) {
            const int bin = binOf(line[x]);
            std::int16_t& entry = m_lookup[static_cast<std::size_t>(bin)];
            // Looked up from the bin's centre, so a colour's entry does not depend on the order
            // the colours of its bin were met in.
            if (entry < 0)
                entry = nearest(qRgb((bin >> 12) << 2 | 2, ((bin >> 6) & 0x3f) << 2 | 2,
                                     (bin & 0x3f) << 2 | 2));
            out[x] = static_cast<std::uint8_t>(entry);
        }
    }
}

} // namespace frontier
