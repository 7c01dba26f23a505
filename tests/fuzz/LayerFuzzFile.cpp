#include "LayerFuzzFile.h"

#include <QFile>

namespace frontier::fuzz {

LayerFuzzFile::Result LayerFuzzFile::read(QByteArrayView input)
{
    QByteArray suffix = "geojson";
    const qsizetype newline = input.indexOf('\n');
    if (newline > 0) {
        const QByteArray first = input.first(newline).toByteArray();
        if (first == "csv" || first == "geojson" || first == "geojsonl") {
            suffix = first;
            input = input.sliced(newline + 1);
        }
    }
    const QString path = m_dir.filePath(QStringLiteral("layer.") + QString::fromLatin1(suffix));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        f.write(input.data(), input.size()) != input.size())
        qFatal("cannot write the fuzz input to %s", qPrintable(path));
    f.close();
    Result result;
    result.overlay = OverlayReader::read(path, result.problems);
    if (result.overlay && !result.overlay->features.empty())
        OverlayReader::attributes(*result.overlay, 0);
    return result;
}

bool isSensible(const LayerFuzzFile::Result& result)
{
    for (const LoadProblem& p : result.problems)
        if (p.file.isEmpty() || p.reason.isEmpty())
            return false;
    if (!result.overlay)
        return !result.problems.empty();
    const Overlay& o = *result.overlay;
    if (o.partStarts.empty() || o.partStarts.back() != o.vertices.size())
        return false;
    for (std::size_t p = 1; p < o.partStarts.size(); ++p)
        if (o.partStarts[p] < o.partStarts[p - 1])
            return false;
    for (const OverlayFeature& f : o.features)
        if (f.partCount == 0 || f.firstPart + f.partCount >= o.partStarts.size() ||
            f.firstDay > f.lastDay)
            return false;
    for (const Overlay::Column& c : o.columns)
        if (c.kept && c.index.size() != o.features.size())
            return false;
    return true;
}

} // namespace frontier::fuzz
