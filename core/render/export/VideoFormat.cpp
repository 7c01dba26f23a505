#include "VideoFormat.h"

#include <QFileInfo>

namespace frontier::VideoFormats {

std::optional<VideoFormat> fromName(const QString& text)
{
    for (VideoFormat f : {VideoFormat::Mp4, VideoFormat::WebM, VideoFormat::Gif})
        if (text.compare(name(f), Qt::CaseInsensitive) == 0)
            return f;
    return std::nullopt;
}

std::optional<VideoFormat> fromPath(const QString& path)
{
    return fromName(QFileInfo(path).suffix());
}

QString name(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mp4:
        return QStringLiteral("mp4");
    case VideoFormat::WebM:
        return QStringLiteral("webm");
    case VideoFormat::Gif:
        return QStringLiteral("gif");
    }
    return {};
}

QString acceptedNames()
{
    return QStringLiteral("mp4, webm or gif");
}

QString fileDialogFilter()
{
    return QStringLiteral("MP4 video (*.mp4);;WebM video (*.webm);;GIF animation (*.gif)");
}

QSize frameSize(VideoFormat format, QSize requested)
{
    if (format != VideoFormat::Mp4)
        return requested;
    return {requested.width() + requested.width() % 2, requested.height() + requested.height() % 2};
}

} // namespace frontier::VideoFormats
