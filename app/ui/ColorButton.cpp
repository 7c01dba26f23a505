#include "ColorButton.h"

#include <QColorDialog>
#include <QPixmap>

#include <cmath>

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
    QString name = color.name(QColor::HexRgb);
    if (color.alpha() < 255)
        name += QStringLiteral(" · %1 %").arg(std::lround(color.alphaF() * 100));
    // Isolated left to right: in an Arabic window "#a47200" would read "a47200#".
    setText(QChar(0x2066) + name + QChar(0x2069));
    setAccessibleDescription(name);
}

void ColorButton::choose()
{
    // Opened, not exec'd: the window keeps running and a test can answer it.
    m_dialog = new QColorDialog(m_color, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setWindowTitle(m_title);
    m_dialog->setOption(QColorDialog::ShowAlphaChannel);
    connect(m_dialog, &QColorDialog::colorSelected, this, &ColorButton::setColor);
    connect(m_dialog, &QObject::destroyed, this, [this] { m_dialog = nullptr; });
    m_dialog->open();
}

} // namespace frontier
