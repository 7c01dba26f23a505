#include "TextPainter.h"

#include <QFontMetricsF>
#include <QPainter>

#include <array>

namespace frontier {

QSizeF TextPainter::measure(const QFont& font, const QString& text)
{
    const QFontMetricsF fm(font);
    return fm.boundingRect(QRectF(0, 0, 4000, 4000), Qt::AlignLeft | Qt::AlignTop, text).size();
}

void TextPainter::draw(QPainter& painter, const QRectF& rect, const QFont& font,
                       const QString& text, const QColor& color, const QColor& halo,
                       double haloWidth, Qt::Alignment align)
{
    painter.setFont(font);
    if (halo.alpha() > 0 && haloWidth > 0) {
        // Eight offset copies make a halo and keep Qt's shaping (Arabic joins, bidi) intact.
        painter.setPen(halo);
        static constexpr std::array<std::pair<double, double>, 8> kOffsets{
            {{-1, -1}, {0, -1}, {1, -1}, {-1, 0}, {1, 0}, {-1, 1}, {0, 1}, {1, 1}}};
        for (const auto& [dx, dy] : kOffsets)
            painter.drawText(rect.translated(dx * haloWidth * 0.75, dy * haloWidth * 0.75), align,
                             text);
    }
    painter.setPen(color);
    painter.drawText(rect, align, text);
}

} // namespace frontier
