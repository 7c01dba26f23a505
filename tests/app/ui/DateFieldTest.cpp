#include "ui/DateField.h"
#include "UiTest.h"
#include "time/TimeController.h"
#include "ui/QtDate.h"
#include "ui/TimelinePanel.h"

#include <QAction>
#include <QApplication>
#include <QCalendarWidget>
#include <QClipboard>
#include <QFrame>
#include <QGuiApplication>
#include <QMenu>
#include <QTableView>

namespace frontier {
namespace {

using test::WindowTest;

class DateFieldTest : public WindowTest {
protected:
    DateField* field() { return window->timelinePanel()->dateEdit(); }
    Date date() { return window->model().date(); }
    // Click into the box and select everything, as a user about to type a date does.
    void selectAll()
    {
        QTest::mouseClick(field(), Qt::LeftButton, {}, QPoint(10, field()->height() / 2));
        QTest::keyClick(field(), Qt::Key_A, Qt::ControlModifier);
    }
    void type(const QString& text)
    {
        QTest::keyClicks(field(), text);
        QTest::keyClick(field(), Qt::Key_Return);
    }
};

// Defect: Ctrl+A, 2016-06-01, Enter showed 1 June 2014.
TEST_F(DateFieldTest, ADayTypedOverTheWholeBoxGoesToThatDay)
{
    selectAll();
    type(QStringLiteral("2016-06-01"));
    EXPECT_EQ(date(), Date::fromYmd(2016, 6, 1));
    EXPECT_EQ(field()->text(), QStringLiteral("2016-06-01"));
    EXPECT_TRUE(field()->error().isEmpty());
}

// Defect: double-clicking the year and typing it gave 6 June 2016.
TEST_F(DateFieldTest, TheYearTypedOverADoubleClickedYearKeepsMonthAndDay)
{
    QTest::mouseDClick(field(), Qt::LeftButton, {},
                       QPoint(field()->fontMetrics().horizontalAdvance(QStringLiteral("20")) + 4,
                              field()->height() / 2));
    ASSERT_EQ(field()->selectedText(), QStringLiteral("2019"));
    type(QStringLiteral("2016"));
    EXPECT_EQ(date(), Date::fromYmd(2016, 9, 30));
}

TEST_F(DateFieldTest, AYearOrAMonthGoesToItsFirstDay)
{
    selectAll();
    type(QStringLiteral("2016"));
    EXPECT_EQ(date(), Date::fromYmd(2016, 1, 1));
    selectAll();
    type(QStringLiteral("2017-06"));
    EXPECT_EQ(date(), Date::fromYmd(2017, 6, 1));
}

TEST_F(DateFieldTest, APastedDateGoesToThatDay)
{
    QGuiApplication::clipboard()->setText(QStringLiteral(" 2015-03-04 "));
    selectAll();
    QTest::keyClick(field(), Qt::Key_V, Qt::ControlModifier);
    QTest::keyClick(field(), Qt::Key_Return);
    EXPECT_EQ(date(), Date::fromYmd(2015, 3, 4));
}

TEST_F(DateFieldTest, AnythingElseIsRefusedVisiblyAndNeverHalfApplied)
{
    const Date before = date();
    for (const QString& bad : {QStringLiteral("2016-13-01"), QStringLiteral("2016-02-30"),
                               QStringLiteral("16-06-01"), QStringLiteral("June 2016"),
                               QStringLiteral("2030"), QStringLiteral("1999-12-31"), QString()}) {
        selectAll();
        type(bad);
        EXPECT_EQ(date(), before) << bad.toStdString();
        EXPECT_FALSE(field()->error().isEmpty()) << bad.toStdString();
        EXPECT_EQ(field()->toolTip(), field()->error());
        EXPECT_TRUE(field()->styleSheet().contains(QStringLiteral("border"))) << bad.toStdString();
    }
    // Escape gives up and shows the model's date again; the mark goes.
    QTest::keyClick(field(), Qt::Key_Escape);
    EXPECT_EQ(field()->text(), before.toString());
    EXPECT_TRUE(field()->error().isEmpty());
    EXPECT_TRUE(field()->styleSheet().isEmpty());
}

TEST_F(DateFieldTest, TypingIsNotOverwrittenWhileTheMapPlays)
{
    selectAll();
    QTest::keyClicks(field(), QStringLiteral("2013-0"));
    window->model().setDate(Date::fromYmd(2020, 1, 1)); // a play tick
    EXPECT_EQ(field()->text(), QStringLiteral("2013-0"));
    QTest::keyClicks(field(), QStringLiteral("2-02"));
    QTest::keyClick(field(), Qt::Key_Return);
    EXPECT_EQ(date(), Date::fromYmd(2013, 2, 2));
}

// Defect (found by the monkey under LeakSanitizer): digits typed into the calendar opened Qt's
// own little date editor over it, and closing the calendar while that editor was up leaked it.
// Dates are typed in the field; the calendar is for picking a day.
TEST_F(DateFieldTest, TheCalendarPicksADayAndOpensNoEditorOfItsOwn)
{
    const Date before = date();
    const auto openCalendar = [this] {
        field()->findChild<QAction*>(QStringLiteral("calendarAction"))->trigger();
        auto* popup = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        return popup ? popup->findChild<QCalendarWidget*>(QStringLiteral("calendar")) : nullptr;
    };
    QCalendarWidget* calendar = openCalendar();
    ASSERT_NE(calendar, nullptr);
    EXPECT_EQ(calendar->selectedDate(), toQDate(before));
    auto* days = calendar->findChild<QTableView*>();
    const auto frames = calendar->findChildren<QFrame*>().size();
    QTest::keyClicks(days, QStringLiteral("20"));
    EXPECT_EQ(calendar->findChildren<QFrame*>().size(), frames) << "an editor opened";
    QApplication::activePopupWidget()->close();
    QCoreApplication::processEvents();
    EXPECT_EQ(date(), before);

    calendar = openCalendar();
    ASSERT_NE(calendar, nullptr);
    QTest::keyClick(calendar->findChild<QTableView*>(), Qt::Key_Right);
    QTest::keyClick(calendar->findChild<QTableView*>(), Qt::Key_Return);
    EXPECT_EQ(date(), before.addDays(1));
    EXPECT_EQ(QApplication::activePopupWidget(), nullptr);
}

} // namespace
} // namespace frontier
