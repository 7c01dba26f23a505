#include "render/export/PrintLayout.h"
#include "ImageCompare.h"
#include "RenderTest.h"
#include "render/export/LayoutExport.h"
#include "report/SourceList.h"

#include <QRegularExpression>

using namespace frontier;

namespace {

class PrintLayoutTest : public test::RenderTest {
protected:
    PrintLayout layout(const QString& page = QStringLiteral("a4-landscape"),
                       std::optional<Date> compare = std::nullopt)
    {
        return PrintLayout(renderer, settings(Date::fromYmd(2019, 9, 30)),
                           {QStringLiteral("Al-Qaim reopens"), QStringLiteral("A subtitle"),
                            QStringLiteral("A caption under the map.")},
                           *PageFormat::fromCode(page), compare);
    }
};

TEST_F(PrintLayoutTest, PagesHaveThePaperSizeAt96UnitsAnInch)
{
    EXPECT_NEAR(layout().pageSize().width(), 297 / 25.4 * 96, 0.01);
    EXPECT_NEAR(layout().pageSize().height(), 210 / 25.4 * 96, 0.01);
    EXPECT_NEAR(layout(QStringLiteral("letter-portrait")).pageSize().width(), 8.5 * 96, 0.01);
    EXPECT_NEAR(layout(QStringLiteral("letter-portrait")).pageSize().height(), 11 * 96, 0.01);
    EXPECT_FALSE(PageFormat::fromCode(QStringLiteral("a3-landscape")));
    for (const QString& code : PageFormat::acceptedCodes().split(QStringLiteral(", ")))
        EXPECT_EQ(PageFormat::fromCode(code)->code(), code);
}

// The first page at 96 dpi against its reference: title, map, locator, legend, caption, footer.
TEST_F(PrintLayoutTest, TheFirstPageMatchesTheReferenceImage)
{
    const QImage page = LayoutExport::renderPage(layout(), 0, 96);
    EXPECT_EQ(page.size(), QSize(1123, 794));
    const auto diff = test::compareWithReference(
        page, QStringLiteral(FRONTIER_REFERENCE_DIR "/layout-2019-09-30-a4-landscape.png"));
    ASSERT_TRUE(diff.error.isEmpty()) << diff.error.toStdString();
    EXPECT_LT(diff.changedFraction, 0.01);
    EXPECT_LT(diff.meanDifference, 3.0);
}

// Every part lies inside the margins and none overlaps another, on every page format, with one
// map and with two.
TEST_F(PrintLayoutTest, NothingOverlapsOrLeavesThePage)
{
    for (const QString& code : PageFormat::acceptedCodes().split(QStringLiteral(", ")))
        for (const bool compare : {false, true}) {
            const PrintLayout l =
                layout(code, compare ? std::optional(Date::fromYmd(2014, 8, 15)) : std::nullopt);
            SCOPED_TRACE(code.toStdString() + (compare ? " compare" : ""));
            const QRectF inside = QRectF(QPointF(0, 0), l.pageSize()).adjusted(40, 40, -40, -40);
            std::vector<QRectF> parts{l.locatorRect(), l.legendRect()};
            ASSERT_EQ(l.panels().size(), compare ? 2u : 1u);
            for (std::size_t i = 0; i < l.panels().size(); ++i) {
                parts.push_back(l.panelRect(i));
                EXPECT_EQ(l.panels()[i].size, l.panelRect(i).size().toSize());
                EXPECT_GT(l.panelRect(i).width(), 300);
            }
            for (std::size_t i = 0; i < parts.size(); ++i) {
                EXPECT_TRUE(inside.contains(parts[i])) << i;
                EXPECT_GT(parts[i].height(), 200) << i;
                for (std::size_t j = i + 1; j < parts.size(); ++j)
                    EXPECT_FALSE(parts[i].intersects(parts[j])) << i << " and " << j;
            }
            for (const SourcePages::Entry& e : l.sourcePages().entries())
                EXPECT_TRUE(inside.contains(e.rect)) << e.number;
        }
}

// A caption of any length takes at most six lines: the map keeps its room.
TEST_F(PrintLayoutTest, ALongCaptionLeavesTheMapItsRoom)
{
    const PrintLayout shortCaption = layout();
    const PrintLayout longCaption(renderer, settings(Date::fromYmd(2019, 9, 30)),
                                  {{}, {}, QStringLiteral("A long caption. ").repeated(200)},
                                  *PageFormat::fromCode(QStringLiteral("a4-landscape")));
    EXPECT_GT(longCaption.panelRect(0).height(), 0.8 * shortCaption.panelRect(0).height());
    EXPECT_EQ(longCaption.text().title, QStringLiteral("Iraq–Syria frontier")); // the default
}

// The numbered list is the sources behind the map's date (both dates when comparing), each once,
// numbered from 1, filling the pages after the first in order.
TEST_F(PrintLayoutTest, TheSourcesAreThoseBehindTheStatesShownNumberedInOrder)
{
    const Date late = Date::fromYmd(2019, 9, 30), early = Date::fromYmd(2014, 8, 15);
    const PrintLayout one = layout();
    EXPECT_EQ(one.sources(), SourceList::behind(renderer.timeline(), std::vector<Date>{late}));
    const PrintLayout two = layout(QStringLiteral("a4-landscape"), early);
    EXPECT_EQ(two.sources(),
              SourceList::behind(renderer.timeline(), std::vector<Date>{late, early}));
    EXPECT_GT(two.sources().size(), one.sources().size());
    const Dataset& d = renderer.timeline().dataset();
    const int reopening = d.sourceIndex(QStringLiteral("asharq-2019-09-30-qaim"));
    EXPECT_NE(std::find(one.sources().begin(), one.sources().end(), reopening),
              one.sources().end());

    const auto& entries = two.sourcePages().entries();
    ASSERT_EQ(entries.size(), two.sources().size());
    EXPECT_EQ(two.pageCount(), 1 + entries.back().page + 1);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        EXPECT_EQ(entries[i].number, int(i) + 1);
        EXPECT_EQ(entries[i].text, SourcePages::entryText(d, two.sources()[i]));
        if (i > 0 && entries[i].page == entries[i - 1].page &&
            entries[i].rect.left() == entries[i - 1].rect.left()) {
            EXPECT_GE(entries[i].rect.top(), entries[i - 1].rect.bottom());
        }
    }
}

// The locator shows the region with the main map's extent inside it; with two dates the
// earlier map is on the left and the later one marks the changes since it.
TEST_F(PrintLayoutTest, TheLocatorFramesTheMapAndTwoDatesPairUp)
{
    const PrintLayout l = layout(QStringLiteral("a4-landscape"), Date::fromYmd(2014, 8, 15));
    const QRectF r = l.locatorRect();
    const QRectF extent = LocatorMap(renderer, l.panels()[1]).extentRect(r);
    EXPECT_TRUE(r.contains(extent));
    EXPECT_LT(extent.width() * extent.height(), 0.6 * r.width() * r.height());
    EXPECT_EQ(l.panels()[0].date, Date::fromYmd(2014, 8, 15));
    EXPECT_EQ(l.panels()[1].compareDate, Date::fromYmd(2014, 8, 15));
    EXPECT_LT(l.panelRect(0).left(), l.panelRect(1).left());
    for (const MapSettings& panel : l.panels()) {
        EXPECT_FALSE(panel.hasDecoration(Decoration::Legend)); // one legend, in its own place
        EXPECT_FALSE(panel.hasDecoration(Decoration::Title));
        EXPECT_TRUE(panel.hasDecoration(Decoration::ScaleBar));
        EXPECT_TRUE(panel.hasDecoration(Decoration::NorthArrow));
    }
    // The map is drawn where the layout says: the page's pixels there are the map's own.
    const PrintLayout single = layout();
    const QImage page = LayoutExport::renderPage(single, 0, 96);
    const QImage map = renderer.renderImage(single.panels()[0]);
    const QRect at = single.panelRect(0).toRect();
    const QPoint probe = at.center() - at.topLeft();
    EXPECT_EQ(page.pixelColor(at.topLeft() + probe), map.pixelColor(probe));
}

TEST_F(PrintLayoutTest, ThePdfHasOnePageEachAndPngPagesFollowTheFirstsName)
{
    const PrintLayout l = layout();
    const QByteArray pdf = LayoutExport::pdf(l);
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page\\b"));
    EXPECT_EQ(QString::fromLatin1(pdf).count(page), l.pageCount());
    EXPECT_EQ(LayoutExport::pngPaths(QStringLiteral("out/report.png"), 3),
              (QStringList{QStringLiteral("out/report.png"), QStringLiteral("out/report-2.png"),
                           QStringLiteral("out/report-3.png")}));
    EXPECT_TRUE(LayoutExport::acceptsPath(QStringLiteral("a.PDF")));
    EXPECT_FALSE(LayoutExport::acceptsPath(QStringLiteral("a.jpg")));
    EXPECT_EQ(LayoutExport::renderPage(l, 1, 150).size(), QSize(1754, 1240));
}

} // namespace
