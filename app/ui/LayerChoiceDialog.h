#pragma once

#include "io/LayerChoice.h"

#include <QDialog>
#include <QStringList>

#include <vector>

class QListWidget;
class QPushButton;

namespace frontier {

/// \brief Asks which layers of a file that holds several to add (as QGIS's "Select items to
/// add"): each vector layer and raster table with a check box, none checked at first, and Add
/// only once one is.
class LayerChoiceDialog : public QDialog {
    Q_OBJECT
public:
    LayerChoiceDialog(const QString& file, const std::vector<ChoosableLayer>& layers,
                      QWidget* parent = nullptr);
    /// The names of the layers checked, in the file's order.
    QStringList chosen() const;
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }
    QPushButton* allButton() const { return m_all; }

private:
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_all;
};

} // namespace frontier
