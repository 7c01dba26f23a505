#include "FramesDialog.h"

#include "ImageSizeEdit.h"

#include "QtDate.h"
#include "render/export/FrameExporter.h"
#include "time/TimeController.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace frontier {

FramesDialog::FramesDialog(const Options& initial, QWidget* parent)
    : QDialog(parent), m_from(new QDateEdit(toQDate(initial.from), this)),
      m_to(new QDateEdit(toQDate(initial.to), this)), m_step(new QComboBox(this)),
      m_format(new QComboBox(this)), m_directory(new QLineEdit(initial.directory, this)),
      m_file(new QLineEdit(initial.file, this)), m_size(new ImageSizeEdit(initial.size, this)),
      m_fps(new QSpinBox(this)), m_hold(new QCheckBox(tr("Hold frames where "
                                                         "something changed (1 s)"),
                                                      this))
{
    setWindowTitle(tr("Export frames"));
    const std::pair<QWidget*, const char*> named[] = {
        {m_step, "step"}, {m_format, "format"}, {m_directory, "directory"},
        {m_file, "file"}, {m_fps, "fps"},       {m_hold, "hold"}};
    for (const auto& [widget, name] : named)
        widget->setObjectName(QString::fromLatin1(name));
    for (QDateEdit* e : {m_from, m_to}) {
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setDateRange(toQDate(AtlasModel::minimumDate()), toQDate(AtlasModel::maximumDate()));
        e->setCalendarPopup(true);
    }
    for (const auto& [step, text] : {std::pair{FrameSeries::Step::Day, QT_TR_NOOP("every day")},
                                     {FrameSeries::Step::Week, QT_TR_NOOP("every week")},
                                     {FrameSeries::Step::Month, QT_TR_NOOP("every month")},
                                     {FrameSeries::Step::Year, QT_TR_NOOP("every year")}})
        m_step->addItem(tr(text), static_cast<int>(step));
    m_step->setCurrentIndex(m_step->findData(static_cast<int>(initial.step)));
    // Each entry's data is the name --format takes.
    for (const auto& [format, text] : {std::pair{ImageFormat::Png, QT_TR_NOOP("PNG frames")},
                                       {ImageFormat::Jpeg, QT_TR_NOOP("JPEG frames")},
                                       {ImageFormat::Tiff, QT_TR_NOOP("TIFF frames")}})
        m_format->addItem(tr(text), ImageFormats::suffix(format));
    for (const auto& [format, text] : {std::pair{VideoFormat::Mp4, QT_TR_NOOP("MP4 video (H.264)")},
                                       {VideoFormat::WebM, QT_TR_NOOP("WebM video (VP9)")},
                                       {VideoFormat::Gif, QT_TR_NOOP("GIF animation")}})
        m_format->addItem(tr(text), VideoFormats::name(format));
    m_format->setCurrentIndex(m_format->findData(
        initial.video ? VideoFormats::name(*initial.video) : ImageFormats::suffix(initial.format)));
    m_fps->setRange(1, FrameExporter::kMaxFps);
    m_fps->setValue(initial.fps);
    m_fps->setSuffix(tr(" frames a second"));
    m_hold->setChecked(initial.holdChanges);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* form = new QFormLayout(this);
    form->addRow(tr("From"), m_from);
    form->addRow(tr("To"), m_to);
    form->addRow(tr("Step"), m_step);
    form->addRow(tr("Size (px)"), m_size);
    form->addRow(tr("Format"), m_format);
    form->addRow(tr("Folder"), pathRow(m_directory, true));
    form->addRow(tr("Video file"), pathRow(m_file, false));
    form->addRow(tr("Frame rate"), m_fps);
    form->addRow(QString(), m_hold);
    form->addRow(buttons);
    connect(m_format, &QComboBox::currentIndexChanged, this, &FramesDialog::formatChanged);
    formatChanged();
}

QWidget* FramesDialog::pathRow(QLineEdit* edit, bool folder)
{
    auto* row = new QWidget(this);
    auto* browse = new QPushButton(tr("Browse…"), row);
    connect(browse, &QPushButton::clicked, this, [this, edit, folder] {
        const QString path =
            folder ? QFileDialog::getExistingDirectory(this, tr("Output folder"), edit->text())
                   : QFileDialog::getSaveFileName(this, tr("Video file"), edit->text(),
                                                  VideoFormats::fileDialogFilter());
        if (!path.isEmpty())
            edit->setText(path);
        formatChanged();
    });
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}

void FramesDialog::formatChanged()
{
    const auto video = VideoFormats::fromName(m_format->currentData().toString());
    m_directory->parentWidget()->setEnabled(!video);
    for (QWidget* w :
         {m_file->parentWidget(), static_cast<QWidget*>(m_fps), static_cast<QWidget*>(m_hold)})
        w->setEnabled(video.has_value());
    const QString file = m_file->text();
    if (video && !file.isEmpty() && VideoFormats::fromPath(file) != video) {
        const QString suffix = QFileInfo(file).suffix();
        m_file->setText(file.left(file.size() - (suffix.isEmpty() ? 0 : suffix.size() + 1)) +
                        QLatin1Char('.') + VideoFormats::name(*video));
    }
}

FramesDialog::Options FramesDialog::options() const
{
    const QString format = m_format->currentData().toString();
    return {fromQDate(m_from->date()),
            fromQDate(m_to->date()),
            static_cast<FrameSeries::Step>(m_step->currentData().toInt()),
            m_directory->text(),
            m_size->value(),
            ImageFormats::fromPath(QStringLiteral("frame.") + format).value_or(ImageFormat::Png),
            VideoFormats::fromName(format),
            m_file->text(),
            m_fps->value(),
            m_hold->isChecked()};
}

} // namespace frontier
