#pragma once

#include <QSettings>
#include <QString>

namespace frontier {

/// \brief The file the window keeps its session and bookmarks in: QSettings with a registered
/// format whose writer flushes and checks every byte before QSettings commits the file.
///
/// Qt 6.4's own INI writer cannot be trusted with a full disk: QSaveFile::commit() there ignores
/// a failed final flush, so QSettings::sync() reports success and renames a truncated file over
/// the good one. With this format a failed write makes sync() report an AccessError and the
/// earlier file stays (QSettings still saves through a QSaveFile: a temporary file, then a rename).
class SettingsFormat {
public:
    /// The format, registered on first use (the file is <organization>/<application>.dat).
    static QSettings::Format format();
    /// Makes it the format of `QSettings()`; call once before the first QSettings is made.
    static void install();
    /// Writes `settings` to disk now. Empty on success, else a message naming the file.
    static QString save(QSettings& settings);
};

} // namespace frontier
