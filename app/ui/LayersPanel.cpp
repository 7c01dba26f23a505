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
    auto* layers = new QGroupBox(QStringLiteral("Layers"), this);
    auto* layersLayout = new QVBoxLayout(layers);
    for (const auto& [id, text] : {std::pair{MapLayerId::Countries, "Countries"},
                                   {MapLayerId::Governorates, "Governorates"},
                                   {MapLayerId::Rivers, "Rivers"},
                                   {MapLayerId::Frontier, "Frontier"},
                                   {MapLayerId::Places, "Places"},
                                   {MapLayerId::Crossings, "Crossings"},
                                   {MapLayerId::Ribbons, "Sector control"},
                                   {MapLayerId::DatedAreas, "Dated areas"}}) {
        auto* box = new QCheckBox(QString::fromLatin1(text), layers);
        box->setToolTip(
            QStringLiteral("Show or hide the %1 on the map").arg(box->text().toLower()));
        box->setChecked(true);
        layersLayout->addWidget(box);
        m_layers[id] = box;
        connect(box, &QCheckBox::toggled, this, [this] { emit layersChanged(checkedLayers()); });
    }

    auto* furniture = new QGroupBox(QStringLiteral("On the map"), this);
    auto* furnitureLayout = new QVBoxLayout(furniture);
    for (const auto& [id, text] : {std::pair{Decoration::Title, "Title and date"},
                                   {Decoration::Legend, "Legend"},
                                   {Decoration::ScaleBar, "Scale bar"},
                                   {Decoration::NorthArrow, "North arrow"},
                                   {Decoration::Attribution, "Attribution"}}) {
        auto* box = new QCheckBox(QString::fromLatin1(text), furniture);
        box->setToolTip(
            QStringLiteral("Show or hide the %1 on the map").arg(box->text().toLower()));
        box->setChecked(true);
        furnitureLayout->addWidget(box);
        m_decorations[id] = box;
        connect(box, &QCheckBox::toggled, this,
                [this] { emit decorationsChanged(checkedDecorations()); });
    }

    auto* labels = new QGroupBox(QStringLiteral("Labels"), this);
    auto* labelsLayout = new QHBoxLayout(labels);
    for (const auto& [language, text] : {std::pair{LabelLanguage::English, "English"},
                                         {LabelLanguage::Arabic, "العربية"},
                                         {LabelLanguage::Both, "Both"},
                                         {LabelLanguage::Kurdish, "Kurdî"}}) {
        auto* button = new QRadioButton(QString::fromUtf8(text), labels);
        button->setToolTip(
            language == LabelLanguage::Both ? QStringLiteral("Label the map in English and Arabic")
            : language == LabelLanguage::Kurdish
                ? QStringLiteral("Kurmanji names where the sources give them (Til Koçer, "
                                 "Sêmalka, Pêşxabûr), English elsewhere")
                : QStringLiteral("Label the map in %1").arg(button->text()));
        labelsLayout->addWidget(button);
        m_labels->addButton(button, static_cast<int>(language));
    }
    connect(m_labels, &QButtonGroup::idClicked, this,
            [this](int id) { emit labelsChanged(static_cast<LabelLanguage>(id)); });

    auto* crs = new QGroupBox(QStringLiteral("Map CRS"), this);
    auto* crsLayout = new QVBoxLayout(crs);
    auto* row = new QHBoxLayout;
    m_crs->setObjectName(QStringLiteral("crsEdit"));
    m_crs->setPlaceholderText(QStringLiteral("EPSG code, e.g. 32637, or \"default\""));
    auto* apply = new QPushButton(QStringLiteral("Apply"), crs);
    apply->setToolTip(QStringLiteral("Draw the map in the CRS typed beside"));
    m_crs->setAccessibleName(QStringLiteral("Map CRS"));
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
    m_crsName->setText(QStringLiteral("Now: ") + crsName);
}

void LayersPanel::setOverlayPanel(QWidget* panel)
{
    auto* box = new QGroupBox(QStringLiteral("Your layers"), this);
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
