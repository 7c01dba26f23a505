#include "VideoEncoder.h"

#include "ProgramModule.h"
#include "VideoBackend.h"

namespace frontier {
namespace {

/// The module's entry point, loaded once; or why it could not be.
struct Module {
    OpenVideoBackend open = nullptr;
    QString error;
};

const Module& module()
{
    static const Module loaded = [] {
        Module m;
        m.open = reinterpret_cast<OpenVideoBackend>(ProgramModule::entry(
            QStringLiteral("libfrontier-video.so"), "frontier_open_video", &m.error));
        if (!m.open)
            m.error = QStringLiteral("the video encoder: %1").arg(m.error);
        return m;
    }();
    return loaded;
}

/// Stands in for the module when it is missing: every call gives the reason.
class MissingBackend final : public VideoBackend {
public:
    explicit MissingBackend(QString error) : m_error(std::move(error)) {}
    QString error() const override { return m_error; }
    QString add(const QImage&, int) override { return m_error; }
    QString finish() override { return m_error; }
    int frames() const override { return 0; }

private:
    QString m_error;
};

} // namespace

VideoEncoder::VideoEncoder(const QString& path, const Options& options,
                           std::optional<FramePalette> palette)
    : m_backend(module().open
                    ? module().open(path, options, std::move(palette))
                    : new MissingBackend(QStringLiteral("%1: %2").arg(path, module().error)))
{
}

VideoEncoder::~VideoEncoder() = default;

QString VideoEncoder::error() const
{
    return m_backend->error();
}

int VideoEncoder::frames() const
{
    return m_backend->frames();
}

QString VideoEncoder::add(const QImage& frame, int repeat)
{
    return m_backend->add(frame, repeat);
}

QString VideoEncoder::finish()
{
    return m_backend->finish();
}

} // namespace frontier
