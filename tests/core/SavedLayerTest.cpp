#include "overlay/SavedLayer.h"

#include <QDir>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace frontier {
namespace {

OverlayView viewOf(const QString& path, const QString& layerName)
{
    auto overlay = std::make_shared<Overlay>();
    overlay->path = path;
    overlay->layerName = layerName;
    OverlayStyle style;
    style.fill = QColor(0x12, 0x34, 0x56);
    style.categoryField = QStringLiteral("kind");
    style.visible = false;
    return {overlay, style};
}

TEST(SavedLayerTest, AFileIsKeptByItsAbsolutePathAndLayer)
{
    const OverlayView view = viewOf(QStringLiteral("data/towns.gpkg"), QStringLiteral("towns"));
    const SavedLayer saved = SavedLayer::of(view);
    EXPECT_EQ(saved.path, QDir::current().absoluteFilePath(QStringLiteral("data/towns.gpkg")));
    EXPECT_EQ(saved.spec(), saved.path + QStringLiteral(":towns"));
    EXPECT_EQ(saved.displayName(), QStringLiteral("towns.gpkg"));
    EXPECT_TRUE(saved.isLayerOf(*view.overlay));
    EXPECT_FALSE(saved.isLayerOf(
        *viewOf(QStringLiteral("data/towns.gpkg"), QStringLiteral("roads")).overlay));
    EXPECT_EQ(SavedLayer::of(viewOf(QStringLiteral("/a/dem.tif"), {})).spec(),
              QStringLiteral("/a/dem.tif"));
    EXPECT_EQ(SavedLayer::of(viewOf(QStringLiteral("/a/all.gpkg"), QStringLiteral("roads")))
                  .displayName(),
              QStringLiteral("all.gpkg:roads"));
}

TEST(SavedLayerTest, AConnectionIsKeptAsGivenWithoutAnyPassword)
{
    const QString pg = QStringLiteral("PG:service=team tables=incidents");
    const SavedLayer saved = SavedLayer::of(viewOf(pg, QStringLiteral("incidents")));
    EXPECT_EQ(saved.path, pg);
    EXPECT_EQ(saved.spec(), pg);
    const SavedLayer secret = SavedLayer::of(viewOf(
        QStringLiteral("postgresql://analyst:hunter2@db/atlas?tables=t"), QStringLiteral("t")));
    EXPECT_FALSE(secret.path.contains(QStringLiteral("hunter2"))) << secret.path.toStdString();
}

TEST(SavedLayerTest, RoundTripsThroughJsonAndLeavesOutWhatDoesNotReadBack)
{
    const std::vector<SavedLayer> layers{
        SavedLayer::of(viewOf(QStringLiteral("/a/towns.gpkg"), QStringLiteral("towns"))),
        SavedLayer::of(viewOf(QStringLiteral("PG:service=team tables=t"), QStringLiteral("t")))};
    QStringList problems;
    EXPECT_EQ(SavedLayer::fromJson(SavedLayer::toJson(layers), problems), layers);
    EXPECT_TRUE(problems.isEmpty());

    QJsonArray bad = SavedLayer::toJson(layers);
    QJsonObject badStyle = bad[0].toObject();
    badStyle[QStringLiteral("style")] = QJsonObject{{QStringLiteral("fill"), QStringLiteral("x")}};
    bad[0] = badStyle;
    bad.append(QJsonObject{{QStringLiteral("layer"), QStringLiteral("nowhere")}});
    const auto read = SavedLayer::fromJson(bad, problems);
    ASSERT_EQ(read.size(), 1u);
    EXPECT_EQ(read[0], layers[1]);
    ASSERT_EQ(problems.size(), 2);
    EXPECT_TRUE(problems[0].contains(QStringLiteral("towns.gpkg"))) << problems[0].toStdString();
    EXPECT_TRUE(problems[0].contains(QStringLiteral("\"fill\""))) << problems[0].toStdString();
}

} // namespace
} // namespace frontier
