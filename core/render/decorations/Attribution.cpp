#include "Attribution.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/Style.h"
#include "render/TextPainter.h"

#include <QFontMetricsF>
#include <QStringList>

namespace frontier {
namespace {

constexpr double kFontPixels = 11;
constexpr double kLineHeight = 14;

double areaWidth(QSizeF mapSize)
{
    return mapSize.width() * 0.65 - DecorationLayout::kMargin;
}

// The credits, as many to a line as `width` holds: on a narrow map they wrap instead of running
// under the legend.
QString wrapped(const QFont& font, double width, const QString& dataset)
{
    const QStringList parts = Attribution::credits(dataset);
    const QFontMetricsF metrics(font);
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

} // namespace

QStringList Attribution::credits(const QString& datasetHash)
{
    return {QStringLiteral("Frontier Atlas"),
            QStringLiteral("basemap: Natural Earth (public domain), GSHHG/DCW via GMT"),
            QStringLiteral("events: sourced per event, dataset %1").arg(datasetHash.left(12))};
}

QSizeF Attribution::size(QSizeF mapSize) const
{
    // Measured with the default style's font and a dataset hash of the usual width.
    const QString text = wrapped(RenderContext::mapFont(Style{}, kFontPixels), areaWidth(mapSize),
                                 QString(12, u'0'));
    return {areaWidth(mapSize), kLineHeight * double(text.count(u'\n') + 1)};
}

void Attribution::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    const QFont font = c.font(kFontPixels);
    const QString text =
        wrapped(font, area.width(), QString::fromLatin1(c.dataset().contentHash()));
    TextPainter::draw(painter, area, font, text, c.style.attributionText, c.style.halo,
                      c.style.areaHalo, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace frontier
