#include "UiLanguage.h"

#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>

namespace frontier {
namespace {

// Ours, then Qt's own; installed on the application while the window is Arabic.
std::unique_ptr<QTranslator>& translator(int which)
{
    static std::unique_ptr<QTranslator> translators[2];
    return translators[which];
}

void install(int which, const QString& file, const QString& folder)
{
    auto t = std::make_unique<QTranslator>();
    if (!t->load(file, folder))
        qWarning("frontier-atlas: the translation %s was not found in %s", qUtf8Printable(file),
                 qUtf8Printable(folder));
    QCoreApplication::installTranslator(t.get());
    translator(which) = std::move(t);
}

} // namespace

std::optional<UiLanguage::Language> UiLanguage::choose(const QString& option, const QLocale& system)
{
    if (option.isEmpty())
        return system.language() == QLocale::Arabic ? Language::Arabic : Language::English;
    if (option == QLatin1String("ar"))
        return Language::Arabic;
    if (option == QLatin1String("en"))
        return Language::English;
    return std::nullopt;
}

void UiLanguage::apply(Language language)
{
    for (int which : {0, 1})
        if (translator(which)) {
            QCoreApplication::removeTranslator(translator(which).get());
            translator(which).reset();
        }
    if (language == Language::Arabic) {
        install(0, QStringLiteral("frontier-atlas_ar.qm"), QStringLiteral(":/i18n"));
        install(1, QStringLiteral("qtbase_ar.qm"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    QGuiApplication::setLayoutDirection(language == Language::Arabic ? Qt::RightToLeft
                                                                     : Qt::LeftToRight);
}

LabelLanguage UiLanguage::labels(Language language)
{
    return language == Language::Arabic ? LabelLanguage::Arabic : LabelLanguage::English;
}

} // namespace frontier
