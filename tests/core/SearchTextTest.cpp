#include "search/SearchText.h"

#include <gtest/gtest.h>

using namespace frontier;

namespace {

std::string folded(const QString& text)
{
    return SearchText::normalized(text).toStdString();
}

std::string keyOf(const QString& text)
{
    return SearchText::key(text).toStdString();
}

TEST(SearchTextTest, FoldsLatinCaseAndDiacritics)
{
    EXPECT_EQ(folded(QStringLiteral("Til Koçer")), "til kocer");
    EXPECT_EQ(folded(QStringLiteral("PÊŞXABÛR")), "pesxabur");
    EXPECT_EQ(folded(QStringLiteral("al-Bū Kamāl")), "al bu kamal");
    EXPECT_EQ(folded(QStringLiteral("Sêmalka")), "semalka");
    EXPECT_EQ(folded(QStringLiteral("Diyarbakır")), "diyarbakir");
}

TEST(SearchTextTest, DropsApostrophesAndAyinSignsInsideAWord)
{
    EXPECT_EQ(folded(QStringLiteral("Al Qa'im")), "al qaim");
    EXPECT_EQ(folded(QStringLiteral("al-Qāʾim")), "al qaim");
    EXPECT_EQ(folded(QStringLiteral("Yaʿrubiyah")), "yarubiyah");
    EXPECT_EQ(folded(QStringLiteral("Qa’im")), "qaim");
}

TEST(SearchTextTest, TurnsHyphensAndPunctuationIntoOneSpace)
{
    EXPECT_EQ(folded(QStringLiteral("  Al-Bukamal -- (Syria)  ")), "al bukamal syria");
}

TEST(SearchTextTest, UnifiesHamzaAndAlefForms)
{
    EXPECT_EQ(SearchText::normalized(QStringLiteral("أبو")), QStringLiteral("ابو"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("إبراهيم")), QStringLiteral("ابراهيم"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("آمرلي")), QStringLiteral("امرلي"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("ٱلقائم")), QStringLiteral("القايم"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("مؤتة")), QStringLiteral("موته"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("سماء")), QStringLiteral("سما"));
}

TEST(SearchTextTest, UnifiesTaMarbutaAndAlefMaqsura)
{
    EXPECT_EQ(SearchText::normalized(QStringLiteral("ربيعة")), QStringLiteral("ربيعه"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("مصطفى")), QStringLiteral("مصطفي"));
}

TEST(SearchTextTest, DropsTashkilAndTatweel)
{
    EXPECT_EQ(SearchText::normalized(QStringLiteral("ٱلْيَعْرُبِيَّة")), QStringLiteral("اليعربيه"));
    EXPECT_EQ(SearchText::normalized(QStringLiteral("هٰذا")),
              QStringLiteral("هذا")); // superscript alef U+0670
    EXPECT_EQ(SearchText::normalized(QStringLiteral("القـــائم")), QStringLiteral("القايم"));
}

TEST(SearchTextTest, IgnoresTheArabicArticleAtWordStart)
{
    EXPECT_EQ(SearchText::key(QStringLiteral("البوكمال")),
              SearchText::key(QStringLiteral("بوكمال")));
    EXPECT_EQ(SearchText::key(QStringLiteral("التنف")), QStringLiteral("تنف"));
    EXPECT_EQ(SearchText::key(QStringLiteral("ال")), QStringLiteral("ال")); // all there is
    EXPECT_EQ(SearchText::key(QStringLiteral("الم")),
              QStringLiteral("الم")); // too short to carry it
}

TEST(SearchTextTest, IgnoresTheLatinArticleWordsUnlessAlone)
{
    EXPECT_EQ(keyOf(QStringLiteral("al-Tanf")), "tanf");
    EXPECT_EQ(keyOf(QStringLiteral("El Tanf")), "tanf");
    EXPECT_EQ(keyOf(QStringLiteral("al Qaim")), keyOf(QStringLiteral("Qaim")));
    EXPECT_EQ(keyOf(QStringLiteral("Albu Kamal")), "albu kamal"); // "Albu" is no article
    EXPECT_EQ(keyOf(QStringLiteral("al")), "al");
}

} // namespace
