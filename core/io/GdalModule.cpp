// The module libfrontier-gdal: GdalIo over the readers and the writer that speak GDAL.
#include "GdalIo.h"
#include "LayerChoice.h"
#include "OgrLayerReader.h"
#include "OverlayReader.h"
#include "VectorFileWriter.h"

#include <QtGlobal>

namespace frontier {
namespace {

class GdalModuleIo final : public GdalIo {
public:
    std::optional<VectorLayer> readLayer(const QString& path, const QString& layerName,
                                         GeometryType expected,
                                         LoadProblems& problems) const override
    {
        return OgrLayerReader::read(path, layerName, expected, problems);
    }
    std::shared_ptr<const Overlay> readOverlay(const QString& spec, LoadProblems& problems,
                                               const OverlayReader::Options& options) const override
    {
        return OverlayReader::read(spec, problems, options);
    }
    std::shared_ptr<const Overlay> reloadOverlay(const Overlay& overlay,
                                                 LoadProblems& problems) const override
    {
        return OverlayReader::reload(overlay, problems);
    }
    std::vector<ChoosableLayer> layersToChoose(const QString& spec) const override
    {
        return LayerChoice::of(spec);
    }
    std::vector<std::pair<QString, QString>> attributes(const Overlay& overlay,
                                                        std::size_t feature) const override
    {
        return OverlayReader::attributes(overlay, feature);
    }
    QString writeGeoPackage(const QString& path,
                            const std::vector<ExportLayer>& layers) const override
    {
        return VectorFileWriter::writeGeoPackage(path, layers);
    }
    QString writeGeoJson(const std::vector<std::pair<QString, ExportLayer>>& files) const override
    {
        return VectorFileWriter::writeGeoJson(files);
    }
};

} // namespace
} // namespace frontier

extern "C" Q_DECL_EXPORT const frontier::GdalIo* frontier_gdal_io()
{
    static const frontier::GdalModuleIo io;
    return &io;
}
