#include "PostgresServer.h"
#include "RunCli.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gdal_priv.h>
#include <gdal_utils.h>
#include <gtest/gtest.h>

namespace frontier {
namespace {

using test::CliRun;

constexpr char kPassword[] = "Kq7-unguessable-pw";

// A red 2° × 1° zone around 41 E, 34.5 N, one incident a day through 2019 there, and one a day
// moving east along 34.5 N from 38.2 E (a track).
constexpr char kTables[] = R"(
CREATE TABLE zone (id serial PRIMARY KEY, name text, geom geometry(Polygon, 4326));
INSERT INTO zone (name, geom)
  VALUES ('zone', ST_GeomFromText('POLYGON((40 34,42 34,42 35,40 35,40 34))', 4326));
CREATE TABLE incidents (id serial PRIMARY KEY, event_date date, geom geometry(Point, 4326));
INSERT INTO incidents (event_date, geom)
  SELECT d::date, ST_SetSRID(ST_MakePoint(41, 34.5), 4326)
  FROM generate_series(date '2019-01-01', date '2019-12-31', interval '1 day') AS d;
CREATE TABLE track (id serial PRIMARY KEY, event_date date, geom geometry(Point, 4326));
INSERT INTO track (event_date, geom)
  SELECT d::date, ST_SetSRID(ST_MakePoint(38.2 + (d::date - date '2019-01-01') * 0.015, 34.5), 4326)
  FROM generate_series(date '2019-01-01', date '2019-12-31', interval '1 day') AS d;
)";

class PostgisCommandTest : public test::PostgresSuite<> {
protected:
    static void SetUpTestSuite()
    {
        PostgresSuite::SetUpTestSuite();
        s_dir = std::make_unique<QTemporaryDir>();
        if (server().ok() && server().sql(QString::fromLatin1(kTables)))
            s_files = server().addRole(s_dir->path(), QStringLiteral("atlas"),
                                       QStringLiteral("analyst"), QLatin1String(kPassword));
        QFile style(s_dir->filePath(QStringLiteral("style.json")));
        style.open(QIODevice::WriteOnly);
        style.write(R"({"background":"#ffffff","layers":{"zone":{"fill":"#c80000",)"
                    R"("strokeWidth":0},"incidents":{"time":"on-day"},)"
                    R"("track":{"time":"last","timeCount":2,"timeUnit":"weeks"}}})");
    }
    static void TearDownTestSuite()
    {
        s_dir.reset();
        PostgresSuite::TearDownTestSuite();
    }

    // The program, its credentials only in libpq's service and password files.
    static CliRun run(QStringList args, bool withPassFile = true)
    {
        QProcessEnvironment env = test::commandEnvironment();
        env.insert(QStringLiteral("FRONTIER_ATLAS_DATA"), QStringLiteral(FRONTIER_MAPS_DIR));
        env.insert(QStringLiteral("PGSERVICEFILE"), s_files.serviceFile);
        env.insert(QStringLiteral("PGPASSFILE"),
                   withPassFile ? s_files.passFile : s_dir->filePath(QStringLiteral("none")));
        return test::runProgram(QStringLiteral(FRONTIER_BINARY), args, env);
    }
    // An export of the layers alone, in the style file, with 6° over 400 px.
    static QStringList exportOf(const QString& layer, const QString& png)
    {
        return {QStringLiteral("export"),
                QStringLiteral("--date=2019-09-30"),
                QStringLiteral("--output"),
                png,
                QStringLiteral("--size=400x200"),
                QStringLiteral("--crs=EPSG:4326"),
                QStringLiteral("--map-extent=38,33,44,36"),
                QStringLiteral("--basemap=none"),
                QStringLiteral("--no-decorations"),
                QStringLiteral("--layer-style"),
                s_dir->filePath(QStringLiteral("style.json")),
                QStringLiteral("--layer"),
                layer};
    }
    static QString png(const QString& name) { return s_dir->filePath(name); }

    static inline std::unique_ptr<QTemporaryDir> s_dir;
    static inline test::PostgresServer::ClientFiles s_files;
};

TEST_F(PostgisCommandTest, AServiceAndAPasswordFileDrawTheLayerAndThePasswordGoesNowhere)
{
    const QString out = png(QStringLiteral("service.png"));
    const CliRun r = run(exportOf(QStringLiteral("PG:service=atlas tables=zone"), out));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QImage image(out);
    EXPECT_EQ(image.pixelColor(200, 100), QColor(0xc8, 0, 0));
    EXPECT_EQ(image.pixelColor(100, 100), QColor(Qt::white));

    const QByteArray password(kPassword);
    EXPECT_FALSE(r.out.contains(QLatin1String(kPassword)));
    EXPECT_FALSE(r.err.contains(QLatin1String(kPassword)));
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_FALSE(file.readAll().contains(password));
    ASSERT_FALSE(image.textKeys().isEmpty());
    for (const QString& key : image.textKeys())
        EXPECT_FALSE(image.text(key).contains(QLatin1String(kPassword))) << key.toStdString();

    // The role needs its password: without the password file the server refuses it.
    const CliRun refused = run(exportOf(QStringLiteral("PG:service=atlas tables=zone"),
                                        png(QStringLiteral("refused.png"))),
                               false);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(
        refused.err.contains(QStringLiteral("PG:service=atlas tables=zone: cannot connect")))
        << refused.err.toStdString();
}

TEST_F(PostgisCommandTest, APasswordInTheConnectionIsRefusedWithoutBeingRepeated)
{
    const CliRun r =
        run(exportOf(QStringLiteral("postgresql://analyst:%1@/atlas?host=%2&tables=zone")
                         .arg(QLatin1String(kPassword), server().socketDir()),
                     png(QStringLiteral("password.png"))));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("password"))) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(QLatin1String(kPassword))) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(png(QStringLiteral("password.png"))));
}

TEST_F(PostgisCommandTest, AnExportOfOneDateAsksTheServerForThatDayOnly)
{
    const CliRun r =
        run(exportOf(QStringLiteral("postgresql://analyst@/atlas?host=%1&tables=incidents")
                         .arg(server().socketDir()),
                     png(QStringLiteral("day.png"))));
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // The query the rows come from: the view's box, and the day.
    static const QRegularExpression query(
        QStringLiteral(R"(SELECT [^\n]* FROM "incidents" WHERE [^\n]* AND \("event_date" < )"
                       R"('2019-10-01' AND "event_date" >= '2019-09-30'\))"));
    EXPECT_TRUE(query.match(server().log()).hasMatch()) << server().log().right(3000).toStdString();
}

TEST_F(PostgisCommandTest, FramesDrawTheDatabaseLayerOnEveryFrame)
{
    const QString dir = s_dir->filePath(QStringLiteral("frames"));
    QStringList args = exportOf(QStringLiteral("PG:service=atlas tables=zone"), {});
    args.replace(0, QStringLiteral("export-frames"));
    args.replace(1, QStringLiteral("--from=2019-01-01"));
    args.replace(2, QStringLiteral("--to=2019-03-01"));
    args.replace(3, QStringLiteral("--output-dir=") + dir);
    const CliRun r = run(args);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList frames = QDir(dir).entryList({QStringLiteral("*.png")});
    ASSERT_EQ(frames.size(), 3);
    EXPECT_EQ(QImage(dir + u'/' + frames.last()).pixelColor(200, 100), QColor(0xc8, 0, 0));
}

TEST_F(PostgisCommandTest, FramesAndComparisonsAskTheServerForTheirDaysOnly)
{
    const QString incidents = QStringLiteral("PG:service=atlas tables=incidents");
    QStringList frames = exportOf(incidents, {});
    frames.replace(0, QStringLiteral("export-frames"));
    frames.replace(1, QStringLiteral("--from=2019-02-01"));
    frames.replace(2, QStringLiteral("--to=2019-03-01"));
    frames.replace(3, QStringLiteral("--output-dir=") + s_dir->filePath(QStringLiteral("days")));
    ASSERT_EQ(run(frames).exitCode, 0);
    QStringList compare = exportOf(incidents, png(QStringLiteral("compare.png")));
    compare << QStringLiteral("--compare") << QStringLiteral("2019-05-20");
    const CliRun r = run(compare);
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // "on-day" (style.json): from the first day to the last of each.
    for (const char* days : {R"(\("event_date" < '2019-03-02' AND "event_date" >= '2019-02-01'\))",
                             R"(\("event_date" < '2019-10-01' AND "event_date" >= '2019-05-20'\))"})
        EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(FROM "incidents" WHERE [^\n]* AND )") +
                                       QLatin1String(days))
                        .match(server().log())
                        .hasMatch())
            << days;
}

TEST_F(PostgisCommandTest, FramesAskForTheirDaysOnlyAndDrawWhatTheWholeTableDraws)
{
    // The same rows in a GeoPackage, which is read whole.
    const QString whole = s_dir->filePath(QStringLiteral("track.gpkg"));
    {
        GDALAllRegister();
        const QByteArray source =
            (server().connection() + QStringLiteral(" tables=track")).toUtf8();
        GDALDatasetUniquePtr table(GDALDataset::Open(source.constData(), GDAL_OF_VECTOR));
        ASSERT_TRUE(table) << CPLGetLastErrorMsg();
        GDALDatasetH handle = GDALDataset::ToHandle(table.get());
        ASSERT_TRUE(GDALDatasetUniquePtr(GDALDataset::FromHandle(GDALVectorTranslate(
            whole.toUtf8().constData(), nullptr, 1, &handle, nullptr, nullptr))));
    }
    // Monthly from 1 March to 1 June (not to 20 June), each showing its last two weeks.
    const auto frames = [&](const QString& layer, const QString& folder) {
        QStringList args = exportOf(layer, {});
        args.replace(0, QStringLiteral("export-frames"));
        args.replace(1, QStringLiteral("--from=2019-03-01"));
        args.replace(2, QStringLiteral("--to=2019-06-20"));
        args.replace(3, QStringLiteral("--output-dir=") + s_dir->filePath(folder));
        const CliRun r = run(args);
        EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
        QDir dir(s_dir->filePath(folder));
        std::vector<QImage> images;
        for (const QString& name : dir.entryList({QStringLiteral("*.png")}, QDir::Files))
            images.emplace_back(dir.filePath(name));
        return images;
    };
    const std::vector<QImage> fromServer =
        frames(QStringLiteral("PG:service=atlas tables=track"), QStringLiteral("server"));
    const std::vector<QImage> fromFile = frames(whole, QStringLiteral("file"));
    ASSERT_EQ(fromServer.size(), 4u);
    ASSERT_EQ(fromFile.size(), 4u);
    for (std::size_t i = 0; i < fromServer.size(); ++i) {
        EXPECT_EQ(fromServer[i].convertToFormat(QImage::Format_ARGB32),
                  fromFile[i].convertToFormat(QImage::Format_ARGB32))
            << "frame " << i;
        if (i > 0) { // the track moves on: a frame is not the one before
            EXPECT_NE(fromServer[i], fromServer[i - 1]) << "frame " << i;
        }
    }
    // The server sent the rows from two weeks before the first frame to the last frame.
    EXPECT_TRUE(QRegularExpression(QStringLiteral(R"(FROM "track" WHERE [^\n]* AND )"
                                                  R"(\("event_date" < '2019-06-02' AND )"
                                                  R"("event_date" >= '2019-02-16'\))"))
                    .match(server().log())
                    .hasMatch())
        << server().log().right(3000).toStdString();
}

TEST_F(PostgisCommandTest, AnUnreachableServerExitsOneNamingTheConnection)
{
    ASSERT_TRUE(server().stop()) << server().log().toStdString();
    const QString out = png(QStringLiteral("down.png"));
    const CliRun r = run(exportOf(QStringLiteral("PG:service=atlas tables=zone"), out));
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(r.err.contains(QStringLiteral("PG:service=atlas tables=zone: cannot connect: ")))
        << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(server().socketDir())) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(out));
    ASSERT_TRUE(server().start()) << server().log().toStdString();
}

} // namespace
} // namespace frontier
