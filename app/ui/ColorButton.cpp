#include "ColorButton.h"

#include <QColorDialog>
#include <QPixmap>

namespace frontier {

ColorButton::ColorButton(const QString& title, QWidget* parent)
    : QPushButton(parent), m_title(title)
{
    setAccessibleName(title);
    connect(this, &QPushButton::clicked, this, &ColorButton::choose);
}

void ColorButton::setColor(const QColor& color)
{
    m_color = color;
    QPixmap swatch(16, 16);
    swatch.fill(color);
    setIcon(swatch);
    setText(color.name(color.alpha() < 255 ? QColor::HexArgb : QColor::HexRgb));
    setAccessibleDescription(text());
}

void ColorButton::choose()
{
    // Opened, not exec'd: the window keeps running and a test can answer it.
    m_dialog = new QColorDialog(m_color, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(m_title);
    m_dialog->setOption(QColorDialog::ShowAlphaChannel);
    connect(m_dialog, &QColorDialog::colorSelected, this, [this](const QColor& c) {
        setColor(c);
        emit colorChanged(c);
    });
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

} // namespace frontier
