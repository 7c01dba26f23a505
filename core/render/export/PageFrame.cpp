#include "PageFrame.h"

#include "render/MapRenderer.h"
#include "render/MapText.h"
#include "render/RenderContext.h"
#include "render/decorations/Attribution.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>

namespace frontier {
namespace {

constexpr double kMargin = 44; // about 12 mm
constexpr double kFooter = 26; // two lines of footer

} // namespace

PageFrame::PageFrame(const MapRenderer& renderer, QSizeF pageSize, LabelLanguage language)
    : m_renderer(renderer),
      m_content(QRectF(QPointF(0, 0), pageSize).adjusted(kMargin, kMargin, -kMargin, -kMargin)),
      m_language(language)
{
}

double PageFrame::headerBottom(bool subtitle) const
{
    return m_content.top() + 30 + (subtitle ? 20 : 0) + 6;
}

double PageFrame::footerTop() const
{
    return m_content.bottom() - kFooter;
}

Qt::Alignment PageFrame::leading() const
{
    return MapText::isArabic(m_language) ? Qt::AlignRight : Qt::AlignLeft;
}

Qt::Alignment PageFrame::trailing() const
{
    return MapText::isArabic(m_language) ? Qt::AlignLeft : Qt::AlignRight;
}

QFont PageFrame::font(double px, bool bold) const
{
    return RenderContext::mapFont(m_renderer.style(), px, bold);
}

void PageFrame::paintHeader(QPainter& painter, const QString& title, const QString& subtitle) const
{
    const Style& style = m_renderer.style();
    const Qt::Alignment lead = leading() | Qt::AlignVCenter;
    painter.setPen(style.text);
    const auto elided = [&](const QString& text) {
        return QFontMetricsF(painter.font()).elidedText(text, Qt::ElideRight, m_content.width());
    };
    painter.setFont(font(22, true));
    painter.drawText(QRectF(m_content.left(), m_content.top(), m_content.width(), 30), lead,
                     elided(title));
    const double bottom = headerBottom(!subtitle.isEmpty());
    if (!subtitle.isEmpty()) {
        painter.setPen(style.secondaryText);
        painter.setFont(font(13));
        painter.drawText(QRectF(m_content.left(), m_content.top() + 30, m_content.width(), 20),
                         lead, elided(subtitle));
    }
    painter.setPen(QPen(style.panelLine, 0.8));
    painter.drawLine(QPointF(m_content.left(), bottom), QPointF(m_content.right(), bottom));
}

void PageFrame::paintFooter(QPainter& painter, const Footer& footer) const
{
    const Style& style = m_renderer.style();
    const LabelLanguage language = m_language;
    const Qt::Alignment lead = leading() | Qt::AlignVCenter;
    const double top = footerTop();
    painter.setPen(QPen(style.panelLine, 0.8));
    painter.drawLine(QPointF(m_content.left(), top - 4), QPointF(m_content.right(), top - 4));
    painter.setPen(style.secondaryText);
    painter.setFont(font(9));
    const QRectF line1(m_content.left(), top, m_content.width(), 13);
    painter.drawText(line1, lead, footer.provenance);
    painter.drawText(line1, trailing() | Qt::AlignVCenter,
                     MapText::text(language, QT_TRANSLATE_NOOP("Map", "page %1 of %2"))
                         .arg(MapText::number(language, footer.page + 1),
                              MapText::number(language, footer.pageCount)));
    const QString hash = QString::fromLatin1(m_renderer.timeline().dataset().contentHash());
    QStringList credits = Attribution::credits(hash, language);
    if (const QString version = QCoreApplication::applicationVersion(); !version.isEmpty())
        credits.front() += QLatin1Char(' ') + version;
    painter.drawText(line1.translated(0, 13), lead, credits.join(QStringLiteral(" · ")));
    if (footer.page > 0)
        return;
    const int last = footer.pageCount;
    const QString where = last > 2 ? MapText::text(language, QT_TRANSLATE_NOOP("Map", "pages 2–%1"))
                                         .arg(MapText::number(language, last))
                                   : MapText::text(language, QT_TRANSLATE_NOOP("Map", "page 2"));
    painter.drawText(
        line1.translated(0, 26), lead,
        footer.sources == 0
            ? MapText::text(language,
                            QT_TRANSLATE_NOOP("Map", "No source covers the states shown."))
            : MapText::text(language, QT_TRANSLATE_NOOP("Map", "The %1 sources behind the states "
                                                               "shown are numbered on %2."))
                  .arg(MapText::number(language, double(footer.sources)), where));
}

} // namespace frontier
