#include "TextSizeCache.h"

#include "TextPainter.h"

namespace frontier {

QSizeF TextSizeCache::measure(const QFont& font, const QString& text)
{
    Key key{font, text};
    const auto it = m_sizes.constFind(key);
    if (it != m_sizes.cend())
        return *it;
    const QSizeF size = TextPainter::measure(font, text);
    m_sizes.insert(std::move(key), size);
    return size;
}

} // namespace frontier
