#include "MapSettings.h"

namespace frontier {

std::optional<LabelLanguage> labelLanguageFromCode(const QString& code)
{
    if (code == QLatin1String("en"))
        return LabelLanguage::English;
    if (code == QLatin1String("ar"))
        return LabelLanguage::Arabic;
    if (code == QLatin1String("both"))
        return LabelLanguage::Both;
    if (code == QLatin1String("ku"))
        return LabelLanguage::Kurdish;
    return std::nullopt;
}

QString labelLanguageCode(LabelLanguage language)
{
    switch (language) {
    case LabelLanguage::English:
        return QStringLiteral("en");
    case LabelLanguage::Arabic:
        return QStringLiteral("ar");
    case LabelLanguage::Both:
        return QStringLiteral("both");
    case LabelLanguage::Kurdish:
        return QStringLiteral("ku");
    }
    return {};
}

} // namespace frontier
