#include "render/MapText.h"
#include "RenderTest.h"
#include "render/RenderContext.h"
#include "render/decorations/Attribution.h"
#include "render/decorations/Legend.h"

#include <QFontMetricsF>

using namespace frontier;

namespace {

using MapTextTest = test::RenderTest;

bool hasArabic(const QString& text)
{
    return std::any_of(text.begin(), text.end(),
                       [](QChar c) { return c.unicode() >= 0x0600 && c.unicode() <= 0x06ff; });
}

// The ink of `image` within `box`: the x of its leftmost and rightmost non-background pixels.
std::pair<int, int> inkSpan(const QImage& image, const QRect& box)
{
    const QColor paper = image.pixelColor(box.left() + 3, box.center().y());
    int left = box.right(), right = box.left();
    for (int y = box.top() + 4; y < box.bottom() - 4; ++y)
        for (int x = box.left() + 4; x < box.right() - 4; ++x)
            if (image.pixelColor(x, y) != paper) {
                left = std::min(left, x);
                right = std::max(right, x);
            }
    return {left, right};
}

TEST(MapTextWordsTest, ArabicLabelsHaveArabicWordsAndTheMonthNamesOfIraqAndSyria)
{
    const Date date = Date::fromYmd(2019, 9, 30);
    EXPECT_EQ(MapText::date(LabelLanguage::English, date), QStringLiteral("30 September 2019"));
    EXPECT_EQ(MapText::date(LabelLanguage::Arabic, date), QStringLiteral("٣٠ أيلول ٢٠١٩"));
    EXPECT_EQ(MapText::date(LabelLanguage::Arabic, Date::fromYmd(2014, 1, 5)),
              QStringLiteral("٥ كانون الثاني ٢٠١٤"));
    EXPECT_EQ(MapText::number(LabelLanguage::Arabic, 50), QStringLiteral("٥٠"));
    EXPECT_EQ(MapText::text(LabelLanguage::Arabic, QT_TRANSLATE_NOOP("Map", "%1 km")),
              QStringLiteral("%1 كم"));
    // The other label languages keep the map's words English.
    for (const LabelLanguage l :
         {LabelLanguage::English, LabelLanguage::Both, LabelLanguage::Kurdish})
        EXPECT_EQ(MapText::text(l, QT_TRANSLATE_NOOP("Map", "Crossing status")),
                  QStringLiteral("Crossing status"));
    EXPECT_TRUE(hasArabic(Attribution::credits(QStringLiteral("abc"), LabelLanguage::Arabic)[1]));
}

// The data's names in the label language, as the data gives them.
TEST_F(MapTextTest, DataNamesFollowTheLabelLanguage)
{
    const Dataset& d = renderer.timeline().dataset();
    const FrontierFeature& rabia = d.feature(2);
    ASSERT_EQ(rabia.id, QStringLiteral("rabia-yarubiyah"));
    using L = LabelLanguage;
    EXPECT_EQ(MapText::featureName(rabia, L::English), QStringLiteral("Rabia / al-Yarubiyah"));
    EXPECT_EQ(MapText::featureName(rabia, L::Arabic), QStringLiteral("ربيعة / اليعربية"));
    EXPECT_EQ(MapText::featureName(rabia, L::Kurdish), QStringLiteral("Rabia / Til Koçer"));
    EXPECT_EQ(MapText::featureName(rabia, L::Both), QStringLiteral("Rabia / al-Yarubiyah"));
    EXPECT_EQ(MapText::sideName(rabia.side(Side::SY), L::Kurdish), QStringLiteral("Til Koçer"));
    EXPECT_EQ(MapText::sideName(rabia.side(Side::IQ), L::Kurdish), QStringLiteral("Rabia"));
    EXPECT_EQ(MapText::sideName(rabia.side(Side::IQ), L::Arabic), QStringLiteral("ربيعة"));
    const DatedArea& camp = d.areas()[1];
    EXPECT_EQ(MapText::areaName(camp, L::Arabic), QStringLiteral("مخيم الركبان"));
    EXPECT_EQ(MapText::areaName(camp, L::Kurdish), camp.name);
    // A map label with both languages has two lines; a name missing in a language is English.
    EXPECT_EQ(MapText::name(L::Both, QStringLiteral("Mosul"), QStringLiteral("الموصل"), {}),
              QStringLiteral("Mosul\nالموصل"));
    EXPECT_EQ(MapText::name(L::Both, QStringLiteral("Mosul"), {}, {}), QStringLiteral("Mosul"));
    EXPECT_EQ(MapText::name(L::Arabic, QStringLiteral("Mosul"), {}, {}), QStringLiteral("Mosul"));
}

// The actors and the dated areas by their Arabic names.
TEST_F(MapTextTest, TheLegendIsArabic)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    const Dataset& d = renderer.timeline().dataset();
    const std::vector<FeatureState> states = renderer.timeline().stateAt(s.date);
    const std::vector<Legend::Entry> english = Legend::entries(d, states, s);
    s.labels = LabelLanguage::Arabic;
    const std::vector<Legend::Entry> arabic = Legend::entries(d, states, s);
    ASSERT_EQ(english.size(), arabic.size());
    using Kind = Legend::Entry::Kind;
    EXPECT_EQ(std::count_if(arabic.begin(), arabic.end(),
                            [](const Legend::Entry& e) { return e.kind == Kind::Area; }),
              2);
    for (std::size_t i = 0; i < arabic.size(); ++i) {
        EXPECT_NE(arabic[i].text, english[i].text);
        EXPECT_TRUE(hasArabic(arabic[i].text)) << arabic[i].text.toStdString();
        // Whole in the legend's width (250 px: a heading spans 230, a row 204 beside its symbol).
        const bool heading = arabic[i].kind == Kind::Heading;
        const QFontMetricsF metrics(
            RenderContext::mapFont(renderer.style(), heading ? 12.5 : 12, heading));
        EXPECT_LE(metrics.horizontalAdvance(arabic[i].text), heading ? 230 : 204)
            << arabic[i].text.toStdString();
    }
}

// The title reads from the right in Arabic, from the left in English; the picture differs.
TEST_F(MapTextTest, TheArabicTitleIsDrawnFromTheRightOfItsBox)
{
    MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    s.layers = 0;
    const QImage english = renderer.renderImage(s);
    const QRect box = renderer.decorationArea(s, Decoration::Title).toAlignedRect();
    s.labels = LabelLanguage::Arabic;
    const QImage arabic = renderer.renderImage(s);
    ASSERT_EQ(renderer.decorationArea(s, Decoration::Title).toAlignedRect(), box);
    EXPECT_NE(english.copy(box), arabic.copy(box));
    const auto [enLeft, enRight] = inkSpan(english, box);
    const auto [arLeft, arRight] = inkSpan(arabic, box);
    EXPECT_LT(enLeft - box.left(), 20);
    EXPECT_LT(box.right() - arRight, 20);
    EXPECT_GT(arLeft - box.left(), enLeft - box.left());
    // The scale bar and the attribution change too.
    for (const Decoration d : {Decoration::ScaleBar, Decoration::Attribution}) {
        const QRect area = renderer.decorationArea(s, d).toAlignedRect();
        EXPECT_NE(english.copy(area), arabic.copy(area)) << static_cast<int>(d);
    }
}

} // namespace
