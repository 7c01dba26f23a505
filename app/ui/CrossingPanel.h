#pragma once

#include "model/Date.h"

#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QListWidgetItem;

namespace frontier {

class Timeline;

/// \brief The selected crossing: both sides' names in English and Arabic, its coordinates
/// (decimal, DMS, MGRS), the status and controllers at the current date with the events and
/// sources behind them, and its whole history. Clicking a history row asks for its date.
class CrossingPanel : public QWidget {
    Q_OBJECT
public:
    explicit CrossingPanel(std::shared_ptr<const Timeline> timeline, QWidget* parent = nullptr);

    void setTimeline(std::shared_ptr<const Timeline> timeline);
    void setCrossing(int crossing);
    void setDate(Date date);
    int crossing() const { return m_crossing; }

    QLabel* details() const { return m_details; }
    QListWidget* history() const { return m_history; }

signals:
    void dateRequested(frontier::Date date);

private:
    void showDetails();
    void fillHistory();
    QString sideHtml(int side) const;
    void activate(QListWidgetItem* item);

    std::shared_ptr<const Timeline> m_timeline;
    int m_crossing = -1;
    Date m_date;
    QLabel* m_details;
    QListWidget* m_history;
};

} // namespace frontier
