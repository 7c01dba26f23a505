#pragma once

#include "render/MapSettings.h"

#include <QLocale>
#include <QString>

#include <optional>

namespace frontier {

/// \brief The window's language: English, or Arabic laid out right to left. Chosen by `--lang`
/// or else by the system's locale (LANG=ar_IQ.UTF-8); the map's labels follow it by default.
class UiLanguage {
public:
    enum class Language { English, Arabic };
    /// The language `--lang` names: "en" or "ar"; nullopt for any other.
    static std::optional<Language> fromCode(const QString& code);
    /// Arabic for an Arabic locale (ar_IQ, ar_SY, …), else English.
    static Language fromLocale(const QLocale& locale);
    /// Translates the application into `language`: our messages, Qt's own (standard buttons,
    /// the file dialogs) and the layout direction. English removes what Arabic installed.
    static void apply(Language language);
    /// The window's language: the last one applied.
    static Language current();
    /// The map labels a window in `language` opens with.
    static LabelLanguage labels(Language language);
};

} // namespace frontier
