#include "WindowSession.h"

#include "geo/CoordinateTransform.h"
#include "time/TimeController.h"

#include <QCoreApplication>
#include <QSettings>

namespace frontier {
namespace {

const QString kDate = QStringLiteral("view/date");
const QString kExtent = QStringLiteral("view/extent");
const QString kCrs = QStringLiteral("view/crs");
const QString kLabels = QStringLiteral("view/labels");
const QString kLayers = QStringLiteral("view/layers");
const QString kDecorations = QStringLiteral("view/decorations");

std::optional<unsigned> flags(const QVariant& value, unsigned all)
{
    bool ok = false;
    const uint v = value.toUInt(&ok);
    if (!ok || (v & ~all) != 0)
        return std::nullopt;
    return v;
}

} // namespace

void WindowSession::saveView(QSettings& s, const MapSettings& view)
{
    s.setValue(kDate, view.date.toString());
    s.setValue(kExtent, extentText(view.extent));
    s.setValue(kCrs, view.crs);
    s.setValue(kLabels, labelLanguageCode(view.labels));
    s.setValue(kLayers, view.layers);
    s.setValue(kDecorations, view.decorations);
}

MapSettings WindowSession::loadView(QSettings& s, const MapSettings& current, QStringList& warnings)
{
    MapSettings view = current;
    const auto bad = [&](const QString& key) {
        warnings << QCoreApplication::translate("WindowSession", "ignored the saved %1 (%2)")
                        .arg(key, s.value(key).toString().left(60));
    };
    if (s.contains(kCrs)) {
        const QString crs = s.value(kCrs).toString();
        const auto extent = extentFromText(s.value(kExtent).toString());
        if (!isValidCrs(crs))
            bad(kCrs);
        else if (!extent)
            bad(kExtent);
        else {
            view.crs = crs;
            view.extent = *extent;
        }
    }
    if (s.contains(kDate)) {
        const auto date = Date::parse(s.value(kDate).toString());
        if (date && date->precision() == Date::Precision::Day &&
            AtlasModel::minimumDate() <= *date && *date <= AtlasModel::maximumDate())
            view.date = *date;
        else
            bad(kDate);
    }
    if (s.contains(kLabels)) {
        if (const auto labels = labelLanguageFromCode(s.value(kLabels).toString()))
            view.labels = *labels;
        else
            bad(kLabels);
    }
    if (s.contains(kLayers)) {
        if (const auto layers = flags(s.value(kLayers), kAllLayers))
            view.layers = *layers;
        else
            bad(kLayers);
    }
    if (s.contains(kDecorations)) {
        if (const auto decorations = flags(s.value(kDecorations), kAllDecorations))
            view.decorations = *decorations;
        else
            bad(kDecorations);
    }
    return view;
}

QString WindowSession::extentText(const MapRect& e)
{
    return QStringLiteral("%1,%2,%3,%4")
        .arg(e.xmin, 0, 'g', 17)
        .arg(e.ymin, 0, 'g', 17)
        .arg(e.xmax, 0, 'g', 17)
        .arg(e.ymax, 0, 'g', 17);
}

std::optional<MapRect> WindowSession::extentFromText(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(','));
    if (parts.size() != 4)
        return std::nullopt;
    double v[4];
    for (int i = 0; i < 4; ++i) {
        bool ok = false;
        v[i] = parts[i].toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    const MapRect r{v[0], v[1], v[2], v[3]};
    return r.isValid() ? std::optional(r) : std::nullopt;
}

bool WindowSession::isValidCrs(const QString& crs)
{
    try {
        CoordinateTransform t(crs);
        return true;
    } catch (const ProjError&) {
        return false;
    }
}

} // namespace frontier
