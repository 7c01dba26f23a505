#include "LayoutDialog.h"

#include "render/export/LayoutExport.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>

namespace frontier {

LayoutDialog::LayoutDialog(MapRenderer& renderer, const MapSettings& map, const Options& initial,
                           QWidget* parent)
    : QDialog(parent), m_renderer(renderer), m_map(map),
      m_title(new QLineEdit(initial.text.title, this)),
      m_subtitle(new QLineEdit(initial.text.subtitle, this)),
      m_caption(new QPlainTextEdit(initial.text.caption, this)), m_page(new QComboBox(this)),
      m_dpi(new QSpinBox(this)), m_previewLabel(new QLabel(this)), m_refresh(new QTimer(this))
{
    setWindowTitle(tr("Print layout"));
    m_title->setPlaceholderText(tr("Iraq–Syria frontier"));
    m_caption->setTabChangesFocus(true);
    m_caption->setFixedHeight(70);
    for (const QString& code : PageFormat::acceptedCodes().split(QStringLiteral(", ")))
        m_page->addItem(code);
    m_page->setCurrentText(initial.page.code());
    m_dpi->setRange(24, 1200);
    m_dpi->setValue(initial.dpi);
    m_dpi->setSuffix(tr(" dpi"));
    m_previewLabel->setAlignment(Qt::AlignCenter);
    m_previewLabel->setMinimumSize(660, 660); // a page of either orientation at kPreviewDpi

    // Typing restarts the timer: the preview is drawn once the typing pauses.
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(120);
    connect(m_refresh, &QTimer::timeout, this, &LayoutDialog::updatePreview);
    const auto later = [this] { m_refresh->start(); };
    connect(m_title, &QLineEdit::textChanged, this, later);
    connect(m_subtitle, &QLineEdit::textChanged, this, later);
    connect(m_caption, &QPlainTextEdit::textChanged, this, later);
    connect(m_page, &QComboBox::currentTextChanged, this, later);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* pdf = buttons->addButton(tr("Export &PDF…"), QDialogButtonBox::ActionRole);
    auto* png = buttons->addButton(tr("Export P&NG…"), QDialogButtonBox::ActionRole);
    connect(pdf, &QPushButton::clicked, this, [this] { askPath(QStringLiteral("pdf")); });
    connect(png, &QPushButton::clicked, this, [this] { askPath(QStringLiteral("png")); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("&Subtitle"), m_subtitle);
    form->addRow(tr("&Caption"), m_caption);
    form->addRow(tr("P&age"), m_page);
    form->addRow(tr("PNG &resolution"), m_dpi);
    auto* side = new QVBoxLayout;
    side->addLayout(form);
    side->addStretch(1);
    side->addWidget(buttons);
    auto* top = new QHBoxLayout(this);
    top->addLayout(side);
    top->addWidget(m_previewLabel, 1);
    updatePreview();
}

LayoutDialog::Options LayoutDialog::options() const
{
    return {{m_title->text(), m_subtitle->text(), m_caption->toPlainText()},
            PageFormat::fromCode(m_page->currentText()).value_or(PageFormat{}),
            m_dpi->value()};
}

PrintLayout LayoutDialog::layout() const
{
    const Options o = options();
    return PrintLayout(m_renderer, m_map, o.text, o.page);
}

void LayoutDialog::updatePreview()
{
    m_image = LayoutExport::renderPage(layout(), 0, kPreviewDpi);
    m_previewLabel->setPixmap(QPixmap::fromImage(m_image));
    emit previewUpdated();
}

QString LayoutDialog::exportTo(const QString& path)
{
    const QString error = LayoutExport::write(layout(), path, m_dpi->value());
    if (error.isEmpty())
        emit exported(path);
    else
        emit failed(error);
    return error;
}

void LayoutDialog::askPath(const QString& suffix)
{
    const QString suggested = QDir::home().filePath(
        QStringLiteral("frontier-layout-%1.%2").arg(m_map.date.toString(), suffix));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the layout"), suggested,
        suffix == QStringLiteral("pdf") ? tr("PDF (*.pdf)") : tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    exportTo(LayoutExport::acceptsPath(path) ? path : path + QLatin1Char('.') + suffix);
}

} // namespace frontier
