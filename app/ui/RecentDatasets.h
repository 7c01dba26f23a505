#pragma once

#include <QStringList>

namespace frontier {

/// \brief The dataset folders opened from the window, newest first, kept in the settings (at
/// most kMax; a folder opened again moves to the top).
class RecentDatasets {
public:
    static constexpr int kMax = 8;

    /// The folders, newest first, as absolute paths.
    static QStringList paths();
    static void add(const QString& path);
    static void clear();
};

} // namespace frontier
