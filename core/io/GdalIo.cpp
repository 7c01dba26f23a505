#include "GdalIo.h"

#include "ProgramModule.h"

#include <QFileInfo>

namespace frontier {
namespace {

/// Stands in for the module when it cannot be loaded: every read reports why, naming the file.
class MissingGdalIo final : public GdalIo {
public:
    explicit MissingGdalIo(QString error) : m_error(std::move(error)) {}

    std::optional<VectorLayer> readLayer(const QString& path, const QString&, GeometryType,
                                         LoadProblems& problems) const override
    {
        report(path, problems);
        return std::nullopt;
    }
    std::shared_ptr<const Overlay> readOverlay(const QString& spec, LoadProblems& problems,
                                               const OverlayReader::Options&) const override
    {
        report(spec, problems);
        return nullptr;
    }
    std::shared_ptr<const Overlay> reloadOverlay(const Overlay& overlay,
                                                 LoadProblems& problems) const override
    {
        report(overlay.path, problems);
        return nullptr;
    }
    std::vector<ChoosableLayer> layersToChoose(const QString&) const override { return {}; }
    std::vector<std::pair<QString, QString>> attributes(const Overlay&, std::size_t) const override
    {
        return {};
    }
    QString writeGeoPackage(const QString& path, const std::vector<ExportLayer>&) const override
    {
        return QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), m_error);
    }
    QString writeGeoJson(const std::vector<std::pair<QString, ExportLayer>>& files) const override
    {
        return QStringLiteral("%1: %2").arg(
            files.empty() ? QString() : QFileInfo(files.front().first).fileName(), m_error);
    }

private:
    void report(const QString& path, LoadProblems& problems) const
    {
        problems.push_back({QFileInfo(path).fileName(), {}, {}, m_error});
    }

    QString m_error;
};

} // namespace

const GdalIo& GdalIo::instance()
{
    static const GdalIo* const loaded = []() -> const GdalIo* {
        QString error;
        if (const auto entry = reinterpret_cast<GdalIoEntry>(ProgramModule::entry(
                QStringLiteral("libfrontier-gdal.so"), "frontier_gdal_io", &error)))
            return entry();
        static const MissingGdalIo missing(QStringLiteral("the GDAL module: %1").arg(error));
        return &missing;
    }();
    return *loaded;
}

} // namespace frontier
