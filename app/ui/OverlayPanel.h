#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;
class QSpinBox;

namespace frontier {

class AtlasModel;

/// \brief The analyst's layers in the Layers dock, the top one first: visibility (the check
/// box), order, opacity, the time filter of a dated layer, a DEM's hillshade, remove, zoom to
/// layer, reload (a database's table, or a file, read again) and its style (the Style… button
/// or a double-click, handled by StyleController). Layers are added from File →
/// Add layer… or by dropping files on the map. It shows the model's overlays and asks the model
/// for changes.
class OverlayPanel : public QWidget {
    Q_OBJECT
public:
    explicit OverlayPanel(AtlasModel& model, QWidget* parent = nullptr);

    QListWidget* list() const { return m_list; }
    QSlider* opacity() const { return m_opacity; }
    QComboBox* timeMode() const { return m_mode; }
    QPushButton* reloadButton() const { return m_reload; }
    QPushButton* styleButton() const { return m_style; }
    QCheckBox* hillshade() const { return m_hillshade; }
    /// The model's index of the selected row, or -1.
    int selectedOverlay() const;

signals:
    void zoomRequested(int overlay);
    void reloadRequested(int overlay);
    void styleRequested(int overlay);

private:
    void showOverlays();
    void showSelected();
    /// Applies the selected layer's opacity and time filter from the controls.
    void applyControls();
    int modelIndex(int row) const;

    AtlasModel& m_model;
    QListWidget* m_list;
    QLabel* m_note;
    QSlider* m_opacity;
    QComboBox* m_mode;
    QSpinBox* m_count;
    QComboBox* m_unit;
    QCheckBox* m_hillshade;
    QPushButton* m_up;
    QPushButton* m_down;
    QPushButton* m_remove;
    QPushButton* m_zoom;
    QPushButton* m_reload;
    QPushButton* m_style;
};

} // namespace frontier
