#pragma once

#include <QFont>
#include <QHash>
#include <QSizeF>
#include <QString>

namespace frontier {

/// \brief TextPainter::measure kept per font and text across frames: a label's size does not
/// depend on the view, and laying the text out again on every pan cost a tenth of the frame.
/// Bounded by the dataset's names times the few label fonts.
class TextSizeCache {
public:
    QSizeF measure(const QFont& font, const QString& text);

private:
    struct Key {
        QFont font;
        QString text;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.font, k.text);
        }
    };
    QHash<Key, QSizeF> m_sizes;
};

} // namespace frontier
