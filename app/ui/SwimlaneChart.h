#pragma once

#include "SwimlaneLayout.h"
#include "model/Date.h"
#include "render/MapSettings.h"
#include "render/Style.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace frontier {

class Timeline;

/// \brief The frontier's history at a glance: under a "Crossings" header, for each crossing a band
/// per side coloured by its controller over 2012–2025 and a track of its status; under a
/// "Frontier sectors" header, each sector's two side bands. A cursor marks the current date.
/// Clicking a header collapses or expands its group; clicking a feature's rows selects it;
/// clicking or dragging on the bands asks for a date; hovering names the period under the pointer
/// (SwimlaneTip). SwimlaneLayout says where everything goes.
class SwimlaneChart : public QWidget {
    Q_OBJECT
public:
    using Group = SwimlaneLayout::Group;

    explicit SwimlaneChart(std::shared_ptr<const Timeline> timeline, Style style = {},
                           QWidget* parent = nullptr);

    void setTimeline(std::shared_ptr<const Timeline> timeline);
    void setStyle(const Style& style);
    void setDate(Date date);
    void setSelectedFeature(int feature);
    /// The language of the crossings', sectors' and actors' names: the map's labels'.
    void setLabels(LabelLanguage labels);
    Date date() const { return m_date; }
    const Timeline* timeline() const { return m_timeline.get(); }

    /// Horizontal position of a day's start, and the day at a position (clamped to the range).
    double xOf(std::int32_t julianDay) const;
    Date dateAt(double x) const;
    /// The band of one side (row 0 IQ, 1 SY) or the status track (row 2, crossings only) of a
    /// feature; empty while its group is collapsed.
    QRectF rowRect(int feature, int row) const;
    /// The feature whose rows are at height `y`, or -1.
    int featureAtY(double y) const;
    /// A group's header row, which collapses and expands it.
    QRectF groupRect(Group group) const;
    bool isCollapsed(Group group) const { return m_layout.isCollapsed(group); }
    void setCollapsed(Group group, bool collapsed);
    /// Pixels left and right of the time axis (the slider above lines up with them).
    static constexpr int timeAxisLeft() { return SwimlaneLayout::kLabelWidth; }
    static constexpr int timeAxisRight() { return SwimlaneLayout::kRight; }

    QSize sizeHint() const override;

signals:
    void dateRequested(frontier::Date date);
    /// A click on a feature's rows or its name selects it.
    void featureRequested(int feature);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// Lays out the headers and the rows of the expanded groups.
    void layoutLanes();
    void paintHeader(QPainter& painter, const SwimlaneLayout::Lane& lane) const;
    void paintLabels(QPainter& painter, int feature) const;
    void paintRow(QPainter& painter, int feature, int row) const;
    void paintAxis(QPainter& painter) const;

    std::shared_ptr<const Timeline> m_timeline;
    Style m_style;
    std::vector<QColor> m_actorColors;
    Date m_date;
    int m_selected = -1;
    LabelLanguage m_labels = LabelLanguage::English;
    SwimlaneLayout m_layout;
};

} // namespace frontier
