// `layout`: the PDF's text is selectable (pdftotext), its pages have the paper's size (pdfinfo),
// and the PNG pages have the size the dpi gives, with the provenance in their text chunks.
#include "RunCli.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using frontier::test::runCli;

namespace {

QString tool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    EXPECT_EQ(p.exitCode(), 0) << program.toStdString() << ": "
                               << p.readAllStandardError().toStdString();
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The PDF's text as a reader's search sees it: ligatures (ﬁ) as their letters (NFKC).
QString pdfText(const QString& pdf)
{
    return tool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC)
        .simplified();
}

QStringList layoutArgs(const QString& output, const QStringList& more = {})
{
    return QStringList{QStringLiteral("layout"), QStringLiteral("--date"),
                       QStringLiteral("2019-09-30"), QStringLiteral("--output"), output} +
           more;
}

TEST(LayoutCommandTest, ThePdfsDateTitleAndSourceTitlesAreSelectableText)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    const auto r = runCli(
        layoutArgs(pdf, {QStringLiteral("--title"), QStringLiteral("Al-Qaim reopens"),
                         QStringLiteral("--subtitle"), QStringLiteral("After five years closed"),
                         QStringLiteral("--caption"),
                         QStringLiteral("Both sides under the two governments.")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    for (const char* expected :
         {"Al-Qaim reopens", "After five years closed", "Both sides under the two governments.",
          "30 September 2019", "Date 2019-09-30", "Locator", "Crossing status",
          // Sources of the reopening of al-Qaim and of the al-Tanf zone (a dated area).
          "Iraq, Syria Reopen Qaim Border Crossing",
          "Iraq reopens al-Qaim border crossing with Syria",
          "Coalition statement on At Tanf garrison", "Asharq Al-Awsat"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    // The dataset's full hash in the provenance line.
    EXPECT_TRUE(text.contains(QRegularExpression(QStringLiteral("SHA-256 [0-9a-f]{64}"))));
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Page size:\\s+842 x 595 pts"))))
        << info.toStdString();
    EXPECT_TRUE(info.contains(QRegularExpression(QStringLiteral("Title:\\s+Al-Qaim reopens"))));
}

TEST(LayoutCommandTest, EachPageFormatHasItsPaperSize)
{
    QTemporaryDir dir;
    const struct {
        const char* page;
        const char* size;
    } cases[]{{"a4-portrait", "595 x 842 pts"},
              {"letter-landscape", "792 x 612 pts"},
              {"letter-portrait", "612 x 792 pts"}};
    for (const auto& c : cases) {
        const QString pdf = dir.filePath(QString::fromLatin1(c.page) + QStringLiteral(".pdf"));
        const auto r =
            runCli(layoutArgs(pdf, {QStringLiteral("--page"), QString::fromLatin1(c.page)}));
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
        EXPECT_TRUE(info.contains(
            QRegularExpression(QStringLiteral("Page size:\\s+") + QString::fromLatin1(c.size))))
            << c.page << info.toStdString();
    }
}

TEST(LayoutCommandTest, ComparingListsTheSourcesOfBothDatesAndTitlesBothMaps)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("both.pdf"));
    const auto r =
        runCli(layoutArgs(pdf, {QStringLiteral("--compare"), QStringLiteral("2014-08-15")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(QStringLiteral("15 August 2014")));
    EXPECT_TRUE(text.contains(QStringLiteral("30 September 2019")));
    EXPECT_TRUE(text.contains(QStringLiteral("Date 2014-08-15 and 2019-09-30")));
    // The 2014 fall of the crossings to ISIS and the 2019 reopening.
    EXPECT_TRUE(text.contains(QStringLiteral("Iraq, Syria Reopen Qaim Border Crossing")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sunni militants seize Iraq-Syria border post")));
}

TEST(LayoutCommandTest, PngPagesHaveTheDpisSizeAndTheProvenance)
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("report.png"));
    const auto r =
        runCli(layoutArgs(png, {QStringLiteral("--dpi"), QStringLiteral("150"),
                                QStringLiteral("--page"), QStringLiteral("a4-portrait")}));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage first(png);
    EXPECT_EQ(first.size(), QSize(1240, 1754));
    EXPECT_EQ(first.dotsPerMeterX(), qRound(150 / 0.0254));
    EXPECT_EQ(first.text(QStringLiteral("frontier:date")), QStringLiteral("2019-09-30"));
    EXPECT_TRUE(first.text(QStringLiteral("frontier:sources"))
                    .contains(QStringLiteral("asharq-2019-09-30-qaim")));
    const QImage second(dir.filePath(QStringLiteral("report-2.png")));
    EXPECT_EQ(second.size(), QSize(1240, 1754));
}

} // namespace
