#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>

class QPainter;

namespace frontier {

/// \brief Draws text with a halo so it reads on any background; measures it the same way.
class TextPainter {
public:
    /// The rectangle `text` needs (one line per '\n').
    static QSizeF measure(const QFont& font, const QString& text);
    /// Draws `text` inside `rect` (left-aligned, or centred), with a halo of `haloWidth` px.
    static void draw(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
                     const QColor& color, const QColor& halo, double haloWidth = 1.6,
                     Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter);
};

} // namespace frontier
