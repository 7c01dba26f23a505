#include "FramesDialog.h"

#include "ImageSizeEdit.h"

#include "QtDate.h"
#include "time/TimeController.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace frontier {

FramesDialog::FramesDialog(const Options& initial, QWidget* parent)
    : QDialog(parent), m_from(new QDateEdit(toQDate(initial.from), this)),
      m_to(new QDateEdit(toQDate(initial.to), this)), m_step(new QComboBox(this)),
      m_directory(new QLineEdit(initial.directory, this)),
      m_size(new ImageSizeEdit(initial.size, this)), m_format(new QComboBox(this))
{
    setWindowTitle(QStringLiteral("Export frames"));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDateRange(toQDate(AtlasModel::minimumDate()), toQDate(AtlasModel::maximumDate()));
        e->setCalendarPopup(true);
    }
    for (const auto& [step, text] : {std::pair{FrameSeries::Step::Day, "every day"},
                                     {FrameSeries::Step::Week, "every week"},
                                     {FrameSeries::Step::Month, "every month"},
                                     {FrameSeries::Step::Year, "every year"}})
        m_step->addItem(QString::fromLatin1(text), static_cast<int>(step));
    m_step->setCurrentIndex(m_step->findData(static_cast<int>(initial.step)));
    for (const auto& [format, text] : {std::pair{ImageFormat::Png, "PNG"},
                                       {ImageFormat::Jpeg, "JPEG"},
                                       {ImageFormat::Tiff, "TIFF"}})
        m_format->addItem(QString::fromLatin1(text), static_cast<int>(format));
    m_format->setCurrentIndex(m_format->findData(static_cast<int>(initial.format)));
    auto* browse = new QPushButton(QStringLiteral("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, QStringLiteral("Output folder"),
                                                              m_directory->text());
        if (!dir.isEmpty())
            m_directory->setText(dir);
    });
    auto* folder = new QHBoxLayout;
    folder->addWidget(m_directory, 1);
    folder->addWidget(browse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(QStringLiteral("From"), m_from);
    form->addRow(QStringLiteral("To"), m_to);
    form->addRow(QStringLiteral("Step"), m_step);
    form->addRow(QStringLiteral("Folder"), folder);
    form->addRow(QStringLiteral("Size (px)"), m_size);
    form->addRow(QStringLiteral("Format"), m_format);
    form->addRow(buttons);
}

FramesDialog::Options FramesDialog::options() const
{
    return {fromQDate(m_from->date()),
            fromQDate(m_to->date()),
            static_cast<FrameSeries::Step>(m_step->currentData().toInt()),
            m_directory->text(),
            m_size->value(),
            static_cast<ImageFormat>(m_format->currentData().toInt())};
}

} // namespace frontier
