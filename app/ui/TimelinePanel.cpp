#include "TimelinePanel.h"

#include "DateField.h"
#include "EventTickSlider.h"
#include "SwimlaneChart.h"
#include "SwimlaneLegend.h"
#include "TimeActions.h"
#include "time/TimeController.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyleOptionSlider>
#include <QToolButton>
#include <QVBoxLayout>

namespace frontier {
namespace {

int offsetOf(Date date)
{
    return date.julianDay() - AtlasModel::minimumDate().julianDay();
}

QToolButton* button(QAction* action, QWidget* parent)
{
    auto* b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setFocusPolicy(Qt::NoFocus);
    b->setObjectName(action->objectName() + QStringLiteral("Button"));
    return b;
}

} // namespace

TimelinePanel::TimelinePanel(AtlasModel& model, TimeController& controller,
                             const TimeActions& actions, QWidget* parent)
    : QWidget(parent), m_model(model), m_controller(controller),
      m_slider(new EventTickSlider(this)), m_sliderRow(new QHBoxLayout),
      m_timeAxis(new QWidget(this)),
      m_dateEdit(new DateField(AtlasModel::minimumDate(), AtlasModel::maximumDate(), this)),
      m_speed(new QComboBox(this)), m_chart(new SwimlaneChart(model.sharedTimeline(), {}, this)),
      m_legend(new SwimlaneLegend(model.sharedTimeline(), {}, this))
{
    m_slider->setObjectName(QStringLiteral("timeSlider"));
    m_slider->setRange(0, offsetOf(AtlasModel::maximumDate()));
    m_slider->setPageStep(30);
    m_slider->setFocusPolicy(Qt::NoFocus); // Left/Right are the window's day steps
    m_slider->setToolTip(tr("Drag to move through time; the ticks are the days something changes"));
    m_dateEdit->setObjectName(QStringLiteral("dateEdit"));
    m_speed->setObjectName(QStringLiteral("speedBox"));
    m_speed->setToolTip(
        tr("How far each play step (%1 ms) moves the date").arg(TimeController::kTickMs));
    m_speed->setAccessibleName(tr("Play speed"));
    m_speed->setFocusPolicy(Qt::NoFocus);
    for (const auto& [text, days] : {std::pair{QT_TR_NOOP("1 day / step"), 1},
                                     {QT_TR_NOOP("1 week / step"), 7},
                                     {QT_TR_NOOP("1 month / step"), 30},
                                     {QT_TR_NOOP("1 quarter / step"), 91},
                                     {QT_TR_NOOP("1 year / step"), 365}})
        m_speed->addItem(tr(text), days);
    m_speed->setCurrentIndex(m_speed->findData(controller.speed()));

    auto* steps = new QWidget(this);
    auto* stepRow = new QHBoxLayout(steps);
    stepRow->setContentsMargins(0, 0, 0, 0);
    for (QAction* a : {actions.start, actions.previousEvent, actions.previousYear,
                       actions.previousMonth, actions.previousDay, actions.play, actions.nextDay,
                       actions.nextMonth, actions.nextYear, actions.nextEvent, actions.end})
        stepRow->addWidget(button(a, this));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(steps);
    buttons->addSpacing(12);
    buttons->addWidget(m_dateEdit);
    buttons->addStretch(1);
    buttons->addWidget(new QLabel(tr("Speed"), this));
    buttons->addWidget(m_speed);

    // The chart scrolls inside the dock rather than making the window taller than the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("swimlaneScroll"));
    scroll->setWidget(m_chart);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Swimlane"));
    scroll->setAccessibleDescription(
        tr("Who held each side of each crossing and sector, and each crossing's "
           "status, from 2012 to 2025; click a row to select it"));
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumHeight(60);
    // Its size hint (every row) must not make the panel as tall: the dock's scroll area sizes the
    // panel by its height for width, so the chart takes the room left, and scrolls.
    scroll->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Ignored);

    auto* axis = new QVBoxLayout(m_timeAxis);
    axis->setContentsMargins(0, 0, 0, 0);
    axis->setSpacing(2);
    m_sliderRow->addWidget(m_slider);
    axis->addLayout(m_sliderRow);
    axis->addWidget(scroll, 1);
    // The days run left to right, as the swimlane draws them, and the step buttons with them.
    m_timeAxis->setLayoutDirection(Qt::LeftToRight);
    steps->setLayoutDirection(Qt::LeftToRight);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->setSpacing(2);
    layout->addLayout(buttons);
    layout->addWidget(m_timeAxis, 1);
    layout->addWidget(m_legend);

    m_chart->installEventFilter(this); // it moves and resizes with the scroll area
    showDataset();
    connect(m_slider, &QSlider::valueChanged, &model,
            [&model](int v) { model.setDate(AtlasModel::minimumDate().addDays(v)); });
    connect(m_dateEdit, &DateField::dateEntered, &model, &AtlasModel::setDate);
    connect(m_speed, &QComboBox::currentIndexChanged, &controller,
            [this](int i) { m_controller.setSpeed(m_speed->itemData(i).toInt()); });
    connect(&controller, &TimeController::speedChanged, this, [this](int days) {
        const QSignalBlocker block(m_speed);
        if (const int i = m_speed->findData(days); i >= 0)
            m_speed->setCurrentIndex(i);
    });
    connect(m_chart, &SwimlaneChart::dateRequested, &model, &AtlasModel::setDate);
    connect(m_chart, &SwimlaneChart::featureRequested, &model, &AtlasModel::setSelectedFeature);
    connect(&model, &AtlasModel::dateChanged, this, &TimelinePanel::showDate);
    connect(&model, &AtlasModel::selectionChanged, m_chart, &SwimlaneChart::setSelectedFeature);
    // A feature picked on the map or found by search comes into view in the swimlane.
    connect(&model, &AtlasModel::selectionChanged, scroll, [this, scroll](int feature) {
        const QRectF row = m_chart->rowRect(feature, 0).united(m_chart->rowRect(feature, 1));
        if (!row.isEmpty())
            scroll->ensureVisible(0, static_cast<int>(row.center().y()), 0,
                                  static_cast<int>(row.height()));
    });
    connect(&model, &AtlasModel::datasetChanged, this, &TimelinePanel::showDataset);
    showDate();
}

void TimelinePanel::setStyle(const Style& style)
{
    m_chart->setStyle(style);
    m_legend->setStyle(style, m_model.sharedTimeline());
}

void TimelinePanel::setLabels(LabelLanguage labels)
{
    m_chart->setLabels(labels);
    m_legend->setLabels(labels);
}

void TimelinePanel::showDataset()
{
    std::vector<int> marks;
    for (std::int32_t jd : m_model.timeline().changeDays())
        marks.push_back(jd - AtlasModel::minimumDate().julianDay());
    m_slider->setMarks(std::move(marks));
    m_chart->setTimeline(m_model.sharedTimeline());
    m_chart->setSelectedFeature(m_model.selectedFeature());
    m_legend->setTimeline(m_model.sharedTimeline());
}

void TimelinePanel::showDate()
{
    const Date date = m_model.date();
    const QSignalBlocker sliderBlock(m_slider);
    m_slider->setValue(offsetOf(date));
    m_dateEdit->showDate(date);
    m_chart->setDate(date);
}

void TimelinePanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    alignSlider();
}

bool TimelinePanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_chart && (event->type() == QEvent::Resize || event->type() == QEvent::Move))
        alignSlider();
    return QWidget::eventFilter(watched, event);
}

// One time scale for the slider and the swimlane: the handle's centre at a day is where the
// swimlane draws that day.
void TimelinePanel::alignSlider()
{
    QStyleOptionSlider option;
    option.initFrom(m_slider);
    option.orientation = Qt::Horizontal;
    const int handle = m_slider->style()->pixelMetric(QStyle::PM_SliderLength, &option, m_slider);
    const int left =
        m_chart->mapTo(m_timeAxis, QPoint(SwimlaneChart::timeAxisLeft(), 0)).x() - handle / 2;
    const int chartRight =
        m_timeAxis->width() - m_chart->mapTo(m_timeAxis, QPoint(m_chart->width(), 0)).x();
    const int right = chartRight + SwimlaneChart::timeAxisRight() - handle / 2;
    const QMargins wanted(std::max(0, left), 0, std::max(0, right), 0);
    if (m_sliderRow->contentsMargins() != wanted)
        m_sliderRow->setContentsMargins(wanted);
}

} // namespace frontier
