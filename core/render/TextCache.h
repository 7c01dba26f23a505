#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QPoint>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <cstddef>

class QPainter;

namespace frontier {

/// \brief The map's labels laid out once and kept across frames: a label's size and look do not
/// depend on the view, only where it goes. Measuring a label again on every pan cost a tenth of
/// the frame; drawing it, nine shaped texts for its halo and itself, another tenth.
class TextCache {
public:
    /// TextPainter::measure, kept per font and text.
    QSizeF measure(const QFont& font, const QString& text);
    /// TextPainter::draw, from an image of the label kept per look, put on the whole device pixel
    /// nearest `rect`'s corner (under half a pixel from where it was asked). A transformed painter
    /// (a page layout), or a device pixel ratio that is no simple fraction, draws the text itself.
    void draw(QPainter& painter, const QRectF& rect, const QFont& font, const QString& text,
              const QColor& color, const QColor& halo, double haloWidth, Qt::Alignment align);

private:
    struct SizeKey {
        QFont font;
        QString text;
        friend bool operator==(const SizeKey&, const SizeKey&) = default;
        friend size_t qHash(const SizeKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.font, k.text);
        }
    };
    struct ImageKey {
        QFont font;
        QString text;
        QRgb color, halo;
        double haloWidth;
        int align;
        QSizeF size;
        double devicePixelRatio;
        Qt::LayoutDirection direction;
        QPoint corner; ///< where the label's corner lies in its image (device px)
        friend bool operator==(const ImageKey&, const ImageKey&) = default;
        friend size_t qHash(const ImageKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.font, k.text, k.color, k.halo, k.haloWidth, k.align,
                              k.size.width(), k.size.height(), k.devicePixelRatio, k.direction,
                              k.corner.x(), k.corner.y());
        }
    };
    /// The label's image, `room` device px beyond it on the right and below.
    QImage paint(const QPainter& painter, const ImageKey& key, int room) const;

    /// Past this the images are dropped and drawn again (a long tour of a user's labels).
    static constexpr std::size_t kMaxBytes = 16u * 1024u * 1024u;
    QHash<SizeKey, QSizeF> m_sizes;
    QHash<ImageKey, QImage> m_images;
    std::size_t m_bytes = 0;
};

} // namespace frontier
