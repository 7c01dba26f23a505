#include "OverlayPanel.h"

#include "AtlasModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace frontier {

OverlayPanel::OverlayPanel(AtlasModel& model, QWidget* parent)
    : QWidget(parent), m_model(model), m_list(new QListWidget(this)), m_note(new QLabel(this)),
      m_opacity(new QSlider(Qt::Horizontal, this)), m_mode(new QComboBox(this)),
      m_count(new QSpinBox(this)), m_unit(new QComboBox(this)),
      m_hillshade(new QCheckBox(tr("Hillshade"), this)), m_up(new QPushButton(tr("Up"), this)),
      m_down(new QPushButton(tr("Down"), this)), m_remove(new QPushButton(tr("Remove"), this)),
      m_zoom(new QPushButton(tr("Zoom to"), this)), m_reload(new QPushButton(tr("Reload"), this)),
      m_style(new QPushButton(tr("Style…"), this))
{
    m_list->setObjectName(QStringLiteral("overlayList"));
    m_list->setMaximumHeight(130);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("overlayNote"));
    m_opacity->setRange(0, 100);
    m_mode->addItems({tr("Up to the date"), tr("In the last"), tr("On the day")});
    m_count->setRange(1, 9999);
    m_unit->addItems({tr("days"), tr("weeks"), tr("months")});
    // What a screen reader says of each control (the labels beside them are not buddies).
    m_list->setAccessibleName(tr("Your layers"));
    m_list->setAccessibleDescription(
        tr("The layers you added, the top one drawn last; the check box shows or hides one"));
    m_opacity->setAccessibleName(tr("Opacity"));
    m_opacity->setToolTip(tr("The selected layer's opacity, 0 to 100 %"));
    m_mode->setAccessibleName(tr("Show"));
    m_mode->setToolTip(tr("Which of a dated layer's features follow the map's date"));
    m_count->setAccessibleName(tr("How many"));
    m_count->setToolTip(tr("How many days, weeks or months back \"In the last\" reaches"));
    m_unit->setAccessibleName(tr("Unit"));
    m_unit->setToolTip(tr("Days, weeks or months for \"In the last\""));
    m_hillshade->setToolTip(
        tr("Shade the selected one-band raster (a DEM) as lit from the north-west"));
    m_up->setToolTip(tr("Draw the selected layer above the next one"));
    m_down->setToolTip(tr("Draw the selected layer below the one before"));
    m_remove->setToolTip(tr("Remove the selected layer from the map"));
    m_zoom->setToolTip(tr("Show the whole of the selected layer"));
    m_reload->setToolTip(tr("Read the selected layer again from its file or database"));
    m_style->setToolTip(tr("Colours, symbol, categories and labels of the selected layer "
                           "(Ctrl+Shift+Y, or double-click the layer)"));

    // Three a row: six in one would not fit the dock's width.
    auto* buttons = new QGridLayout;
    int b = 0;
    for (QPushButton* button : {m_up, m_down, m_remove, m_zoom, m_reload, m_style}) {
        buttons->addWidget(button, b / 3, b % 3);
        ++b;
    }
    auto* controls = new QGridLayout;
    controls->addWidget(new QLabel(tr("Opacity"), this), 0, 0);
    controls->addWidget(m_opacity, 0, 1, 1, 3);
    controls->addWidget(new QLabel(tr("Show"), this), 1, 0);
    controls->addWidget(m_mode, 1, 1);
    controls->addWidget(m_count, 1, 2);
    controls->addWidget(m_unit, 1, 3);
    controls->addWidget(m_hillshade, 2, 0, 1, 4);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(buttons);
    layout->addLayout(controls);
    layout->addWidget(m_note);

    connect(m_up, &QPushButton::clicked, this, [this] {
        const int i = selectedOverlay();
        m_model.moveOverlay(i, i + 1);
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int i = selectedOverlay();
        m_model.moveOverlay(i, i - 1);
    });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { m_model.removeOverlay(selectedOverlay()); });
    connect(m_zoom, &QPushButton::clicked, this, [this] {
        if (selectedOverlay() >= 0)
            emit zoomRequested(selectedOverlay());
    });
    connect(m_reload, &QPushButton::clicked, this, [this] {
        if (selectedOverlay() >= 0)
            emit reloadRequested(selectedOverlay());
    });
    connect(m_style, &QPushButton::clicked, this, [this] {
        if (selectedOverlay() >= 0)
            emit styleRequested(selectedOverlay());
    });
    connect(m_list, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem* item) { emit styleRequested(modelIndex(m_list->row(item))); });
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem* item) {
        const int i = modelIndex(m_list->row(item));
        OverlayStyle style = m_model.overlays()[static_cast<std::size_t>(i)].style;
        style.visible = item->checkState() == Qt::Checked;
        m_model.setOverlayStyle(i, style);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &OverlayPanel::showSelected);
    connect(m_opacity, &QSlider::valueChanged, this, &OverlayPanel::applyControls);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &OverlayPanel::applyControls);
    connect(m_count, &QSpinBox::valueChanged, this, &OverlayPanel::applyControls);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &OverlayPanel::applyControls);
    connect(m_hillshade, &QCheckBox::toggled, this, &OverlayPanel::applyControls);
    connect(&m_model, &AtlasModel::overlaysChanged, this, &OverlayPanel::showOverlays);
    showOverlays();
}

int OverlayPanel::modelIndex(int row) const
{
    return row < 0 ? -1 : static_cast<int>(m_model.overlays().size()) - 1 - row;
}

int OverlayPanel::selectedOverlay() const
{
    return modelIndex(m_list->currentRow());
}

void OverlayPanel::showOverlays()
{
    const int selected = selectedOverlay();
    {
        const QSignalBlocker block(m_list);
        const auto& overlays = m_model.overlays();
        // Rows are updated in place (a check box's own signal may be running), added or removed.
        while (m_list->count() > static_cast<int>(overlays.size()))
            delete m_list->takeItem(m_list->count() - 1);
        while (m_list->count() < static_cast<int>(overlays.size())) {
            auto* item = new QListWidgetItem(m_list);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        }
        for (int row = 0; row < m_list->count(); ++row) {
            const OverlayView& view = overlays[static_cast<std::size_t>(modelIndex(row))];
            QListWidgetItem* item = m_list->item(row);
            item->setText(view.overlay->name);
            item->setCheckState(view.style.visible ? Qt::Checked : Qt::Unchecked);
            item->setToolTip(view.overlay->path);
        }
        const int n = static_cast<int>(overlays.size());
        if (n > 0)
            m_list->setCurrentRow(selected >= 0 && selected < n ? n - 1 - selected : 0);
    }
    showSelected();
}

void OverlayPanel::showSelected()
{
    const int i = selectedOverlay();
    const bool any = i >= 0;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_up, m_down, m_remove, m_zoom, m_reload, m_opacity})
        w->setEnabled(any);
    m_style->setEnabled(any && !m_model.overlays()[static_cast<std::size_t>(i)].overlay->raster);
    const OverlayView* view = any ? &m_model.overlays()[static_cast<std::size_t>(i)] : nullptr;
    const bool dated = view && view->overlay->isDated();
    for (QWidget* w : std::initializer_list<QWidget*>{m_mode, m_count, m_unit})
        w->setEnabled(dated);
    m_hillshade->setEnabled(view && view->overlay->raster && view->overlay->raster->isSingleBand());
    QStringList notes;
    if (view) {
        const QSignalBlocker b1(m_opacity), b2(m_mode), b3(m_count), b4(m_unit), b5(m_hillshade);
        m_opacity->setValue(static_cast<int>(std::lround(view->style.opacity * 100)));
        m_mode->setCurrentIndex(static_cast<int>(view->style.time.mode));
        m_count->setValue(view->style.time.count);
        m_unit->setCurrentIndex(static_cast<int>(view->style.time.unit));
        m_hillshade->setChecked(view->style.hillshade);
        notes << (view->overlay->raster ? view->overlay->summary()
                                        : tr("%1 features").arg(view->overlay->features.size()));
        if (dated)
            notes << tr("dated by “%1”").arg(view->overlay->dateField);
        if (view->overlay->assumedWgs84)
            notes << tr("the file has no CRS: read as WGS84 longitude/latitude");
    }
    m_note->setText(notes.join(QStringLiteral("; ")));
}

void OverlayPanel::applyControls()
{
    const int i = selectedOverlay();
    if (i < 0)
        return;
    OverlayStyle style = m_model.overlays()[static_cast<std::size_t>(i)].style;
    style.opacity = m_opacity->value() / 100.0;
    style.time.mode = static_cast<TimeFilter::Mode>(m_mode->currentIndex());
    style.time.count = m_count->value();
    style.time.unit = static_cast<TimeFilter::Unit>(m_unit->currentIndex());
    style.hillshade = m_hillshade->isChecked();
    m_model.setOverlayStyle(i, style);
}

} // namespace frontier
