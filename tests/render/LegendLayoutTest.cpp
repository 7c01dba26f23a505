// Where the legend's rows go (LegendLayout): one to a line, paired when the map is short,
// scaled down as a last resort, mirrored for right-to-left rows.
#include "render/decorations/LegendLayout.h"
#include "GuiApp.h"

#include <gtest/gtest.h>

namespace frontier {
namespace {

using Kind = Legend::Entry::Kind;

std::vector<Legend::Entry> statusRows(const QString& heading, const QString& word)
{
    std::vector<Legend::Entry> rows{{Kind::Heading, heading}};
    for (int i = 0; i < 4; ++i)
        rows.push_back({Kind::Status, word, i});
    return rows;
}

class LegendLayoutTest : public ::testing::Test, protected test::GuiAppFirst {};

TEST_F(LegendLayoutTest, RowsGoOneToALineTopDown)
{
    const auto rows = statusRows(QStringLiteral("Crossing status"), QStringLiteral("Open"));
    const LegendLayout l = LegendLayout::arrange(rows, false);
    ASSERT_EQ(l.places.size(), rows.size());
    EXPECT_EQ(l.size.width(), LegendLayout::kWidth);
    for (std::size_t i = 1; i < rows.size(); ++i) {
        EXPECT_GT(l.places[i].symbol.y(), l.places[i - 1].symbol.y()) << i;
        EXPECT_EQ(l.places[i].symbol.x(), l.places[1].symbol.x()) << i;
        EXPECT_GT(l.places[i].text.left(), l.places[i].symbol.x()) << i;
    }
}

TEST_F(LegendLayoutTest, CompactPairsShortRowsInAWiderBox)
{
    const auto rows = statusRows(QStringLiteral("Crossing status"), QStringLiteral("Open"));
    const LegendLayout l = LegendLayout::arrange(rows, true);
    EXPECT_EQ(l.size.width(), LegendLayout::kCompactWidth);
    EXPECT_EQ(l.places[1].symbol.y(), l.places[2].symbol.y());
    EXPECT_LT(l.places[1].symbol.x(), l.places[2].symbol.x());
    EXPECT_LT(l.size.height(), LegendLayout::arrange(rows, false).size.height());
}

TEST_F(LegendLayoutTest, RightToLeftRowsAreMirrored)
{
    const auto ltr = LegendLayout::arrange(
        statusRows(QStringLiteral("Crossing status"), QStringLiteral("Open")), false);
    const auto rtl = LegendLayout::arrange(
        statusRows(QStringLiteral("حالة المعبر"), QStringLiteral("مفتوح")), false);
    for (std::size_t i = 1; i < ltr.places.size(); ++i) {
        EXPECT_DOUBLE_EQ(rtl.places[i].symbol.x(), LegendLayout::kWidth - ltr.places[i].symbol.x());
        EXPECT_LT(rtl.places[i].text.right(), rtl.places[i].symbol.x());
    }
}

TEST_F(LegendLayoutTest, InAShortAreaItPairsThenShrinksAtTheBottom)
{
    const auto rows = statusRows(QStringLiteral("Crossing status"), QStringLiteral("Open"));
    const double natural = LegendLayout::arrange(rows, false).size.height();
    const QRectF tall(10, 20, 300, 1000);
    const LegendLayout roomy = LegendLayout::in(tall, rows, {});
    EXPECT_EQ(roomy.scale, 1);
    EXPECT_EQ(roomy.size.width(), LegendLayout::kWidth);
    EXPECT_EQ(roomy.box.bottom(), tall.bottom());
    EXPECT_EQ(roomy.box.left(), tall.left());
    const QRectF shorter(10, 20, 300, natural - 1);
    EXPECT_EQ(LegendLayout::in(shorter, rows, {}).size.width(), LegendLayout::kCompactWidth);
    const LegendLayout tiny = LegendLayout::in(QRectF(10, 20, 300, 10), rows, {});
    EXPECT_EQ(tiny.scale, 0.75);
    EXPECT_EQ(tiny.toMap({0, 0}), tiny.box.topLeft());
}

} // namespace
} // namespace frontier
