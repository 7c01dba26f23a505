#include "SnapshotDialog.h"

#include "ImageSizeEdit.h"
#include "render/export/ImageFormat.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace frontier {

SnapshotDialog::SnapshotDialog(const Options& initial, QWidget* parent)
    : QDialog(parent), m_path(new QLineEdit(initial.path, this)),
      m_size(new ImageSizeEdit(initial.size, this)), m_dpi(new QSpinBox(this)),
      m_legend(new QCheckBox(tr("Legend"), this)),
      m_title(new QCheckBox(tr("Title and date"), this))
{
    setWindowTitle(tr("Export snapshot"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        QString filter;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export snapshot"), m_path->text(), ImageFormats::fileDialogFilter(), &filter);
        if (path.isEmpty())
            return;
        // A name without a known suffix gets the chosen filter's first one ("JPEG images (*.jpg
        // *.jpeg)" → .jpg).
        const QString suffix = filter.section(QStringLiteral("*"), 1, 1)
                                   .section(QLatin1Char(' '), 0, 0)
                                   .remove(QLatin1Char(')'));
        m_path->setText(ImageFormats::fromPath(path)
                            ? path
                            : path + (suffix.isEmpty() ? QStringLiteral(".png") : suffix));
    });
    auto* file = new QHBoxLayout;
    file->addWidget(m_path, 1);
    file->addWidget(browse);
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(initial.dpi);
    m_legend->setChecked(initial.legend);
    m_title->setChecked(initial.title);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("File"), file);
    form->addRow(tr("Size (px)"), m_size);
    form->addRow(tr("DPI"), m_dpi);
    form->addRow(QString(), m_legend);
    form->addRow(QString(), m_title);
    form->addRow(buttons);
}

SnapshotDialog::Options SnapshotDialog::options() const
{
    return {m_path->text(), m_size->value(), m_dpi->value(), m_legend->isChecked(),
            m_title->isChecked()};
}

} // namespace frontier
