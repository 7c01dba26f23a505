#pragma once

#include <QImage>
#include <QString>
#include <QStringList>

namespace frontier {

class PrintLayout;

/// \brief Writes a PrintLayout as a vector PDF (QPdfWriter: selectable text, map vectors) or as
/// PNG pages at a resolution, through the layout's one paint code, atomically.
namespace LayoutExport {
/// Whether `path` names a file a layout can be written to (.pdf or .png, any case).
bool acceptsPath(const QString& path);
/// The files a PNG layout of `pages` pages writes: `path` for the first page, then NAME-2.png, …
QStringList pngPaths(const QString& path, int pages);
/// One page at `dpi` pixels per inch.
QImage renderPage(const PrintLayout& layout, int page, int dpi);
/// The whole PDF document.
QByteArray pdf(const PrintLayout& layout);
/// Writes the PDF or the PNG pages (with the provenance in text chunks) by the path's suffix.
/// Empty on success, else a message naming the file and the reason; nothing is left half
/// written.
QString write(const PrintLayout& layout, const QString& path, int dpi);
} // namespace LayoutExport

} // namespace frontier
