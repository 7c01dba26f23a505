#include "Attribution.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

namespace frontier {

QSizeF Attribution::size(QSizeF mapSize) const
{
    return {mapSize.width() * 0.65 - DecorationLayout::kMargin, 14};
}

void Attribution::paint(QPainter& painter, const RenderContext& c, const QRectF& area) const
{
    const QString text =
        QStringLiteral(
            "Frontier Atlas · basemap: Natural Earth (public domain), GSHHG/DCW via GMT · "
            "events: sourced per event, dataset %1")
            .arg(QString::fromLatin1(c.dataset().contentHash().left(12)));
    TextPainter::draw(painter, area, c.font(11), text, c.style.attributionText, c.style.halo,
                      c.style.areaHalo, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace frontier
