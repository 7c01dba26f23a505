// `frontier-atlas validate DIR` on cases of the bad-input corpus (tests/data/bad): exit 1 and the
// problem's file, feature, field and reason on stderr, whichever file of the folder is bad.
#include "DatasetCopy.h"
#include "RunCli.h"

#include <gtest/gtest.h>

using frontier::test::CliRun;
using frontier::test::DatasetCopy;
using frontier::test::runCli;

namespace {

// Validates a copy of the bundled dataset in which the corpus file `bad` ("KIND/CASE") replaces
// KIND's file.
CliRun validateWith(const QString& bad)
{
    DatasetCopy data;
    data.replace(bad.section(QLatin1Char('/'), 0, 0),
                 QStringLiteral(FRONTIER_TEST_DATA_DIR "/bad/") + bad);
    return runCli({QStringLiteral("validate"), data.path()});
}

void expectReported(const CliRun& r, const QString& line)
{
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("  ") + line)) << r.err.toStdString();
}

TEST(ValidateCorpusTest, AnEventProblem)
{
    expectReported(
        validateWith(QStringLiteral("events/unknown-actor.geojson")),
        QStringLiteral(
            "events.geojson: feature 'bad-event', field 'actor': unknown actor id \"martians\""));
    expectReported(validateWith(QStringLiteral("events/date-2019-02-30.geojson")),
                   QStringLiteral("events.geojson: feature 'bad-event', field 'date': not a valid "
                                  "ISO date (YYYY, YYYY-MM or YYYY-MM-DD): \"2019-02-30\""));
}

TEST(ValidateCorpusTest, ABasemapLayerProblem)
{
    expectReported(validateWith(QStringLiteral("countries/self-intersecting.geojson")),
                   QStringLiteral("countries.geojson: feature '#0', field 'geometry': invalid "
                                  "polygon (self-intersecting or badly formed rings)"));
    expectReported(
        validateWith(QStringLiteral("rivers/one-point-line.geojson")),
        QStringLiteral(
            "rivers.geojson: feature '#0', field 'geometry': a line needs at least two points"));
}

TEST(ValidateCorpusTest, AWholeFileProblem)
{
    const CliRun r = validateWith(QStringLiteral("actors/bom.json"));
    expectReported(r, QStringLiteral("actors.json: starts with a UTF-8 byte-order mark"));
}

TEST(ValidateCorpusTest, NonLocalDataIsRefusedByEveryCommand)
{
    const QString remote = QStringLiteral("/vsicurl/https://example.org/maps");
    const QString refused =
        QStringLiteral("only local folders are read (no GDAL virtual file systems or URLs)");
    const CliRun validate = runCli({QStringLiteral("validate"), remote});
    EXPECT_EQ(validate.exitCode, 1);
    EXPECT_TRUE(validate.err.contains(refused)) << validate.err.toStdString();
    for (const QStringList& args : {QStringList{QStringLiteral("info")},
                                    QStringList{QStringLiteral("state"), QStringLiteral("--date"),
                                                QStringLiteral("2019-01-01")},
                                    QStringList{QStringLiteral("validate")}}) {
        const CliRun r = runCli(args + QStringList{QStringLiteral("--data"),
                                                   QStringLiteral("https://example.org/maps")});
        EXPECT_EQ(r.exitCode, 1) << args.front().toStdString();
        EXPECT_TRUE(r.err.contains(refused)) << r.err.toStdString();
    }
}

} // namespace
