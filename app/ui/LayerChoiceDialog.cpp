#include "LayerChoiceDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier {

LayerChoiceDialog::LayerChoiceDialog(const QString& file, const std::vector<ChoosableLayer>& layers,
                                     QWidget* parent)
    : QDialog(parent), m_list(new QListWidget(this))
{
    setWindowTitle(tr("Add layers"));
    for (const ChoosableLayer& layer : layers) {
        auto* item = new QListWidgetItem(
            layer.raster ? tr("%1 (raster)").arg(layer.name) : layer.name, m_list);
        item->setData(Qt::UserRole, layer.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_list->setCurrentRow(0);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_add = buttons->button(QDialogButtonBox::Ok);
    m_add->setText(tr("Add"));
    m_all = buttons->addButton(tr("Select all"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(Qt::Checked);
    });
    connect(m_list, &QListWidget::itemChanged, this,
            [this] { m_add->setEnabled(!chosen().isEmpty()); });
    m_add->setEnabled(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%1 holds several layers. Add:").arg(file), this));
    layout->addWidget(m_list);
    layout->addWidget(buttons);
}

QStringList LayerChoiceDialog::chosen() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

} // namespace frontier
