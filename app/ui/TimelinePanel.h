#pragma once

#include <QWidget>

class QComboBox;
class QHBoxLayout;

namespace frontier {

class AtlasModel;
class DateField;
class EventTickSlider;
class SwimlaneChart;
class SwimlaneLegend;
struct Style;
class TimeActions;
class TimeController;
enum class LabelLanguage;

/// \brief The time dock: a day slider over 2012–2025 with the event days as ticks, the date box,
/// step/event/play buttons, the play speed, and the swimlane chart with its legend on the same
/// time scale as the slider. It observes the model; every input goes to the model or the
/// TimeController. The swimlane scrolls when the dock is short. Time runs left to right in every
/// language, as on a media player: in Arabic the panel reads right to left but for the step
/// buttons, the slider and the swimlane.
class TimelinePanel : public QWidget {
    Q_OBJECT
public:
    TimelinePanel(AtlasModel& model, TimeController& controller, const TimeActions& actions,
                  QWidget* parent = nullptr);

    EventTickSlider* slider() const { return m_slider; }
    SwimlaneChart* chart() const { return m_chart; }
    DateField* dateEdit() const { return m_dateEdit; }
    QComboBox* speedBox() const { return m_speed; }
    /// Draws the swimlane and its legend in `style`.
    void setStyle(const Style& style);
    /// Names the swimlane's crossings and sectors in the map's label language.
    void setLabels(LabelLanguage labels);

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showDataset();
    void showDate();
    void alignSlider();

    AtlasModel& m_model;
    TimeController& m_controller;
    EventTickSlider* m_slider;
    QHBoxLayout* m_sliderRow;
    QWidget* m_timeAxis; ///< the slider over the swimlane, left to right
    DateField* m_dateEdit;
    QComboBox* m_speed;
    SwimlaneChart* m_chart;
    SwimlaneLegend* m_legend;
};

} // namespace frontier
