#pragma once

#include "overlay/OverlayStyle.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QListWidget;
class QSpinBox;

namespace frontier {

class AtlasModel;
class ColorButton;

/// \brief Edits one of the analyst's layers' style: fill and stroke colours, stroke width, point
/// symbol and size, opacity, categories from a field (with their colours), size from a numeric
/// field, labels from a field and their size. Apply and OK give the style to the model, so the
/// map and its legend follow; Cancel puts back the style the layer had when the dialog opened.
class StyleDialog : public QDialog {
    Q_OBJECT
public:
    StyleDialog(AtlasModel& model, std::shared_ptr<const Overlay> overlay, QWidget* parent);

    /// The layer's style as the controls show it.
    OverlayStyle style() const;
    /// Gives the controls' style to the model.
    void apply();
    void accept() override;
    void reject() override;

private:
    void showStyle(const OverlayStyle& style);
    void showCategories();
    /// The layer's index in the model now, or -1 when it was removed.
    int index() const;
    /// A combo of `fields`, "None" first.
    QComboBox* fieldBox(const QStringList& fields, const QString& name);

    AtlasModel& m_model;
    std::shared_ptr<const Overlay> m_overlay;
    OverlayStyle m_original;
    ColorButton* m_fill;
    ColorButton* m_stroke;
    QDoubleSpinBox* m_strokeWidth;
    QComboBox* m_symbol;
    QDoubleSpinBox* m_size;
    QSpinBox* m_opacity;
    QComboBox* m_category;
    QListWidget* m_categories;
    QComboBox* m_sizeField;
    QComboBox* m_labelField;
    QDoubleSpinBox* m_labelSize;
    QDialogButtonBox* m_buttons;
};

} // namespace frontier
