#pragma once

#include "model/Date.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;

namespace frontier {

class EventTickSlider;
class SwimlaneChart;
class SwimlaneLegend;
class TimeActions;
class TimeController;
class Timeline;

/// \brief The time dock: a day slider over 2012–2025 with the event days as ticks, the date
/// (editable), step/event/play buttons, the play speed, and the swimlane chart with its legend.
/// Every input goes to the TimeController; everything shown follows its dateChanged.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(std::shared_ptr<const Timeline> timeline, TimeController& controller, const TimeActions& actions,
                  QWidget* parent = nullptr);

    void setTimeline(std::shared_ptr<const Timeline> timeline);
    void setSelectedCrossing(int crossing);

    EventTickSlider* slider() const { return m_slider; }
    SwimlaneChart* chart() const { return m_chart; }
    QDateEdit* dateEdit() const { return m_dateEdit; }
    QComboBox* speedBox() const { return m_speed; }

private:
    void showDate(Date date);

    TimeController& m_controller;
    EventTickSlider* m_slider;
    QDateEdit* m_dateEdit;
    QComboBox* m_speed;
    SwimlaneChart* m_chart;
    SwimlaneLegend* m_legend;
};

} // namespace frontier
