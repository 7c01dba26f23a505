#pragma once

#include "OverlayStyle.h"

#include <QJsonArray>
#include <QStringList>

#include <vector>

namespace frontier {

/// \brief A layer as the session and bookmarks keep it: where it comes from (a file's absolute
/// path and the layer's name in it, or a database connection, which never holds a password) and
/// its style.
struct SavedLayer {
    QString path;
    QString layerName;
    OverlayStyle style;

    static SavedLayer of(const OverlayView& view);
    static std::vector<SavedLayer> of(const std::vector<OverlayView>& views);
    /// What the layer is read from again: `PATH:LAYER`, or the path alone for a raster or a
    /// connection (its `tables=` names the table).
    QString spec() const;
    /// The same file and layer (or connection) as `overlay`.
    bool isLayerOf(const Overlay& overlay) const;
    /// How messages name it: the file's name, with the layer's when it has one.
    QString displayName() const;

    static QJsonArray toJson(const std::vector<SavedLayer>& layers);
    /// The layers `json` holds; each that does not read back is left out, with why in `problems`.
    static std::vector<SavedLayer> fromJson(const QJsonArray& json, QStringList& problems);

    friend bool operator==(const SavedLayer&, const SavedLayer&) = default;
};

} // namespace frontier
