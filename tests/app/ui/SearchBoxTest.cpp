// The search box driven by real key events over the bundled data.
#include "ui/SearchBox.h"
#include "UiTest.h"

#include <QAbstractItemView>
#include <QCompleter>

#include <optional>

using namespace frontier;

namespace {

class SearchBoxTest : public ::testing::Test {
protected:
    void SetUp() override
    {
        test::uiApp();
        box = std::make_unique<SearchBox>();
        box->setIndex([] { return SearchIndex(*test::bundled()); });
        QObject::connect(box.get(), &SearchBox::entryChosen,
                         [this](const SearchEntry& e) { chosen.push_back(e); });
        box->show();
        box->activateWindow();
        box->setFocus();
        ASSERT_TRUE(test::waitFor([this] { return box->hasFocus(); }));
    }

    int crossing(const char* id) const
    {
        return test::bundled()->featureIndex(QString::fromLatin1(id));
    }

    std::unique_ptr<SearchBox> box; // made after the QApplication
    std::vector<SearchEntry> chosen;
};

TEST_F(SearchBoxTest, EnterChoosesTheBestMatchOfWhatWasTyped)
{
    QTest::keyClicks(box.get(), QStringLiteral("Boukamal"));
    QTest::keyClick(box.get(), Qt::Key_Return);
    ASSERT_EQ(chosen.size(), 1u);
    EXPECT_EQ(chosen[0].kind, SearchEntry::Kind::Crossing);
    EXPECT_EQ(chosen[0].feature, crossing("qaim-albukamal"));
    EXPECT_TRUE(box->text().isEmpty());
}

TEST_F(SearchBoxTest, TheListShowsTheCrossingAboveItsEvents)
{
    QTest::keyClicks(box.get(), QStringLiteral("Waleed"));
    QAbstractItemView* popup = box->findChild<QCompleter*>()->popup();
    ASSERT_TRUE(test::waitFor([popup] { return popup->isVisible(); }));
    ASSERT_GE(popup->model()->rowCount(), 3);
    EXPECT_TRUE(popup->model()->index(0, 0).data().toString().startsWith(
        QStringLiteral("Crossing: al-Walid")));
    EXPECT_TRUE(popup->model()
                    ->index(popup->model()->rowCount() - 1, 0)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Event ")));
}

TEST_F(SearchBoxTest, EnterOnAPickedRowChoosesThatRowOnce)
{
    QTest::keyClicks(box.get(), QStringLiteral("Waleed"));
    QAbstractItemView* popup = box->findChild<QCompleter*>()->popup();
    ASSERT_TRUE(test::waitFor([popup] { return popup->isVisible(); }));
    const QString third = popup->model()->index(2, 0).data().toString();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(popup, Qt::Key_Down);
    QTest::keyClick(popup, Qt::Key_Return);
    ASSERT_EQ(chosen.size(), 1u);
    EXPECT_EQ(chosen[0].label, third);
    EXPECT_FALSE(popup->isVisible());
}

TEST_F(SearchBoxTest, ArabicTypedWithoutHamzaFindsTheCrossing)
{
    for (QChar ch : QStringLiteral("ابو كمال")) // typed as an Arabic keyboard sends it
        QTest::sendKeyEvent(QTest::Click, box.get(), Qt::Key_unknown, QString(ch), Qt::NoModifier);
    QTest::keyClick(box.get(), Qt::Key_Enter);
    ASSERT_EQ(chosen.size(), 1u);
    EXPECT_EQ(chosen[0].feature, crossing("qaim-albukamal"));
}

TEST_F(SearchBoxTest, EnterWithNothingFoundChoosesNothing)
{
    QTest::keyClicks(box.get(), QStringLiteral("zzzz"));
    QTest::keyClick(box.get(), Qt::Key_Return);
    EXPECT_TRUE(chosen.empty());
    EXPECT_EQ(box->text(), QStringLiteral("zzzz"));
}

} // namespace
