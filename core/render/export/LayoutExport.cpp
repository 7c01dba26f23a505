#include "LayoutExport.h"

#include "PngEncoder.h"
#include "PrintLayout.h"
#include "io/AtomicFiles.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace frontier {
namespace {

bool hasSuffix(const QString& path, const char* suffix)
{
    return QFileInfo(path).suffix().compare(QLatin1String(suffix), Qt::CaseInsensitive) == 0;
}

// Vector output needs no pixels; this only sets the precision of coordinates in the file.
constexpr int kPdfResolution = 1200;

} // namespace

bool LayoutExport::acceptsPath(const QString& path)
{
    return hasSuffix(path, "pdf") || hasSuffix(path, "png");
}

QStringList LayoutExport::pngPaths(const QString& path, int pages)
{
    const QFileInfo info(path);
    QStringList paths{path};
    for (int page = 2; page <= pages; ++page)
        paths << info.dir().filePath(
            QStringLiteral("%1-%2.%3").arg(info.completeBaseName()).arg(page).arg(info.suffix()));
    return paths;
}

QImage LayoutExport::renderPage(const PrintLayout& layout, int page, int dpi)
{
    const double scale = dpi / PrintLayout::kUnitsPerInch;
    const QSizeF size = layout.pageSize() * scale;
    QImage image(qRound(size.width()), qRound(size.height()), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.scale(scale, scale);
    layout.paint(painter, page);
    painter.end();
    return image;
}

QByteArray LayoutExport::pdf(const PrintLayout& layout)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageLayout(layout.format().pageLayout());
        writer.setResolution(kPdfResolution);
        writer.setTitle(layout.text().title);
        writer.setCreator(layout.provenance().value(QStringLiteral("Software")));
        QPainter painter(&writer);
        const double scale = kPdfResolution / PrintLayout::kUnitsPerInch;
        for (int page = 0; page < layout.pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            painter.save();
            painter.scale(scale, scale);
            layout.paint(painter, page);
            painter.restore();
        }
    }
    return bytes;
}

QString LayoutExport::write(const PrintLayout& layout, const QString& path, int dpi)
{
    if (!acceptsPath(path))
        return QStringLiteral("%1: not a layout file name; name it .pdf or .png").arg(path);
    if (hasSuffix(path, "pdf"))
        return AtomicFiles::save({{path, pdf(layout)}});
    const QStringList paths = pngPaths(path, layout.pageCount());
    std::vector<AtomicFiles::File> files;
    for (int page = 0; page < layout.pageCount(); ++page)
        files.push_back({paths[page], PngEncoder::encode(renderPage(layout, page, dpi),
                                                         {1, dpi, layout.provenance()})});
    return AtomicFiles::save(files);
}

} // namespace frontier
