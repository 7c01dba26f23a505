#include "SavedLayer.h"

#include "io/PgConnection.h"

#include <QFileInfo>
#include <QJsonObject>

namespace frontier {
namespace {

QString identityOf(const QString& path)
{
    return PgConnection::isConnection(path) ? PgConnection::withoutPassword(path)
                                            : QFileInfo(path).absoluteFilePath();
}

} // namespace

SavedLayer SavedLayer::of(const OverlayView& view)
{
    return {identityOf(view.overlay->path), view.overlay->layerName, view.style};
}

std::vector<SavedLayer> SavedLayer::of(const std::vector<OverlayView>& views)
{
    std::vector<SavedLayer> out;
    for (const OverlayView& v : views)
        out.push_back(of(v));
    return out;
}

QString SavedLayer::spec() const
{
    if (layerName.isEmpty() || PgConnection::isConnection(path))
        return path;
    return path + u':' + layerName;
}

bool SavedLayer::isLayerOf(const Overlay& overlay) const
{
    return path == identityOf(overlay.path) && layerName == overlay.layerName;
}

QString SavedLayer::displayName() const
{
    if (PgConnection::isConnection(path))
        return path;
    const QString file = QFileInfo(path).fileName();
    return layerName.isEmpty() || QFileInfo(path).completeBaseName() == layerName
               ? file
               : file + u':' + layerName;
}

QJsonArray SavedLayer::toJson(const std::vector<SavedLayer>& layers)
{
    QJsonArray out;
    for (const SavedLayer& l : layers)
        out.append(QJsonObject{{QStringLiteral("path"), l.path},
                               {QStringLiteral("layer"), l.layerName},
                               {QStringLiteral("style"), l.style.toJson()}});
    return out;
}

std::vector<SavedLayer> SavedLayer::fromJson(const QJsonArray& json, QStringList& problems)
{
    std::vector<SavedLayer> out;
    for (const QJsonValue& value : json) {
        const QJsonObject o = value.toObject();
        SavedLayer l{o.value(QLatin1String("path")).toString(),
                     o.value(QLatin1String("layer")).toString(),
                     {}};
        if (l.path.isEmpty()) {
            problems << QStringLiteral("a layer without a path");
            continue;
        }
        QString error;
        l.style = OverlayStyle::fromJson(o.value(QLatin1String("style")).toObject(), {}, &error);
        if (!error.isEmpty()) {
            problems << QStringLiteral("%1: style %2").arg(l.displayName(), error);
            continue;
        }
        out.push_back(std::move(l));
    }
    return out;
}

} // namespace frontier
