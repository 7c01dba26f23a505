#include "Attribution.h"

#include "DecorationLayout.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/Style.h"
#include "render/TextPainter.h"

#include <QFontMetricsF>
#include <QStringList>

#include <algorithm>

namespace frontier {
namespace {

constexpr double kFontPixels = 11;
constexpr double kLineHeight = 14;

// Most of the bottom edge, leaving the left to the legend; but never narrower than the longest
// credit, which would run off the area's left edge (on a narrow map, such as a split view's half).
double areaWidth(QSizeF mapSize, const QFontMetricsF& metrics, const QStringList& credits)
{
    double widest = 0;
    for (const QString& part : credits)
        widest = std::max(widest, metrics.horizontalAdvance(part));
    return std::min(mapSize.width() - 2 * DecorationLayout::kMargin,
                    std::max(mapSize.width() * 0.65 - DecorationLayout::kMargin, widest));
}

// The credits, as many to a line as `width` holds: on a narrow map they wrap instead of running
// under the legend.
QString wrapped(const QFontMetricsF& metrics, double width, const QStringList& parts)
{
    const QString separator = QStringLiteral(" · ");
    QStringList lines{parts.front()};
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString joined = lines.back() + separator + parts[i];
        if (metrics.horizontalAdvance(joined) <= width)
            lines.back() = joined;
        else
            lines.push_back(parts[i]);
    }
    return lines.join(u'\n');
}

// Measured with the default style's font and a dataset hash of the usual width.
QSizeF areaSize(QSizeF mapSize, LabelLanguage language)
{
    const QFont font = RenderContext::mapFont(Style{}, kFontPixels);
    const QFontMetricsF metrics(font);
    const QStringList parts = Attribution::credits(QString(12, u'0'), language);
    const double width = areaWidth(mapSize, metrics, parts);
    const QString text = wrapped(metrics, width, parts);
    const double height = kLineHeight * double(text.count(u'\n') + 1);
    // Arabic's font spaces its lines wider than Latin's: as tall as its lines measure.
    return {width, MapText::isArabic(language)
                       ? std::max(height, TextPainter::measure(font, text).height())
                       : height};
}

} // namespace

QStringList Attribution::credits(const QString& datasetHash, LabelLanguage language)
{
    return {MapText::text(language, QT_TRANSLATE_NOOP("Map", "Frontier Atlas")),
            MapText::text(language, QT_TRANSLATE_NOOP("Map", "basemap: Natural Earth (public "
                                                             "domain), GSHHG/DCW via GMT")),
            MapText::text(language, QT_TRANSLATE_NOOP("Map", "events: sourced per event, "
                                                             "dataset %1"))
                .arg(datasetHash.left(12))};
}

QSizeF Attribution::size(QSizeF mapSize) const
{
    return areaSize(mapSize, LabelLanguage::English);
}

QSizeF Attribution::sizeFor(const MapSettings& settings) const
{
    return areaSize(settings.logicalSize(), settings.labels);
}

void Attribution::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    const QFont font = c.font(kFontPixels);
    const QString text =
        wrapped(QFontMetricsF(font), area.width(),
                credits(QString::fromLatin1(c.dataset().contentHash()), c.settings.labels));
    TextPainter::draw(painter, area, font, text, c.style.attributionText, c.style.halo,
                      c.style.areaHalo, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace frontier
