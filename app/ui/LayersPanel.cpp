#include "LayersPanel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace frontier {

LayersPanel::LayersPanel(QWidget* parent)
    : QWidget(parent), m_labels(new QButtonGroup(this)), m_crs(new QLineEdit(this)),
      m_crsName(new QLabel(this)), m_crsMessage(new QLabel(this))
{
    auto* layers = new QGroupBox(tr("Layers"), this);
    auto* layersLayout = new QVBoxLayout(layers);
    for (const auto& [id, text] : {std::pair{MapLayerId::Countries, QT_TR_NOOP("Countries")},
                                   {MapLayerId::Governorates, QT_TR_NOOP("Governorates")},
                                   {MapLayerId::Rivers, QT_TR_NOOP("Rivers")},
                                   {MapLayerId::Frontier, QT_TR_NOOP("Frontier")},
                                   {MapLayerId::Places, QT_TR_NOOP("Places")},
                                   {MapLayerId::Crossings, QT_TR_NOOP("Crossings")},
                                   {MapLayerId::Ribbons, QT_TR_NOOP("Sector control")},
                                   {MapLayerId::DatedAreas, QT_TR_NOOP("Dated areas")}}) {
        auto* box = new QCheckBox(tr(text), layers);
        box->setToolTip(tr("Show or hide the %1 on the map").arg(box->text().toLower()));
        box->setChecked(true);
        layersLayout->addWidget(box);
        m_layers[id] = box;
        connect(box, &QCheckBox::toggled, this, [this] { emit layersChanged(checkedLayers()); });
    }

    auto* furniture = new QGroupBox(tr("On the map"), this);
    auto* furnitureLayout = new QVBoxLayout(furniture);
    for (const auto& [id, text] : {std::pair{Decoration::Title, QT_TR_NOOP("Title and date")},
                                   {Decoration::Legend, QT_TR_NOOP("Legend")},
                                   {Decoration::ScaleBar, QT_TR_NOOP("Scale bar")},
                                   {Decoration::NorthArrow, QT_TR_NOOP("North arrow")},
                                   {Decoration::Attribution, QT_TR_NOOP("Attribution")}}) {
        auto* box = new QCheckBox(tr(text), furniture);
        box->setToolTip(tr("Show or hide the %1 on the map").arg(box->text().toLower()));
        box->setChecked(true);
        furnitureLayout->addWidget(box);
        m_decorations[id] = box;
        connect(box, &QCheckBox::toggled, this,
                [this] { emit decorationsChanged(checkedDecorations()); });
    }

    auto* labels = new QGroupBox(tr("Labels"), this);
    auto* labelsLayout = new QHBoxLayout(labels);
    for (const auto& [language, text] : {std::pair{LabelLanguage::English, QT_TR_NOOP("English")},
                                         {LabelLanguage::Arabic, QT_TR_NOOP("العربية")},
                                         {LabelLanguage::Both, QT_TR_NOOP("Both")},
                                         {LabelLanguage::Kurdish, QT_TR_NOOP("Kurdî")}}) {
        auto* button = new QRadioButton(tr(text), labels);
        button->setToolTip(language == LabelLanguage::Both
                               ? tr("Label the map in English and Arabic")
                           : language == LabelLanguage::Kurdish
                               ? tr("Kurmanji names where the sources give them (Til Koçer, "
                                    "Sêmalka, Pêşxabûr), English elsewhere")
                               : tr("Label the map in %1").arg(button->text()));
        labelsLayout->addWidget(button);
        m_labels->addButton(button, static_cast<int>(language));
    }
    connect(m_labels, &QButtonGroup::idClicked, this,
            [this](int id) { emit labelsChanged(static_cast<LabelLanguage>(id)); });

    auto* crs = new QGroupBox(tr("Map CRS"), this);
    auto* crsLayout = new QVBoxLayout(crs);
    auto* row = new QHBoxLayout;
    m_crs->setObjectName(QStringLiteral("crsEdit"));
    m_crs->setPlaceholderText(tr("EPSG code, e.g. 32637, or \"default\""));
    auto* apply = new QPushButton(tr("Apply"), crs);
    apply->setToolTip(tr("Draw the map in the CRS typed beside"));
    m_crs->setAccessibleName(tr("Map CRS"));
    m_crs->setToolTip(m_crs->placeholderText());
    row->addWidget(m_crs, 1);
    row->addWidget(apply);
    crsLayout->addLayout(row);
    m_crsName->setWordWrap(true);
    crsLayout->addWidget(m_crsName);
    m_crsMessage->setObjectName(QStringLiteral("crsMessage"));
    m_crsMessage->setWordWrap(true);
    m_crsMessage->setStyleSheet(QStringLiteral("color: #b01c2e"));
    m_crsMessage->hide();
    crsLayout->addWidget(m_crsMessage);
    const auto request = [this] { emit crsRequested(m_crs->text()); };
    connect(apply, &QPushButton::clicked, this, request);
    connect(m_crs, &QLineEdit::returnPressed, this, request);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(layers);
    layout->addWidget(furniture);
    layout->addWidget(labels);
    layout->addWidget(crs);
    layout->addStretch(1);
}

void LayersPanel::showSettings(const MapSettings& s, const QString& crsName)
{
    for (const auto& [id, box] : m_layers) {
        const QSignalBlocker block(box);
        box->setChecked(s.hasLayer(id));
    }
    for (const auto& [id, box] : m_decorations) {
        const QSignalBlocker block(box);
        box->setChecked(s.hasDecoration(id));
    }
    m_labels->button(static_cast<int>(s.labels))->setChecked(true);
    m_crsName->setText(tr("Now: ") + crsName);
}

void LayersPanel::setOverlayPanel(QWidget* panel)
{
    auto* box = new QGroupBox(tr("Your layers"), this);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(panel);
    static_cast<QVBoxLayout*>(this->layout())->insertWidget(0, box);
}

void LayersPanel::showCrsError(const QString& message)
{
    m_crsMessage->setText(message);
    m_crsMessage->setVisible(!message.isEmpty());
}

unsigned LayersPanel::checkedLayers() const
{
    unsigned layers = 0;
    for (const auto& [id, box] : m_layers)
        if (box->isChecked())
            layers |= static_cast<unsigned>(id);
    return layers;
}

unsigned LayersPanel::checkedDecorations() const
{
    unsigned decorations = 0;
    for (const auto& [id, box] : m_decorations)
        if (box->isChecked())
            decorations |= static_cast<unsigned>(id);
    return decorations;
}

} // namespace frontier
