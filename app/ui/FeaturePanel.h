#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QScrollArea;

namespace frontier {

class AtlasModel;

/// \brief The selected crossing or sector. A crossing: both sides' names in English and Arabic,
/// its coordinates (decimal, DMS, MGRS) and its status; a sector: its names, its kilometres along
/// the line and each side's governorate. For both, the holders of each side at the model's date
/// with the events and sources behind them and, when disputed, which claims dispute them and
/// their sources; and the whole history. Clicking a history row asks the model for its date.
class FeaturePanel : public QWidget {
    Q_OBJECT
public:
    explicit FeaturePanel(AtlasModel& model, QWidget* parent = nullptr);

    int feature() const { return m_feature; }
    /// Selects the history row of an event (e.g. one found by search); -1 clears.
    void showEvent(int event);
    /// The event of the current history row, or -1.
    int currentEvent() const;

    QLabel* details() const { return m_details; }
    QListWidget* history() const { return m_history; }
    QScrollArea* detailsScroll() const { return m_scroll; }

private:
    void showFeature();
    void showDetails();
    QString headerHtml() const;
    QString stateHtml() const;
    void fillHistory();
    QString sideHtml(int side) const;
    void activate(QListWidgetItem* item);

    AtlasModel& m_model;
    int m_feature = -1;
    QLabel* m_details;
    QScrollArea* m_scroll;
    QListWidget* m_history;
};

} // namespace frontier
