#include "SearchText.h"

namespace frontier {
namespace {

// Arabic letters folded after NFD (which already splits أ إ آ ؤ ئ into a base letter and a
// combining hamza or madda, dropped with the other marks).
QChar foldArabic(QChar c)
{
    switch (c.unicode()) {
    case 0x0671:
        return QChar(0x0627); // ٱ alef wasla -> ا
    case 0x0629:
        return QChar(0x0647); // ة ta marbuta -> ه
    case 0x0649:
        return QChar(0x064A); // ى alef maqsura -> ي
    default:
        return c;
    }
}

// Dropped without splitting the word: hamza, tatweel, apostrophes and ayn/hamza signs.
bool isDropped(QChar c)
{
    switch (c.unicode()) {
    case 0x0621: // ء hamza
    case 0x0640: // ـ tatweel
    case 0x0027: // '
    case 0x2018: // ‘
    case 0x2019: // ’
    case 0x02BC: // ʼ
    case 0x02BE: // ʾ
    case 0x02BF: // ʿ
        return true;
    default:
        return false;
    }
}

bool isArticle(const QString& word)
{
    return word == QLatin1String("al") || word == QLatin1String("el");
}

} // namespace

QString SearchText::normalized(const QString& text)
{
    // NFKD rather than NFD: it also unfolds Arabic presentation forms (ﻻ, ﺍ) and ligatures.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (QChar c : decomposed) {
        // Combining marks: Latin diacritics, Arabic tashkil (U+064B–U+065F, U+0670), hamza above.
        if (c.category() == QChar::Mark_NonSpacing || isDropped(c))
            continue;
        if (c == QChar(0x0131))
            c = QLatin1Char('i'); // dotless ı, which has no decomposition
        if (c.isLetterOrNumber()) {
            out += foldArabic(c);
            space = false;
        } else if (!space) {
            out += QLatin1Char(' ');
            space = true;
        }
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

QStringList SearchText::tokens(const QString& text)
{
    static const QString kArabicArticle = QStringLiteral("\u0627\u0644");
    QStringList words = normalized(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList out;
    for (QString& w : words) {
        if (isArticle(w))
            continue;
        if (w.size() > 3 && w.startsWith(kArabicArticle))
            w.remove(0, 2);
        out << w;
    }
    return out.isEmpty() ? words : out;
}

QString SearchText::key(const QString& text)
{
    return tokens(text).join(QLatin1Char(' '));
}

} // namespace frontier
