#include "StyleDialog.h"

#include "AtlasModel.h"
#include "ColorButton.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace frontier {
namespace {

// The kept columns (those with every value at hand), and of them the numeric ones: sizes come
// only from numbers.
QStringList fieldsOf(const Overlay& overlay, bool numericOnly)
{
    QStringList out;
    for (const Overlay::Column& c : overlay.columns) {
        if (!c.kept)
            continue;
        const bool numeric = std::any_of(c.values.begin(), c.values.end(),
                                         [](const QString& v) { return !v.isEmpty(); }) &&
                             std::all_of(c.values.begin(), c.values.end(), [](const QString& v) {
                                 bool ok = false;
                                 v.toDouble(&ok);
                                 return ok || v.isEmpty();
                             });
        if (numeric || !numericOnly)
            out << c.name;
    }
    return out;
}

QDoubleSpinBox* spinBox(double lo, double hi, double step, QWidget* parent)
{
    auto* box = new QDoubleSpinBox(parent);
    box->setRange(lo, hi);
    box->setSingleStep(step);
    box->setDecimals(1);
    box->setSuffix(QStringLiteral(" px"));
    return box;
}

void select(QComboBox* box, const QString& field)
{
    box->setCurrentIndex(std::max(0, box->findData(field)));
}

} // namespace

StyleDialog::StyleDialog(AtlasModel& model, std::shared_ptr<const Overlay> overlay, QWidget* parent)
    : QDialog(parent), m_model(model), m_overlay(std::move(overlay)),
      m_fill(new ColorButton(tr("Fill colour"), this)),
      m_stroke(new ColorButton(tr("Outline colour"), this)),
      m_strokeWidth(spinBox(0, 100, 0.5, this)), m_symbol(new QComboBox(this)),
      m_size(spinBox(0, 200, 1, this)), m_opacity(new QSpinBox(this)),
      m_category(fieldBox(fieldsOf(*m_overlay, false), tr("Categories from"))),
      m_categories(new QListWidget(this)),
      m_sizeField(fieldBox(fieldsOf(*m_overlay, true), tr("Size from"))),
      m_labelField(fieldBox(fieldsOf(*m_overlay, false), tr("Labels from"))),
      m_labelSize(spinBox(1, 200, 1, this)),
      m_buttons(new QDialogButtonBox(
          QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("styleDialog"));
    setWindowTitle(tr("Style of %1").arg(m_overlay->name));
    m_symbol->addItems({tr("Circle"), tr("Square"), tr("Triangle")});
    m_opacity->setRange(0, 100);
    m_opacity->setSuffix(QStringLiteral(" %"));
    m_categories->setObjectName(QStringLiteral("categoryList"));
    m_categories->setMaximumHeight(120);
    m_categories->setAccessibleName(tr("Categories and their colours"));
    const std::pair<QWidget*, QString> names[] = {{m_strokeWidth, tr("Outline width")},
                                                  {m_symbol, tr("Point symbol")},
                                                  {m_size, tr("Point size")},
                                                  {m_opacity, tr("Opacity")},
                                                  {m_labelSize, tr("Label size")}};
    for (const auto& [widget, name] : names)
        widget->setAccessibleName(name);
    m_sizeField->setToolTip(tr("Points grow with the square root of this number"));
    // A symbol and its size are a point's: off for a layer of lines and areas.
    const bool points =
        std::any_of(m_overlay->features.begin(), m_overlay->features.end(),
                    [](const OverlayFeature& f) { return f.type == GeometryType::Point; });
    for (QWidget* w : std::initializer_list<QWidget*>{m_symbol, m_size, m_sizeField})
        w->setEnabled(points);

    auto* form = new QFormLayout;
    form->addRow(tr("&Fill:"), m_fill);
    form->addRow(tr("&Outline:"), m_stroke);
    form->addRow(tr("Outline &width:"), m_strokeWidth);
    form->addRow(tr("&Symbol:"), m_symbol);
    form->addRow(tr("Symbol si&ze:"), m_size);
    form->addRow(tr("O&pacity:"), m_opacity);
    form->addRow(tr("&Categories from:"), m_category);
    form->addRow(QString(), m_categories);
    form->addRow(tr("Size f&rom:"), m_sizeField);
    form->addRow(tr("&Labels from:"), m_labelField);
    form->addRow(tr("Label s&ize:"), m_labelSize);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    if (const int i = index(); i >= 0)
        m_original = m_model.overlays()[static_cast<std::size_t>(i)].style;
    showStyle(m_original);
    connect(m_category, &QComboBox::currentIndexChanged, this, &StyleDialog::showCategories);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &StyleDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &StyleDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &StyleDialog::apply);
}

QComboBox* StyleDialog::fieldBox(const QStringList& fields, const QString& name)
{
    auto* box = new QComboBox(this);
    box->addItem(tr("None"), QString());
    for (const QString& f : fields)
        box->addItem(f, f);
    box->setAccessibleName(name);
    box->setMaximumWidth(box->fontMetrics().averageCharWidth() * 24);
    return box;
}

int StyleDialog::index() const
{
    const auto& overlays = m_model.overlays();
    const auto it = std::find_if(overlays.begin(), overlays.end(),
                                 [this](const OverlayView& v) { return v.overlay == m_overlay; });
    return it == overlays.end() ? -1 : static_cast<int>(it - overlays.begin());
}

void StyleDialog::showStyle(const OverlayStyle& s)
{
    m_fill->setColor(s.fill);
    m_stroke->setColor(s.stroke);
    m_strokeWidth->setValue(s.strokeWidth);
    m_symbol->setCurrentIndex(static_cast<int>(s.symbol));
    m_size->setValue(s.size);
    m_opacity->setValue(static_cast<int>(std::lround(s.opacity * 100)));
    select(m_category, s.categoryField);
    select(m_sizeField, s.sizeField);
    select(m_labelField, s.labelField);
    m_labelSize->setValue(s.labelSize);
    showCategories();
}

OverlayStyle StyleDialog::style() const
{
    const int i = index();
    OverlayStyle s = i < 0 ? m_original : m_model.overlays()[static_cast<std::size_t>(i)].style;
    s.fill = m_fill->color();
    s.stroke = m_stroke->color();
    s.strokeWidth = m_strokeWidth->value();
    s.symbol = static_cast<OverlayStyle::Symbol>(m_symbol->currentIndex());
    s.size = m_size->value();
    s.opacity = m_opacity->value() / 100.0;
    s.categoryField = m_category->currentData().toString();
    s.sizeField = m_sizeField->currentData().toString();
    s.labelField = m_labelField->currentData().toString();
    s.labelSize = m_labelSize->value();
    return s;
}

void StyleDialog::showCategories()
{
    m_categories->clear();
    const auto categories = style().categories(*m_overlay);
    for (const auto& [value, color] : categories) {
        QPixmap swatch(12, 12);
        swatch.fill(color);
        m_categories->addItem(new QListWidgetItem(swatch, value));
    }
    m_categories->setEnabled(!categories.empty());
    m_fill->setEnabled(categories.empty()); // categories colour the fill
}

void StyleDialog::apply()
{
    m_model.setOverlayStyle(index(), style());
}

void StyleDialog::accept()
{
    apply();
    QDialog::accept();
}

void StyleDialog::reject()
{
    m_model.setOverlayStyle(index(), m_original);
    QDialog::reject();
}

} // namespace frontier
