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
