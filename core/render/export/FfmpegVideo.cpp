// The FFmpeg module, libfrontier-video: the only code that uses FFmpeg's libraries.
#include "VideoBackend.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

namespace frontier {
namespace {

constexpr int kIoBufferSize = 1 << 16;

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct Codec {
    const char* muxer;
    const char* encoder;
    AVPixelFormat pixels;
};

Codec codecOf(VideoFormat format)
{
    switch (format) {
    case VideoFormat::Mp4:
        return {"mp4", "libx264", AV_PIX_FMT_YUV420P};
    case VideoFormat::WebM:
        return {"webm", "libvpx-vp9", AV_PIX_FMT_YUV420P};
    case VideoFormat::Gif:
        break;
    }
    return {"gif", "gif", AV_PIX_FMT_PAL8};
}

/// Speed and quality: x264's "veryfast" at CRF 23 and VP9's real-time mode at CRF 32 keep a
/// 14-year weekly series within a minute on two cores; flat maps compress well at either.
AVDictionary* encoderOptions(VideoFormat format)
{
    AVDictionary* options = nullptr;
    if (format == VideoFormat::Mp4) {
        av_dict_set(&options, "preset", "veryfast", 0);
        av_dict_set(&options, "crf", "23", 0);
    } else if (format == VideoFormat::WebM) {
        av_dict_set(&options, "deadline", "realtime", 0);
        av_dict_set(&options, "cpu-used", "8", 0);
        av_dict_set(&options, "row-mt", "1", 0);
        av_dict_set(&options, "crf", "32", 0);
    }
    return options;
}

} // namespace

/// \brief VideoEncoder's work, done with FFmpeg's libraries.
class FfmpegVideo final : public VideoBackend {
public:
    QString path;
    VideoEncoder::Options options;
    std::optional<FramePalette> palette;
    QSaveFile file;
    QString failure; ///< the first error; nothing more is written after it
    int writeErrno = 0;
    AVFormatContext* format = nullptr;
    AVIOContext* io = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    AVFrame* frame = nullptr;
    AVPacket* packet = nullptr;
    SwsContext* scaler = nullptr;
    std::int64_t pts = 0;
    bool muxing = false; ///< between the header and the trailer

    FfmpegVideo(const QString& p, const VideoEncoder::Options& o, std::optional<FramePalette> pal)
        : path(p), options(o), palette(std::move(pal)), file(p)
    {
    }
    ~FfmpegVideo() override
    {
        // Ended unfinished (a cancel, an error): the trailer goes into the discarded temporary
        // file, but lets the muxer free what it holds (FFmpeg 5.1's GIF muxer keeps a packet).
        if (muxing)
            av_write_trailer(format);
        sws_freeContext(scaler);
        av_packet_free(&packet);
        av_frame_free(&frame);
        avcodec_free_context(&codec);
        avformat_free_context(format);
        if (io)
            av_freep(&io->buffer);
        avio_context_free(&io);
    }

    QString fail(const QString& what)
    {
        if (failure.isEmpty())
            failure = QStringLiteral("%1: %2").arg(path, what);
        return failure;
    }
    QString writeFailure()
    {
        return fail(QStringLiteral("write failed: %1")
                        .arg(QString::fromLocal8Bit(std::strerror(writeErrno ? writeErrno : EIO))));
    }

    static int write(void* opaque, std::uint8_t* bytes, int size)
    {
        auto* s = static_cast<FfmpegVideo*>(opaque);
        if (s->file.write(reinterpret_cast<const char*>(bytes), size) != size || !s->file.flush()) {
            s->writeErrno = errno;
            return AVERROR(EIO);
        }
        return size;
    }
    static std::int64_t seek(void* opaque, std::int64_t offset, int whence)
    {
        auto* s = static_cast<FfmpegVideo*>(opaque);
        if (whence & AVSEEK_SIZE)
            return s->file.size();
        whence &= ~AVSEEK_FORCE;
        const std::int64_t to = whence == SEEK_CUR   ? s->file.pos() + offset
                                : whence == SEEK_END ? s->file.size() + offset
                                                     : offset;
        return s->file.seek(to) ? to : AVERROR(EIO);
    }

    void open()
    {
        // FFmpeg's own log would repeat our messages and chatter about CPU features.
        av_log_set_level(AV_LOG_ERROR);
        if (QFileInfo(path).isDir())
            return void(fail(QStringLiteral("is a folder")));
        if (!file.open(QIODevice::WriteOnly))
            return void(fail(QStringLiteral("cannot write: %1").arg(file.errorString())));
        const Codec c = codecOf(options.format);
        const AVCodec* encoder = avcodec_find_encoder_by_name(c.encoder);
        if (!encoder)
            return void(fail(QStringLiteral("this FFmpeg has no %1 encoder").arg(c.encoder)));
        if (avformat_alloc_output_context2(&format, nullptr, c.muxer, nullptr) < 0 ||
            !(stream = avformat_new_stream(format, nullptr)) ||
            !(codec = avcodec_alloc_context3(encoder)) || !(frame = av_frame_alloc()) ||
            !(packet = av_packet_alloc()))
            return void(fail(QStringLiteral("out of memory")));
        codec->width = options.size.width();
        codec->height = options.size.height();
        codec->time_base = AVRational{1, options.fps};
        codec->framerate = AVRational{options.fps, 1};
        codec->pix_fmt = c.pixels;
        codec->thread_count = 0; // as many as the machine has
        if (c.pixels == AV_PIX_FMT_YUV420P) {
            // Converted with BT.709's matrix into the video range, and labelled so.
            codec->colorspace = AVCOL_SPC_BT709;
            codec->color_primaries = AVCOL_PRI_BT709;
            codec->color_trc = AVCOL_TRC_BT709;
            codec->color_range = AVCOL_RANGE_MPEG;
        }
        if (format->oformat->flags & AVFMT_GLOBALHEADER)
            codec->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
        AVDictionary* settings = encoderOptions(options.format);
        int ret = avcodec_open2(codec, encoder, &settings);
        av_dict_free(&settings);
        if (ret < 0)
            return void(fail(QStringLiteral("cannot start the %1 encoder at %2x%3: %4")
                                 .arg(c.encoder)
                                 .arg(codec->width)
                                 .arg(codec->height)
                                 .arg(avError(ret))));
        stream->time_base = codec->time_base;
        stream->avg_frame_rate = codec->framerate;
        avcodec_parameters_from_context(stream->codecpar, codec);
        auto* buffer = static_cast<unsigned char*>(av_malloc(kIoBufferSize));
        io = avio_alloc_context(buffer, kIoBufferSize, 1, this, nullptr, &FfmpegVideo::write,
                                &FfmpegVideo::seek);
        if (!io) {
            av_free(buffer);
            return void(fail(QStringLiteral("out of memory")));
        }
        format->pb = io;
        format->flags |= AVFMT_FLAG_CUSTOM_IO;
        if ((ret = avformat_write_header(format, nullptr)) < 0)
            return void(writeErrno ? writeFailure() : fail(avError(ret)));
        muxing = true;
        frame->format = c.pixels;
        frame->width = codec->width;
        frame->height = codec->height;
        if (av_frame_get_buffer(frame, 0) < 0)
            return void(fail(QStringLiteral("out of memory")));
        if (c.pixels == AV_PIX_FMT_YUV420P) {
            scaler = sws_getContext(codec->width, codec->height, AV_PIX_FMT_RGB32, codec->width,
                                    codec->height, AV_PIX_FMT_YUV420P, SWS_BILINEAR, nullptr,
                                    nullptr, nullptr);
            if (!scaler)
                return void(fail(QStringLiteral("cannot convert the frames to YUV")));
            sws_setColorspaceDetails(scaler, sws_getCoefficients(SWS_CS_DEFAULT), 1,
                                     sws_getCoefficients(SWS_CS_ITU709), 0, 0, 1 << 16, 1 << 16);
        } else if (!palette) {
            fail(QStringLiteral("a GIF needs a palette"));
        }
    }

    /// Sends `f` (nullptr: the end) and writes every packet the encoder has ready.
    QString send(const AVFrame* f)
    {
        int ret = avcodec_send_frame(codec, f);
        while (ret >= 0) {
            ret = avcodec_receive_packet(codec, packet);
            if (ret == AVERROR(EAGAIN) || ret == AVERROR_EOF)
                return {};
            if (ret < 0)
                break;
            // Every frame lasts one tick; without it MP4's edit list cuts the last frame short.
            if (packet->duration <= 0)
                packet->duration = 1;
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            if ((ret = av_interleaved_write_frame(format, packet)) < 0)
                return writeErrno ? writeFailure() : fail(avError(ret));
        }
        return fail(QStringLiteral("encoding failed: %1").arg(avError(ret)));
    }

    QString error() const override { return failure; }
    int frames() const override { return static_cast<int>(pts); }

    QString add(const QImage& image, int repeat) override
    {
        if (!failure.isEmpty())
            return failure;
        if (image.size() != options.size)
            return fail(QStringLiteral("a frame of %1x%2 in a video of %3x%4")
                            .arg(image.width())
                            .arg(image.height())
                            .arg(options.size.width())
                            .arg(options.size.height()));
        // The encoder may still hold the last frame's pixels (x264's look-ahead, the GIF encoder's
        // reference): write this one into a buffer of its own.
        if (av_frame_make_writable(frame) < 0)
            return fail(QStringLiteral("out of memory"));
        if (palette) {
            palette->map(image, frame->data[0], frame->linesize[0]);
            std::memcpy(frame->data[1], palette->entries().data(), AVPALETTE_SIZE);
        } else {
            const QImage rgb = image.format() == QImage::Format_RGB32 ||
                                       image.format() == QImage::Format_ARGB32_Premultiplied
                                   ? image
                                   : image.convertToFormat(QImage::Format_RGB32);
            const std::uint8_t* source[1] = {rgb.constBits()};
            const int stride[1] = {static_cast<int>(rgb.bytesPerLine())};
            sws_scale(scaler, source, stride, 0, rgb.height(), frame->data, frame->linesize);
        }
        for (int i = 0; i < repeat; ++i) {
            frame->pts = pts++;
            if (const QString error = send(frame); !error.isEmpty())
                return error;
        }
        return {};
    }

    QString finish() override
    {
        if (!failure.isEmpty())
            return failure;
        if (const QString error = send(nullptr); !error.isEmpty())
            return error;
        muxing = false;
        if (const int ret = av_write_trailer(format); ret < 0)
            return writeErrno ? writeFailure() : fail(avError(ret));
        avio_flush(io);
        if (io->error < 0 || !file.flush())
            return writeFailure();
        if (!file.commit())
            return fail(QStringLiteral("cannot save: %1").arg(file.errorString()));
        return {};
    }
};

} // namespace frontier

extern "C" Q_DECL_EXPORT frontier::VideoBackend*
frontier_open_video(const QString& path, const frontier::VideoEncoder::Options& options,
                    std::optional<frontier::FramePalette> palette)
{
    auto* video = new frontier::FfmpegVideo(path, options, std::move(palette));
    video->open();
    return video;
}
