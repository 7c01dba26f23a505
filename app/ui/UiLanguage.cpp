#include "UiLanguage.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace frontier {
namespace {

UiLanguage::Language g_current = UiLanguage::Language::English;

// Ours, then Qt's own: installed on the application while the window is Arabic.
std::vector<std::unique_ptr<QTranslator>> g_installed;

void install(const QString& file, const QString& folder)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(file, folder))
        qWarning("frontier-atlas: the translation %s was not found in %s", qUtf8Printable(file),
                 qUtf8Printable(folder));
    QCoreApplication::installTranslator(t.get());
    g_installed.push_back(std::move(t));
}

} // namespace

std::optional<UiLanguage::Language> UiLanguage::fromCode(const QString& code)
{
    if (code == QLatin1String("ar"))
        return Language::Arabic;
    if (code == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

UiLanguage::Language UiLanguage::fromLocale(const QLocale& locale)
{
    return locale.language() == QLocale::Arabic ? Language::Arabic : Language::English;
}

UiLanguage::Language UiLanguage::current()
{
    return g_current;
}

void UiLanguage::apply(Language language)
{
    g_current = language;
    for (const auto& t : g_installed)
        QCoreApplication::removeTranslator(t.get());
    g_installed.clear();
    if (language == Language::Arabic) {
        install(QStringLiteral("frontier-atlas_ar.qm"), QStringLiteral(":/i18n"));
        install(QStringLiteral("qtbase_ar.qm"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    QGuiApplication::setLayoutDirection(language == Language::Arabic ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
}

LabelLanguage UiLanguage::labels(Language language)
{
    return language == Language::Arabic ? LabelLanguage::Arabic : LabelLanguage::English;
}

} // namespace frontier
