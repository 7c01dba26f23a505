#pragma once

#include "MapSettings.h"
#include "model/Actor.h"
#include "model/Date.h"
#include "model/DatedArea.h"
#include "model/FrontierFeature.h"

#include <QString>

namespace frontier {

/// \brief The words drawn on the map (title, legend, scale bar, dates, attribution) in the map's
/// label language, which is independent of the window's: with Arabic labels they are Arabic,
/// otherwise English. Read from the program's embedded translations (resources/translations),
/// so the command line draws them as the window does.
class MapText {
public:
    /// `source`, marked in the code with QT_TRANSLATE_NOOP("Map", …), in `language`.
    static QString text(LabelLanguage language, const char* source);
    /// "30 September 2019"; in Arabic "٣٠ أيلول ٢٠١٩", with the month names of Iraq and Syria.
    static QString date(LabelLanguage language, Date date);
    /// A number in the language's digits.
    static QString number(LabelLanguage language, double value);
    /// An actor by its short name; in Arabic, by the first of its Arabic names where it has one.
    static QString actorName(const Actor& actor, LabelLanguage language);
    /// A name from the data as the map labels it: the Arabic or Kurmanji one where the data has
    /// it, else the English; with both languages, the English over the Arabic on two lines.
    static QString name(LabelLanguage language, const QString& english, const QString& arabic,
                        const QString& kurdish);
    /// The data's names on one line (a legend's row, the swimlane's): as `name`, but with both
    /// languages the English one, as the legend's words are.
    static QString featureName(const FrontierFeature& feature, LabelLanguage language);
    static QString sideName(const FrontierFeature::SideInfo& side, LabelLanguage language);
    static QString areaName(const DatedArea& area, LabelLanguage language);
    static bool isArabic(LabelLanguage language) { return language == LabelLanguage::Arabic; }
};

} // namespace frontier
