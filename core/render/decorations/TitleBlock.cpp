#include "TitleBlock.h"

#include "DecorationLayout.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace frontier {

QSizeF TitleBlock::size(QSizeF mapSize) const
{
    return {std::min(560.0, mapSize.width() - 2 * DecorationLayout::kMargin - 60), 62};
}

void TitleBlock::paint(QPainter& painter, const RenderContext& c, const QRectF& r) const
{
    painter.setPen(QPen(c.style.panelLine, c.style.panelLineWidth));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(r, 4, 4);
    const LabelLanguage language = c.settings.labels;
    const QString title = MapText::text(language, QT_TRANSLATE_NOOP("Map", "Iraq–Syria frontier"));
    const QString date = MapText::date(language, c.settings.date);
    // Arabic reads from the right edge.
    const Qt::Alignment align =
        (MapText::isArabic(language) ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter;
    const QColor none(0, 0, 0, 0);
    const double room = r.width() - 24;
    const QFont titleFont = c.font(c.style.titlePointSize * 1.35, true);
    QString heading = title + QStringLiteral(" — ") + date;
    if (QFontMetricsF(titleFont).horizontalAdvance(heading) > room)
        heading = date; // a narrow map keeps the date whole
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 5, room, 30), titleFont, heading,
                      c.style.text, none, 0, align);
    // Outside the data's coverage the map shows every state unknown, and says why. A dataset
    // with no coverage (no events: `--basemap none`, the analyst's layers alone) claims none.
    const DateRange& coverage = c.dataset().coverage();
    const bool covered = !coverage.from.isValid() || coverage.contains(c.settings.date);
    const QString subtitle =
        !covered ? MapText::text(language, QT_TRANSLATE_NOOP("Map", "Outside the data's coverage "
                                                                    "(%1 to %2): every state "
                                                                    "unknown"))
                       .arg(coverage.from.toString(), coverage.to.toString())
        : c.settings.compareDate.isValid()
            ? MapText::text(language,
                            QT_TRANSLATE_NOOP("Map", "Dashed rings: changed since %1 · %2"))
                  .arg(c.settings.compareDate.toString(), c.transform.name())
            : MapText::text(language, QT_TRANSLATE_NOOP("Map", "Who held each side, and each "
                                                               "crossing's status · %1"))
                  .arg(c.transform.name());
    const QFont subtitleFont = c.font(12);
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 35, room, 20), subtitleFont,
                      QFontMetricsF(subtitleFont).elidedText(subtitle, Qt::ElideRight, room),
                      covered ? c.style.secondaryText : c.style.disputedMark, none, 0, align);
}

} // namespace frontier
