#include "TimelinePanel.h"

#include "EventTickSlider.h"
#include "QtDate.h"
#include "SwimlaneChart.h"
#include "SwimlaneLegend.h"
#include "TimeActions.h"
#include "time/TimeController.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontier {
namespace {

int offsetOf(Date date) { return date.julianDay() - TimeController::minimum().julianDay(); }

QToolButton* button(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setFocusPolicy(Qt::NoFocus);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    return b;
}

} // namespace

TimelinePanel::TimelinePanel(std::shared_ptr<const Timeline> timeline, TimeController& controller, const TimeActions& actions,
                             QWidget* parent)
    : QWidget(parent), m_controller(controller), m_slider(new EventTickSlider(this)), m_dateEdit(new QDateEdit(this)),
      m_speed(new QComboBox(this)), m_chart(new SwimlaneChart(timeline, {}, this)), m_legend(new SwimlaneLegend(timeline, {}, this))
{
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setRange(0, offsetOf(TimeController::maximum()));
    m_slider->setPageStep(30);
    m_slider->setFocusPolicy(Qt::NoFocus); // Left/Right are the window's day steps
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_dateEdit->setDateRange(toQDate(TimeController::minimum()), toQDate(TimeController::maximum()));
    m_dateEdit->setCalendarPopup(true);
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setToolTip(QStringLiteral("How far each play step (%1 ms) moves the date").arg(TimeController::kTickMs));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (const auto& [text, days] : {std::pair{"1 day / step", 1}, {"1 week / step", 7}, {"1 month / step", 30}, {"1 quarter / step", 91}, {"1 year / step", 365}})
        m_speed->addItem(QString::fromLatin1(text), days);
    m_speed->setCurrentIndex(m_speed->findData(controller.speed()));

    auto* buttons = new QHBoxLayout;
    for (QAction* a : {actions.start, actions.previousEvent, actions.previousYear, actions.previousMonth, actions.previousDay, actions.play,
                       actions.nextDay, actions.nextMonth, actions.nextYear, actions.nextEvent, actions.end})
        buttons->addWidget(button(a, this));
    buttons->addSpacing(12);
    buttons->addWidget(m_dateEdit);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(QStringLiteral("Speed"), this));
    buttons->addWidget(m_speed);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_slider);
    layout->addWidget(m_chart);
    layout->addWidget(m_legend);

    setTimeline(std::move(timeline));
    connect(m_slider, &QSlider::valueChanged, &controller, [&controller](int v) { controller.setDate(TimeController::minimum().addDays(v)); });
    connect(m_dateEdit, &QDateEdit::dateChanged, &controller, [&controller](QDate d) { controller.setDate(fromQDate(d)); });
    connect(m_speed, &QComboBox::currentIndexChanged, &controller, [this](int i) { m_controller.setSpeed(m_speed->itemData(i).toInt()); });
    connect(m_chart, &SwimlaneChart::dateRequested, &controller, &TimeController::setDate);
    connect(&controller, &TimeController::dateChanged, this, &TimelinePanel::showDate);
    showDate(controller.date());
    setMinimumHeight(sizeHint().height()); // the swimlane's rows and year axis must not be squeezed
}

void TimelinePanel::setTimeline(std::shared_ptr<const Timeline> timeline)
{
    std::vector<int> marks;
    for (std::int32_t jd : timeline->changeDays()) marks.push_back(jd - TimeController::minimum().julianDay());
    m_slider->setMarks(std::move(marks));
    m_chart->setTimeline(timeline);
    m_legend->setTimeline(std::move(timeline));
}

void TimelinePanel::setSelectedCrossing(int crossing) { m_chart->setSelectedCrossing(crossing); }

void TimelinePanel::showDate(Date date)
{
    const QSignalBlocker sliderBlock(m_slider);
    const QSignalBlocker editBlock(m_dateEdit);
    m_slider->setValue(offsetOf(date));
    m_dateEdit->setDate(toQDate(date));
    m_chart->setDate(date);
}

} // namespace frontier
