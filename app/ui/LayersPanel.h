#pragma once

#include "render/MapSettings.h"

#include <QWidget>

#include <map>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace frontier {

/// \brief Switches the map's layers, decorations and label language, and takes a CRS by EPSG
/// code. It shows the settings it is given and asks for changes; the window checks a CRS and
/// reports back with showCrsError().
class LayersPanel : public QWidget {
    Q_OBJECT
public:
    explicit LayersPanel(QWidget* parent = nullptr);

    /// Shows these settings (without asking for anything) and the CRS's name.
    void showSettings(const MapSettings& settings, const QString& crsName);
    /// Puts the analyst's layers (an OverlayPanel) at the top.
    void setOverlayPanel(QWidget* panel);
    /// Shows why a CRS was refused; an empty message hides it.
    void showCrsError(const QString& message);

    QCheckBox* layerBox(MapLayerId layer) const { return m_layers.at(layer); }
    QLineEdit* crsEdit() const { return m_crs; }
    QLabel* crsMessage() const { return m_crsMessage; }

signals:
    void layersChanged(unsigned layers);
    void decorationsChanged(unsigned decorations);
    void labelsChanged(frontier::LabelLanguage labels);
    void crsRequested(const QString& text);

private:
    unsigned checkedLayers() const;
    unsigned checkedDecorations() const;

    std::map<MapLayerId, QCheckBox*> m_layers;
    std::map<Decoration, QCheckBox*> m_decorations;
    QButtonGroup* m_labels;
    QLineEdit* m_crs;
    QLabel* m_crsName;
    QLabel* m_crsMessage;
};

} // namespace frontier
