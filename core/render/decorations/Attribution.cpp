#include "Attribution.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QPainter>

namespace frontier {

void Attribution::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasDecoration(Decoration::Attribution)) return;
    const QRectF r = DecorationLayout(c.settings.logicalSize()).attribution;
    const QString text = QStringLiteral("Frontier Atlas · basemap: Natural Earth (public domain), GSHHG/DCW via GMT · "
                                        "events: sourced per event, dataset %1")
                             .arg(QString::fromLatin1(c.dataset().contentHash().left(12)));
    TextPainter::draw(painter, r, c.font(11), text, QColor(0x44, 0x44, 0x44), c.style.halo, 1.2, Qt::AlignRight | Qt::AlignVCenter);
}

} // namespace frontier
