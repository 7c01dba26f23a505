#include "TitleBlock.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"

#include <QDate>
#include <QLocale>
#include <QPainter>

namespace frontier {

void TitleBlock::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasDecoration(Decoration::Title)) return;
    const QRectF r = DecorationLayout(c.settings.logicalSize()).title;
    painter.setPen(QPen(c.style.panelLine, 0.8));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(r, 4, 4);
    const QString title = QStringLiteral("Iraq–Syria frontier: crossings");
    const QString date = QLocale(QLocale::English).toString(QDate::fromJulianDay(c.settings.date.julianDay()), QStringLiteral("d MMMM yyyy"));
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 5, r.width() - 24, 30), c.font(c.style.titlePointSize * 1.35, true),
                      title + QStringLiteral(" — ") + date, c.style.text, QColor(0, 0, 0, 0), 0);
    TextPainter::draw(painter, QRectF(r.left() + 12, r.top() + 35, r.width() - 24, 20), c.font(12),
                      QStringLiteral("Who held each side, and whether it was open · %1").arg(c.transform.name()),
                      QColor(0x55, 0x55, 0x55), QColor(0, 0, 0, 0), 0);
}

} // namespace frontier
