#include "MapText.h"

#include <QDate>
#include <QLocale>
#include <QTranslator>

namespace frontier {
namespace {

// Loaded once, on first use, from the resource the build embeds; a missing one leaves English.
const QTranslator& arabic()
{
    static const QTranslator* const translator = [] {
        auto* t = new QTranslator;
        (void)t->load(QStringLiteral(":/i18n/frontier-atlas_ar.qm"));
        return t;
    }();
    return *translator;
}

// Iraq's Arabic: the Syriac month names (كانون الثاني … كانون الأول), Arabic-Indic digits.
QLocale localeOf(LabelLanguage language)
{
    return MapText::isArabic(language) ? QLocale(QLocale::Arabic, QLocale::Iraq)
                                       : QLocale(QLocale::English);
}

// One line: the English name for both languages.
LabelLanguage oneLine(LabelLanguage language)
{
    return language == LabelLanguage::Both ? LabelLanguage::English : language;
}

} // namespace

QString MapText::text(LabelLanguage language, const char* source)
{
    if (isArabic(language)) {
        const QString translated = arabic().translate("Map", source);
        if (!translated.isEmpty())
            return translated;
    }
    return QString::fromUtf8(source);
}

QString MapText::actorName(const Actor& actor, LabelLanguage language)
{
    return isArabic(language) && !actor.aliasesAr.isEmpty() ? actor.aliasesAr.front()
                                                            : actor.shortName;
}

QString MapText::name(LabelLanguage language, const QString& english, const QString& arabic,
                      const QString& kurdish)
{
    switch (language) {
    case LabelLanguage::English:
        return english;
    case LabelLanguage::Arabic:
        return arabic.isEmpty() ? english : arabic;
    case LabelLanguage::Kurdish:
        return kurdish.isEmpty() ? english : kurdish;
    case LabelLanguage::Both:
        return arabic.isEmpty() ? english : english + QLatin1Char('\n') + arabic;
    }
    return english;
}

QString MapText::featureName(const FrontierFeature& feature, LabelLanguage language)
{
    return name(oneLine(language), feature.displayName(), feature.displayNameAr(),
                feature.displayNameKu());
}

QString MapText::sideName(const FrontierFeature::SideInfo& side, LabelLanguage language)
{
    return name(oneLine(language), side.name, side.nameAr, side.nameKu);
}

QString MapText::areaName(const DatedArea& area, LabelLanguage language)
{
    return name(oneLine(language), area.name, area.nameAr, {});
}

QString MapText::date(LabelLanguage language, Date date)
{
    return localeOf(language).toString(QDate::fromJulianDay(date.julianDay()),
                                       QStringLiteral("d MMMM yyyy"));
}

QString MapText::number(LabelLanguage language, double value)
{
    return localeOf(language).toString(value, 'g', 12);
}

} // namespace frontier
