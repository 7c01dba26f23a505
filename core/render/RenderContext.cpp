#include "RenderContext.h"

#include <QFontMetricsF>

namespace frontier {

QFont RenderContext::mapFont(const Style& style, double pixelSize, bool bold, bool italic)
{
    QFont f;
    // Noto Sans for Latin, Noto Sans Arabic for Arabic (shaped right-to-left by Qt's HarfBuzz).
    f.setFamilies(
        {style.fontFamily, QStringLiteral("Noto Sans Arabic"), QStringLiteral("DejaVu Sans")});
    // Pixel sizes, not points: a QImage and a screen have different logical DPIs.
    f.setPixelSize(std::max(1, static_cast<int>(pixelSize + 0.5)));
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

void RenderContext::loadFonts(const Style& style)
{
    for (const bool bold : {false, true})
        for (const bool italic : {false, true})
            (void)QFontMetricsF(mapFont(style, style.labelPointSize, bold, italic))
                .horizontalAdvance(QStringLiteral("Rabia ربيعة"));
}

} // namespace frontier
