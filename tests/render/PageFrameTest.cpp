// The frame of a print layout's pages (PageFrame): its margins, header and footer lines, and the
// side its lines lead from.
#include "render/export/PageFrame.h"
#include "RenderTest.h"

#include <QPainter>

namespace frontier {
namespace {

class PageFrameTest : public test::RenderTest {};

const QSizeF kA4Landscape(1123, 794); // 1/96 inch

TEST_F(PageFrameTest, TheContentIsInsideTheMarginsBetweenHeaderAndFooter)
{
    const PageFrame frame(renderer, kA4Landscape, LabelLanguage::English);
    const QRectF& content = frame.content();
    EXPECT_GT(content.left(), 30);
    EXPECT_DOUBLE_EQ(content.left(), kA4Landscape.width() - content.right());
    EXPECT_DOUBLE_EQ(content.top(), kA4Landscape.height() - content.bottom());
    EXPECT_GT(frame.headerBottom(true), frame.headerBottom(false));
    EXPECT_GT(frame.headerBottom(false), content.top());
    EXPECT_LT(frame.footerTop(), content.bottom());
    EXPECT_GT(frame.footerTop(), frame.headerBottom(true));
}

TEST_F(PageFrameTest, LinesLeadFromTheSideTheLanguageReadsFrom)
{
    const PageFrame english(renderer, kA4Landscape, LabelLanguage::English);
    const PageFrame arabic(renderer, kA4Landscape, LabelLanguage::Arabic);
    EXPECT_EQ(english.leading(), Qt::AlignLeft);
    EXPECT_EQ(english.trailing(), Qt::AlignRight);
    EXPECT_EQ(arabic.leading(), Qt::AlignRight);
    EXPECT_EQ(arabic.trailing(), Qt::AlignLeft);
}

// The title's ink is on the leading side of the header.
TEST_F(PageFrameTest, TheTitleIsDrawnOnTheLeadingSide)
{
    for (const LabelLanguage language : {LabelLanguage::English, LabelLanguage::Arabic}) {
        const PageFrame frame(renderer, kA4Landscape, language);
        QImage page(kA4Landscape.toSize(), QImage::Format_RGB32);
        page.fill(Qt::white);
        QPainter painter(&page);
        frame.paintHeader(painter, QStringLiteral("Frontier"), {});
        painter.end();
        int left = page.width(), right = 0;
        const QRectF& content = frame.content();
        for (int y = int(content.top()); y < int(frame.headerBottom(false)) - 2; ++y)
            for (int x = 0; x < page.width(); ++x)
                if (page.pixelColor(x, y).lightness() < 128) {
                    left = std::min(left, x);
                    right = std::max(right, x);
                }
        ASSERT_LT(left, right);
        if (language == LabelLanguage::English)
            EXPECT_LT(left - content.left(), 4);
        else
            EXPECT_LT(content.right() - right, 4);
        EXPECT_LT(right - left, content.width() / 3);
    }
}

} // namespace
} // namespace frontier
