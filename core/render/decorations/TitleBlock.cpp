#include "TitleBlock.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QDate>
#include <QFontMetricsF>
#include <QLocale>
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
    const QString title = QStringLiteral("Iraq–Syria frontier");
    const QString date = QLocale(QLocale::English)
                             .toString(QDate::fromJulianDay(c.settings.date.julianDay()),
                                       QStringLiteral("d MMMM yyyy"));
    const QColor none(0, 0, 0, 0);
    const double room = r.width() - 24;
    const QFont titleFont = c.font(c.style.titlePointSize * 1.35, true);
    QString heading = title + QStringLiteral(" — ") + date;
    if (QFontMetricsF(titleFont).horizontalAdvance(heading) > room)
        heading = date; // a narrow map keeps the date whole
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 5, room, 30), titleFont, heading,
                      c.style.text, none, 0);
    // Outside the data's coverage the map shows every state unknown, and says why.
    const DateRange& coverage = c.dataset().coverage();
    const bool covered = coverage.contains(c.settings.date);
    const QString subtitle =
        !covered ? QStringLiteral("Outside the data's coverage (%1 to %2): every state unknown")
                       .arg(coverage.from.toString(), coverage.to.toString())
        : c.settings.compareDate.isValid()
            ? QStringLiteral("Dashed rings: changed since %1 · %2")
                  .arg(c.settings.compareDate.toString(), c.transform.name())
            : QStringLiteral("Who held each side, and each crossing's status · %1")
                  .arg(c.transform.name());
    const QFont subtitleFont = c.font(12);
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 35, room, 20), subtitleFont,
                      QFontMetricsF(subtitleFont).elidedText(subtitle, Qt::ElideRight, room),
                      covered ? c.style.secondaryText : c.style.disputedMark, none, 0);
}

} // namespace frontier
