#include "Legend.h"

#include "DecorationLayout.h"
#include "render/RenderContext.h"
#include "render/TextPainter.h"
#include "render/layers/CrossingsLayer.h"

#include <QPainter>

#include <set>

namespace frontier {

void Legend::paint(QPainter& painter, const RenderContext& c) const
{
    if (!c.settings.hasDecoration(Decoration::Legend) || !c.states) return;
    const Dataset& d = c.dataset();
    // Controllers present at this date, in the actors file's order.
    std::set<int> present;
    bool anyUnknown = false;
    for (const CrossingState& s : *c.states)
        for (const SideState& side : s.sides) {
            if (side.controller < 0 || side.controller == d.unknownActor()) anyUnknown = true;
            else present.insert(side.controller);
            for (int w : side.with) present.insert(w);
        }

    const DecorationLayout layout(c.settings.logicalSize());
    const double row = DecorationLayout::kLegendRow;
    const int rows = 1 + 4 + 1 + static_cast<int>(present.size()) + (anyUnknown ? 1 : 0) + 1 + 2 + 1 + 2;
    QRectF box = layout.legend;
    box.setTop(box.bottom() - (rows * row + 14));
    painter.setPen(QPen(c.style.panelLine, 0.8));
    painter.setBrush(c.style.panel);
    painter.drawRoundedRect(box, 4, 4);

    const QFont head = c.font(12.5, true);
    const QFont text = c.font(12);
    const QColor none(0, 0, 0, 0);
    double y = box.top() + 7;
    const double x = box.left() + 10;
    const auto heading = [&](const QString& s) {
        TextPainter::draw(painter, QRectF(x, y, box.width() - 20, row), head, s, c.style.text, none, 0);
        y += row;
    };
    const auto entry = [&](const QString& s) {
        TextPainter::draw(painter, QRectF(x + 26, y, box.width() - 46, row), text, s, c.style.text, none, 0);
        y += row;
    };
    const QPointF sym(x + 9, 0);
    const auto symbolY = [&] { return y + row / 2; };

    heading(QStringLiteral("Crossing status"));
    const std::pair<CrossingStatus, const char*> statuses[] = {{CrossingStatus::Open, "Open"},
                                                                {CrossingStatus::Restricted, "Restricted"},
                                                                {CrossingStatus::Closed, "Closed"},
                                                                {CrossingStatus::Unknown, "Unknown"}};
    for (const auto& [st, label] : statuses) {
        CrossingsLayer::drawMarker(painter, QPointF(sym.x(), symbolY()), 5.5, QColor(0xdd, 0xdd, 0xdd), QColor(0xdd, 0xdd, 0xdd),
                                   false, false, static_cast<int>(st), c.style);
        entry(QLatin1String(label));
    }
    heading(QStringLiteral("Held by (disc: west SY, east IQ)"));
    const auto swatch = [&](const QColor& color, bool hatched) {
        const QRectF r(sym.x() - 7, symbolY() - 6, 14, 12);
        painter.fillRect(r, color);
        if (hatched) painter.fillRect(r, QBrush(QColor(0x66, 0x66, 0x66), Qt::BDiagPattern));
        painter.setPen(QPen(QColor(0x77, 0x77, 0x77), 0.6));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(r);
    };
    for (int a : present) {
        const Actor& actor = d.actors()[static_cast<std::size_t>(a)];
        swatch(c.style.actorColor(actor.id), false);
        entry(actor.shortName);
    }
    if (anyUnknown) {
        swatch(c.style.unknownActor, true);
        entry(QStringLiteral("Unknown: no source covers it"));
    }
    heading(QStringLiteral("Marks"));
    CrossingsLayer::drawBadge(painter, QPointF(sym.x(), symbolY()), QStringLiteral("~"), QColor(0x55, 0x55, 0x55));
    entry(QStringLiteral("Date known to month or year"));
    CrossingsLayer::drawBadge(painter, QPointF(sym.x(), symbolY()), QStringLiteral("?"), QColor(0xc0, 0x39, 0x2b));
    entry(QStringLiteral("Disputed: sources disagree"));
    heading(QStringLiteral("Map"));
    painter.setPen(QPen(c.style.frontierCasing, c.style.frontierWidth + 1.6));
    painter.drawLine(QPointF(sym.x() - 9, symbolY()), QPointF(sym.x() + 9, symbolY()));
    painter.setPen(QPen(c.style.frontier, c.style.frontierWidth, Qt::DashDotLine, Qt::FlatCap));
    painter.drawLine(QPointF(sym.x() - 9, symbolY()), QPointF(sym.x() + 9, symbolY()));
    entry(QStringLiteral("Iraq–Syria boundary"));
    painter.setPen(QPen(c.style.river, c.style.riverWidth));
    painter.drawLine(QPointF(sym.x() - 9, symbolY()), QPointF(sym.x() + 9, symbolY()));
    entry(QStringLiteral("River"));
}

} // namespace frontier
