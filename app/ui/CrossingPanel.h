#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollArea;

namespace frontier {

class AtlasModel;

/// \brief The selected crossing: both sides' names in English and Arabic, its coordinates
/// (decimal, DMS, MGRS), the status and holders at the model's date with the events and sources
/// behind them and, when disputed, which claims dispute it and their sources; and its whole
/// history. Clicking a history row asks the model for its date.
class CrossingPanel : public QWidget {
    Q_OBJECT
public:
    explicit CrossingPanel(AtlasModel& model, QWidget* parent = nullptr);

    int crossing() const { return m_crossing; }
    /// Selects the history row of an event (e.g. one found by search); -1 clears.
    void showEvent(int event);

    QLabel* details() const { return m_details; }
    QListWidget* history() const { return m_history; }
    QScrollArea* detailsScroll() const { return m_scroll; }

private:
    void showCrossing();
    void showDetails();
    void fillHistory();
    QString sideHtml(int side) const;
    void activate(QListWidgetItem* item);

    AtlasModel& m_model;
    int m_crossing = -1;
    QLabel* m_details;
    QScrollArea* m_scroll;
    QListWidget* m_history;
};

} // namespace frontier
