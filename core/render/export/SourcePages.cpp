#include "SourcePages.h"

#include "model/Dataset.h"

#include <QFontMetricsF>
#include <QPainter>

namespace frontier {
namespace {

constexpr double kEntryGap = 3;
constexpr int kTextFlags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;

} // namespace

QString SourcePages::entryText(const Dataset& dataset, int source)
{
    const Source& s = dataset.sources()[static_cast<std::size_t>(source)];
    // Each part isolated (FSI … PDI), so an Arabic title does not pull the date into its run.
    const auto isolated = [](const QString& text) { return QChar(0x2068) + text + QChar(0x2069); };
    return QStringLiteral("%1, “%2”, %3")
        .arg(isolated(s.outlet), isolated(s.title), s.publishedText());
}

SourcePages::SourcePages(const Dataset& dataset, const std::vector<int>& sources,
                         const QRectF& area, int columns, const QFont& font)
    : m_font(font)
{
    const double columnWidth = (area.width() - (columns - 1) * kColumnGap) / columns;
    const double textWidth = columnWidth - kNumberWidth;
    const QFontMetricsF metrics(font);
    int page = 0, column = 0;
    double y = area.top();
    for (std::size_t i = 0; i < sources.size(); ++i) {
        Entry e{static_cast<int>(i) + 1, entryText(dataset, sources[i]), 0, {}};
        const double height =
            metrics.boundingRect(QRectF(0, 0, textWidth, 1e6), kTextFlags, e.text).height();
        if (y > area.top() && y + height > area.bottom()) { // the next column, or page
            y = area.top();
            if (++column == columns) {
                column = 0;
                ++page;
            }
        }
        const double x = area.left() + column * (columnWidth + kColumnGap) + kNumberWidth;
        e.page = page;
        e.rect = QRectF(x, y, textWidth, height);
        m_entries.push_back(e);
        y += height + kEntryGap;
    }
    m_pages = m_entries.empty() ? 0 : page + 1;
}

void SourcePages::paint(QPainter& painter, int page, const QColor& color) const
{
    painter.setFont(m_font);
    painter.setPen(color);
    for (const Entry& e : m_entries) {
        if (e.page != page)
            continue;
        painter.drawText(
            QRectF(e.rect.left() - kNumberWidth, e.rect.top(), kNumberWidth - 5, e.rect.height()),
            Qt::AlignRight | Qt::AlignTop, QStringLiteral("%1.").arg(e.number));
        painter.drawText(e.rect, kTextFlags, e.text);
    }
}

} // namespace frontier
