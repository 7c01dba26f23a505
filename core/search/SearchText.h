#pragma once

#include <QString>
#include <QStringList>

namespace frontier {

/// \brief Folds names as analysts type them: case, Latin diacritics, Arabic letter variants,
/// tashkil and tatweel, apostrophes, hyphens and the definite article.
class SearchText {
public:
    /// Case-folded, diacritics and tashkil removed, Arabic hamza/alef forms, ta marbuta and
    /// alef maqsura unified, apostrophes and tatweel dropped, every other non-letter a space;
    /// words separated by single spaces.
    static QString normalized(const QString& text);
    /// The words of normalized(text) without the article: a leading Arabic "ال" of a longer
    /// word, and "al" / "el" words (kept when they are all there is).
    static QStringList tokens(const QString& text);
    /// tokens(text) joined by single spaces: the form names are compared in.
    static QString key(const QString& text);
};

} // namespace frontier
