#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace frontier {

class AtlasModel;
class DateField;

/// \brief What changed between a date the analyst types and the model's date (ChangeList): one
/// row per change, with when it happened and the event behind it, its sources in the tooltip.
/// The typed date is the model's compare date, so the map marks the same changes. Clicking a
/// row selects its crossing or sector.
class ChangesPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChangesPanel(AtlasModel& model, QWidget* parent = nullptr);

    DateField* sinceEdit() const { return m_since; }
    QPushButton* clearButton() const { return m_clear; }
    QLabel* summary() const { return m_summary; }
    QListWidget* list() const { return m_list; }

private:
    void refresh();
    void activate(QListWidgetItem* item);

    AtlasModel& m_model;
    DateField* m_since;
    QPushButton* m_clear;
    QLabel* m_summary;
    QListWidget* m_list;
};

} // namespace frontier
