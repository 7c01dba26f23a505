#include "SettingsFormat.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QFileDevice>
#include <QFileInfo>

namespace frontier {
namespace {

// Leads the file, so anything else in its place (another program's file, an INI, garbage) is
// refused as unreadable rather than half-read.
const QByteArray kMagic = QByteArrayLiteral("frontier-atlas settings 1");

bool read(QIODevice& device, QSettings::SettingsMap& map)
{
    QDataStream in(&device);
    in.setVersion(QDataStream::Qt_6_4);
    QByteArray magic;
    in >> magic;
    if (magic != kMagic)
        return false;
    in >> map;
    return in.status() == QDataStream::Ok && in.atEnd();
}

bool write(QIODevice& device, const QSettings::SettingsMap& map)
{
    QDataStream out(&device);
    out.setVersion(QDataStream::Qt_6_4);
    out << kMagic << map;
    // The flush is where a full disk shows; QSettings commits only when this returns true.
    auto* file = qobject_cast<QFileDevice*>(&device);
    return out.status() == QDataStream::Ok && (file == nullptr || file->flush());
}

} // namespace

QSettings::Format SettingsFormat::format()
{
    static const QSettings::Format f =
        QSettings::registerFormat(QStringLiteral("dat"), read, write);
    return f;
}

void SettingsFormat::install()
{
    QSettings::setDefaultFormat(format());
}

QString SettingsFormat::save(QSettings& settings)
{
    settings.sync();
    // A FormatError is the earlier file being unreadable; it is rewritten all the same. (QSettings
    // keeps the first error, so a failed rewrite of an unreadable file is not seen.)
    if (settings.status() != QSettings::AccessError)
        return {};
    const QString path = settings.fileName();
    return QFileInfo(path).isDir()
               ? QCoreApplication::translate("SettingsFormat",
                                             "%1: cannot save the settings: is a folder")
                     .arg(path)
               : QCoreApplication::translate(
                     "SettingsFormat",
                     "%1: cannot save the settings: the folder is not writable or the disk is full")
                     .arg(path);
}

} // namespace frontier
