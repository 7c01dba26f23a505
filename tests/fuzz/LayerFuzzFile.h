#pragma once

#include "io/OverlayReader.h"

#include <QByteArrayView>
#include <QTemporaryDir>

namespace frontier::fuzz {

/// \brief Writes each fuzz input to a file in a temporary folder and reads it back as an
/// analyst's layer through OverlayReader (OGR's CSV, GeoJSON and GeoJSONSeq drivers).
///
/// An input is "<suffix>\n<content>", the suffix being csv, geojson or geojsonl; an input without
/// such a first line is the content of a .geojson file.
class LayerFuzzFile {
public:
    struct Result {
        std::shared_ptr<const Overlay> overlay;
        LoadProblems problems;
    };
    /// Reads the input as a layer; a layer read is also identified (its first feature's
    /// attributes read back from the file), as a click on the map does.
    Result read(QByteArrayView input);

private:
    QTemporaryDir m_dir;
};

/// Either a layer whose parts, features and columns agree with each other (the problems being
/// the rows left out), or no layer and problems that each name a file and a reason.
bool isSensible(const LayerFuzzFile::Result& result);

} // namespace frontier::fuzz
