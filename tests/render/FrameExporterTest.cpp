#include "render/export/FrameExporter.h"
#include "Ffprobe.h"
#include "GuiApp.h"
#include "ImageCompare.h"
#include "TestData.h"
#include "WriteFaults.h"
#include "geo/Crs.h"
#include "render/MapRenderer.h"
#include "render/decorations/Legend.h"

#include <QDir>
#include <QFile>
#include <QImageReader>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace frontier;

namespace {

class FrameExporterTest : public ::testing::Test, protected test::GuiAppFirst {
protected:
    void SetUp() override
    {
        ASSERT_NE(test::bundled(), nullptr);
        settings.crs = Crs::defaultDefinition();
        settings.extent = renderer.homeExtent(settings.crs);
        settings.size = QSize(160, 100);
    }
    std::size_t legendRows(Date date)
    {
        MapSettings s = settings;
        s.date = date;
        return Legend::entries(renderer.timeline().dataset(), renderer.timeline().stateAt(date), s)
            .size();
    }

    MapRenderer renderer{test::bundledTimeline()};
    MapSettings settings;
    const FrameSeries months{Date::fromYmd(2014, 1, 1), Date::fromYmd(2014, 6, 30),
                             FrameSeries::Step::Month};
};

TEST_F(FrameExporterTest, WritesEveryFrameNamedByItsDateAndReportsProgress)
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("new/frames"));
    std::vector<std::pair<int, int>> calls;
    const auto result = FrameExporter(renderer).writeImages(
        settings, months, folder, ImageFormat::Png, 96, [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        });
    EXPECT_EQ(result.error, QString());
    EXPECT_EQ(result.written, 6);
    EXPECT_FALSE(result.cancelled);
    ASSERT_EQ(calls.size(), 7u);
    EXPECT_EQ(calls.front(), std::make_pair(0, 6));
    EXPECT_EQ(calls.back(), std::make_pair(6, 6));
    const QString april = QDir(folder).filePath(QStringLiteral("frame_2014-04-01.png"));
    EXPECT_EQ(FrameSeries::framePath(folder, Date::fromYmd(2014, 4, 1)), april);
    EXPECT_EQ(QImage(april).text(QStringLiteral("frontier:date")), QStringLiteral("2014-04-01"));
    EXPECT_TRUE(QFile::exists(QDir(folder).filePath(QStringLiteral("frame_2014-06-01.pgw"))));
}

TEST_F(FrameExporterTest, ACancelStopsAfterAWholeFrame)
{
    QTemporaryDir dir;
    const auto result =
        FrameExporter(renderer).writeImages(settings, months, dir.path(), ImageFormat::Jpeg, 96,
                                            [](int done, int) { return done < 2; });
    EXPECT_EQ(result.written, 2);
    EXPECT_TRUE(result.cancelled);
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("frame_*.jpg")}, QDir::Files),
              (QStringList{QStringLiteral("frame_2014-01-01.jpg"),
                           QStringLiteral("frame_2014-02-01.jpg")}));
    EXPECT_EQ(QDir(dir.path()).entryList({QStringLiteral("*.jgw")}, QDir::Files).size(), 2);
    EXPECT_EQ(QImageReader(
                  FrameSeries::framePath(dir.path(), Date::fromYmd(2014, 2, 1), ImageFormat::Jpeg))
                  .format(),
              QByteArray("jpeg"));
}

TEST_F(FrameExporterTest, AFileWhereTheFolderGoesIsAClearError)
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("frames"));
    ASSERT_TRUE(test::writeBytes(file, "x"));
    const auto result =
        FrameExporter(renderer).writeImages(settings, months, file, ImageFormat::Png, 96);
    EXPECT_EQ(result.written, 0);
    EXPECT_TRUE(result.error.contains(file + QStringLiteral(": is a file, not a folder")))
        << result.error.toStdString();
}

// Defect: the legend's box grew and shrank with the rows of each date, so an animation's legend
// jumped up and down. The left edge of the box, from the top of its area to the bottom, is now
// the same on every frame, though the dates have different rows.
TEST_F(FrameExporterTest, TheLegendsBoxKeepsItsSizeAcrossTheSeries)
{
    settings.size = QSize(1280, 720);
    const FrameSeries years(Date::fromYmd(2012, 6, 1), Date::fromYmd(2025, 6, 1),
                            FrameSeries::Step::Year);
    const auto [fewest, most] =
        std::minmax_element(years.dates().begin(), years.dates().end(),
                            [&](Date a, Date b) { return legendRows(a) < legendRows(b); });
    ASSERT_LT(legendRows(*fewest) + 2, legendRows(*most)) << "dates whose legends differ";

    QTemporaryDir dir;
    ASSERT_EQ(FrameExporter(renderer)
                  .writeImages(settings, years, dir.path(), ImageFormat::Png, 96)
                  .error,
              QString());
    const QRect area = renderer.decorationArea(settings, Decoration::Legend).toAlignedRect();
    const auto edge = [&](Date date) {
        const QImage image(FrameSeries::framePath(dir.path(), date));
        return image.copy(area.left(), area.top(), 5, area.height());
    };
    const QImage a = edge(*fewest), b = edge(*most);
    ASSERT_FALSE(a.isNull());
    EXPECT_LE(test::largestDifference(a, b), 2)
        << fewest->toString().toStdString() << " and " << most->toString().toStdString();
    // The strip does hold the box's top: the map above it differs from the panel below.
    EXPECT_NE(a.pixel(2, 0), a.pixel(2, a.height() - 4));
}

TEST_F(FrameExporterTest, AVideoHasOneFramePerDateAndHoldsTheChanges)
{
    QTemporaryDir dir;
    settings.size = QSize(161, 101);
    const FrameSeries year(Date::fromYmd(2014, 1, 1), Date::fromYmd(2014, 12, 31),
                           FrameSeries::Step::Month);
    const std::vector<bool> changed = year.changes(renderer.timeline());
    const auto changes = std::count(changed.begin(), changed.end(), true);
    ASSERT_GT(changes, 0);
    ASSERT_LT(changes, 11);
    ASSERT_FALSE(changed.front());

    const QString plain = dir.filePath(QStringLiteral("plain.mp4")),
                  held = dir.filePath(QStringLiteral("held.mp4"));
    const FrameExporter exporter(renderer);
    auto r = exporter.writeVideo(settings, year, {VideoFormat::Mp4, 3, false}, plain);
    ASSERT_EQ(r.error, QString());
    EXPECT_EQ(r.written, 12);
    r = exporter.writeVideo(settings, year, {VideoFormat::Mp4, 3, true}, held);
    ASSERT_EQ(r.error, QString());
    const test::Probe p = test::probe(plain), h = test::probe(held);
    EXPECT_EQ(p.frames, 12);
    EXPECT_EQ(h.frames, 12 + 3 * changes);
    EXPECT_EQ(p.size, QSize(162, 102)) << "H.264's sides rounded up to even";
    EXPECT_EQ(h.codec, QStringLiteral("h264"));
}

TEST_F(FrameExporterTest, AGifOfTheSeriesHasItsFrames)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.gif"));
    const auto r =
        FrameExporter(renderer).writeVideo(settings, months, {VideoFormat::Gif, 4, false}, path);
    ASSERT_EQ(r.error, QString());
    const test::Probe p = test::probe(path);
    EXPECT_EQ(p.codec, QStringLiteral("gif"));
    EXPECT_EQ(p.frames, 6);
    EXPECT_EQ(p.size, QSize(160, 100));
}

TEST_F(FrameExporterTest, ACancelledOrEmptyVideoLeavesNoFile)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("anim.webm"));
    const auto r =
        FrameExporter(renderer).writeVideo(settings, months, {VideoFormat::WebM, 4, false}, path,
                                           [](int done, int) { return done < 3; });
    EXPECT_TRUE(r.cancelled);
    EXPECT_EQ(r.written, 3);
    EXPECT_EQ(r.error, QString());
    EXPECT_TRUE(test::entries(dir.path()).isEmpty())
        << test::entries(dir.path()).join(' ').toStdString();

    const FrameSeries none(Date::fromYmd(2014, 2, 1), Date::fromYmd(2014, 1, 1),
                           FrameSeries::Step::Day);
    EXPECT_EQ(FrameExporter(renderer).writeVideo(settings, none, {}, path).error,
              path + QStringLiteral(": no frames: the last date is before the first"));
    EXPECT_TRUE(test::entries(dir.path()).isEmpty());
}

TEST(FrameSeriesTest, StepsCountFromTheFirstDate)
{
    const FrameSeries months(Date::fromYmd(2016, 1, 31), Date::fromYmd(2016, 4, 29),
                             FrameSeries::Step::Month);
    ASSERT_EQ(months.dates().size(), 3u);
    EXPECT_EQ(months.dates()[1], Date::fromYmd(2016, 2, 29));
    EXPECT_EQ(months.dates()[2], Date::fromYmd(2016, 3, 31));
    EXPECT_EQ(
        FrameSeries(Date::fromYmd(2016, 1, 1), Date::fromYmd(2016, 1, 15), FrameSeries::Step::Week)
            .dates()
            .size(),
        3u);
    // The days drawn end at the last frame, not at the end of the series.
    EXPECT_EQ(months.span(), (DateRange{Date::fromYmd(2016, 1, 31), Date::fromYmd(2016, 3, 31)}));
    EXPECT_FALSE(
        FrameSeries(Date::fromYmd(2016, 2, 1), Date::fromYmd(2016, 1, 1), FrameSeries::Step::Day)
            .span());
    EXPECT_EQ(FrameSeries::stepFromCode(QStringLiteral("1y")), FrameSeries::Step::Year);
    EXPECT_FALSE(FrameSeries::stepFromCode(QStringLiteral("2d")));
    EXPECT_EQ(FrameSeries::framePath(QStringLiteral("out"), Date::fromYmd(2019, 9, 30),
                                     ImageFormat::Tiff),
              QStringLiteral("out/frame_2019-09-30.tif"));
}

} // namespace
