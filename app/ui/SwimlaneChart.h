#pragma once

#include "model/Date.h"
#include "render/Style.h"

#include <QWidget>

#include <memory>
#include <vector>

namespace frontier {

class Timeline;
struct StateInterval;

/// \brief The crossings' history at a glance: for each crossing a band per side coloured by its
/// controller over 2012–2025 and a track of its status, with a cursor at the current date.
/// Clicking a crossing's rows selects it; clicking or dragging on the bands asks for a date;
/// hovering names the period under the pointer.
class SwimlaneChart : public QWidget {
    Q_OBJECT
public:
    explicit SwimlaneChart(std::shared_ptr<const Timeline> timeline, Style style = {},
                           QWidget* parent = nullptr);

    void setTimeline(std::shared_ptr<const Timeline> timeline);
    void setDate(Date date);
    void setSelectedCrossing(int crossing);
    Date date() const { return m_date; }
    const Timeline* timeline() const { return m_timeline.get(); }

    /// Horizontal position of a day's start, and the day at a position (clamped to the range).
    double xOf(std::int32_t julianDay) const;
    Date dateAt(double x) const;
    /// The band of one side (row 0 IQ, 1 SY) or the status track (row 2) of a crossing.
    QRectF rowRect(int crossing, int row) const;
    /// The crossing whose rows are at height `y`, or -1.
    int crossingAtY(double y) const;
    /// Pixels left and right of the time axis (the slider above lines up with them).
    static constexpr int timeAxisLeft() { return kLabelWidth; }
    static constexpr int timeAxisRight() { return kRight; }

    QSize sizeHint() const override;

signals:
    void dateRequested(frontier::Date date);
    /// A click on a crossing's rows or its name selects it.
    void crossingRequested(int crossing);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    bool event(QEvent* event) override;

private:
    static constexpr int kLabelWidth = 130;
    static constexpr int kRight = 8;
    static constexpr int kTop = 4;
    static constexpr int kBand = 12;
    static constexpr int kTrack = 7;
    static constexpr int kGap = 7;
    static constexpr int kAxis = 16;

    int crossingCount() const;
    int crossingHeight() const { return 2 * kBand + kTrack + 2 + kGap; }
    void paintRow(QPainter& painter, int crossing, int row) const;
    QString describe(QPointF pos) const;

    std::shared_ptr<const Timeline> m_timeline;
    Style m_style;
    std::vector<QColor> m_actorColors;
    Date m_date;
    int m_selected = -1;
};

} // namespace frontier
