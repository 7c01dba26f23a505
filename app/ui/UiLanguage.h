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
    /// The language `option` names ("en" or "ar"), or the system locale's when it is empty;
    /// nullopt for any other option.
    static std::optional<Language> choose(const QString& option,
                                          const QLocale& system = QLocale::system());
    /// Translates the application into `language`: our messages, Qt's own (standard buttons,
    /// the file dialogs) and the layout direction. English removes what Arabic installed.
    static void apply(Language language);
    /// The map labels a window in `language` opens with.
    static LabelLanguage labels(Language language);
};

} // namespace frontier
