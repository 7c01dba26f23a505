#pragma once

#include "ExportLayer.h"
#include "LayerChoice.h"
#include "LoadProblem.h"
#include "OverlayReader.h"
#include "model/VectorLayer.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <utility>
#include <vector>

namespace frontier {

/// \brief Everything the program reads and writes through GDAL — the basemap's layers, the
/// analyst's layers and rasters, the GIS files `events` writes — behind one interface whose
/// implementation is the module libfrontier-gdal (OgrLayerReader, OverlayReader, RasterReader,
/// VectorFileWriter), loaded on first use. The window's start loads it on the data thread, so
/// GDAL's libraries link beside Qt's start-up instead of before main().
class GdalIo {
public:
    virtual ~GdalIo() = default;

    /// The module's implementation, loaded on the first call (from any thread); a stand-in that
    /// reports why in every result when the module cannot be loaded.
    static const GdalIo& instance();

    /// OgrLayerReader::read.
    virtual std::optional<VectorLayer> readLayer(const QString& path, const QString& layerName,
                                                 GeometryType expected,
                                                 LoadProblems& problems) const = 0;
    /// OverlayReader::read.
    virtual std::shared_ptr<const Overlay>
    readOverlay(const QString& spec, LoadProblems& problems,
                const OverlayReader::Options& options) const = 0;
    /// OverlayReader::reload.
    virtual std::shared_ptr<const Overlay> reloadOverlay(const Overlay& overlay,
                                                         LoadProblems& problems) const = 0;
    /// LayerChoice::of.
    virtual std::vector<ChoosableLayer> layersToChoose(const QString& spec) const = 0;
    /// OverlayReader::attributes.
    virtual std::vector<std::pair<QString, QString>> attributes(const Overlay& overlay,
                                                                std::size_t feature) const = 0;
    /// VectorFileWriter::writeGeoPackage.
    virtual QString writeGeoPackage(const QString& path,
                                    const std::vector<ExportLayer>& layers) const = 0;
    /// VectorFileWriter::writeGeoJson.
    virtual QString
    writeGeoJson(const std::vector<std::pair<QString, ExportLayer>>& files) const = 0;
};

/// The module's one entry point, `frontier_gdal_io`. Never null.
using GdalIoEntry = const GdalIo* (*)();

} // namespace frontier
