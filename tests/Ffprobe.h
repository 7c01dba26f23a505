#pragma once

#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>

namespace frontier::test {

/// \brief What `ffprobe -count_frames` (Debian's ffmpeg) reads in a video's first stream: its
/// codec, size and the frames it really decodes.
struct Probe {
    QString codec;
    QSize size;
    int frames = -1;
    QString error; ///< ffprobe's complaint about a file it cannot read
};

inline Probe probe(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-count_frames"),
             QStringLiteral("-select_streams"), QStringLiteral("v:0"),
             QStringLiteral("-show_entries"),
             QStringLiteral("stream=codec_name,width,height,nb_read_frames"), QStringLiteral("-of"),
             QStringLiteral("default=noprint_wrappers=1"), path});
    p.waitForFinished(60000);
    Probe r;
    r.error = QString::fromUtf8(p.readAllStandardError());
    for (const QString& line :
         QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'))) {
        const QString key = line.section(QLatin1Char('='), 0, 0),
                      value = line.section(QLatin1Char('='), 1);
        if (key == QLatin1String("codec_name"))
            r.codec = value;
        else if (key == QLatin1String("width"))
            r.size.setWidth(value.toInt());
        else if (key == QLatin1String("height"))
            r.size.setHeight(value.toInt());
        else if (key == QLatin1String("nb_read_frames"))
            r.frames = value.toInt();
    }
    return r;
}

} // namespace frontier::test
