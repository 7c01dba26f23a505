#include "report/Csv.h"

#include <gtest/gtest.h>

using namespace frontier;

TEST(CsvTest, PlainFieldsAreWrittenAsTheyAre)
{
    EXPECT_EQ(Csv::field(QStringLiteral("qaim-albukamal")), QStringLiteral("qaim-albukamal"));
    EXPECT_EQ(Csv::field(QString()), QString());
    EXPECT_EQ(Csv::row({QStringLiteral("a"), QString(), QStringLiteral("b")}),
              QStringLiteral("a,,b\r\n"));
}

TEST(CsvTest, CommasQuotesAndLineBreaksAreQuoted)
{
    EXPECT_EQ(Csv::field(QStringLiteral("Rabia, Nineveh")), QStringLiteral("\"Rabia, Nineveh\""));
    EXPECT_EQ(Csv::field(QStringLiteral("the \"Syrian Free Army\"")),
              QStringLiteral("\"the \"\"Syrian Free Army\"\"\""));
    EXPECT_EQ(Csv::field(QStringLiteral("line one\nline two")),
              QStringLiteral("\"line one\nline two\""));
    EXPECT_EQ(Csv::field(QStringLiteral("cr\rlf")), QStringLiteral("\"cr\rlf\""));
    EXPECT_EQ(Csv::row({QStringLiteral("x,y"), QStringLiteral("\"")}),
              QStringLiteral("\"x,y\",\"\"\"\"\r\n"));
}

TEST(CsvTest, ArabicTextIsKeptWhole)
{
    const QString arabic = QStringLiteral("القائم / البوكمال");
    EXPECT_EQ(Csv::field(arabic), arabic);
    EXPECT_EQ(Csv::field(arabic + QStringLiteral("، ربيعة, اليعربية")),
              QStringLiteral("\"القائم / البوكمال، ربيعة, اليعربية\""));
    // UTF-8 on the way out: two bytes a letter.
    EXPECT_EQ(Csv::row({QStringLiteral("التنف")}).toUtf8(),
              QByteArray("\xd8\xa7\xd9\x84\xd8\xaa\xd9\x86\xd9\x81\r\n"));
}
