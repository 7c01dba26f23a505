// A renderer made for an edited dataset takes over the previous renderer's projected basemap.
#include "RenderTest.h"
#include "edit/EditableDataset.h"
#include "io/DatasetReader.h"

using namespace frontier;

namespace {

using EditedRendererTest = test::RenderTest;

std::shared_ptr<const Timeline> withoutFirstEvent()
{
    LoadProblems problems;
    std::optional<EditableDataset> edits = EditableDataset::open(test::bundled(), problems);
    EXPECT_TRUE(edits.has_value());
    edits->put(RecordKind::Event, 0, std::nullopt);
    std::shared_ptr<const Dataset> edited = edits->build(problems);
    EXPECT_NE(edited, nullptr);
    return std::make_shared<const Timeline>(edited);
}

TEST_F(EditedRendererTest, AnEditOfTheEventsKeepsTheProjectedBasemapAndDrawsTheEdit)
{
    const std::shared_ptr<const Timeline> edited = withoutFirstEvent();
    ASSERT_EQ(edited->dataset().events().size() + 1, test::bundled()->events().size());
    ASSERT_TRUE(ProjectedLayers::sameBasemap(edited->dataset(), *test::bundled()));
    const MapSettings s = settings(Date::fromYmd(2019, 9, 30));
    auto previous = std::make_unique<MapRenderer>(test::bundledTimeline());
    const ProjectedFeature* rivers = previous->projected(s.crs).layer(BaseLayer::Rivers).data();

    MapRenderer next(edited, std::move(*previous));
    previous.reset();
    // The very features projected before, not projected again.
    EXPECT_EQ(next.projected(s.crs).layer(BaseLayer::Rivers).data(), rivers);
    EXPECT_EQ(&next.timeline(), edited.get());
    // It draws the edited dataset as a renderer made for it from nothing does.
    EXPECT_EQ(next.renderImage(s), MapRenderer(edited).renderImage(s));
}

TEST_F(EditedRendererTest, AnotherBasemapIsProjectedAnew)
{
    const std::shared_ptr<const Dataset> other =
        DatasetReader::read(test::testData(QStringLiteral("timeline/sectors"))).dataset;
    ASSERT_NE(other, nullptr);
    ASSERT_FALSE(ProjectedLayers::sameBasemap(*other, *test::bundled()));
    const auto timeline = std::make_shared<const Timeline>(other);
    MapSettings s = settings(Date::fromYmd(2016, 1, 1));
    MapRenderer previous(test::bundledTimeline());
    previous.projected(s.crs);

    MapRenderer next(timeline, std::move(previous));
    s.extent = next.homeExtent(s.crs);
    EXPECT_EQ(next.renderImage(s), MapRenderer(timeline).renderImage(s));
}

} // namespace
