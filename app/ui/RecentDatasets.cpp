#include "RecentDatasets.h"

#include "SettingsFormat.h"

#include <QDir>
#include <QSettings>

namespace frontier {
namespace {

const QString kRecent = QStringLiteral("dataset/recent");

void store(const QStringList& paths)
{
    QSettings settings;
    settings.setValue(kRecent, paths);
    // A failed save keeps the previous list; the session's own save reports a full disk.
    (void)SettingsFormat::save(settings);
}

} // namespace

QStringList RecentDatasets::paths()
{
    QStringList paths;
    for (const QString& p : QSettings().value(kRecent).toStringList())
        if (!p.isEmpty() && QDir::isAbsolutePath(p) && !paths.contains(p))
            paths << p;
    return paths.mid(0, kMax);
}

void RecentDatasets::add(const QString& path)
{
    const QString absolute = QDir(path).absolutePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, kMax));
}

void RecentDatasets::clear()
{
    store({});
}

} // namespace frontier
