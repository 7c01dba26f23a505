#pragma once

#include <QColor>
#include <QPushButton>

class QColorDialog;

namespace frontier {

/// \brief A button showing a colour; a click opens a colour dialog (with alpha) to change it.
class ColorButton : public QPushButton {
    Q_OBJECT
public:
    /// `title` names the colour, for the dialog and screen readers.
    ColorButton(const QString& title, QWidget* parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor& color);
    /// The open colour dialog, or null.
    QColorDialog* dialog() const { return m_dialog; }

private:
    void choose();

    QString m_title;
    QColor m_color;
    QColorDialog* m_dialog = nullptr;
};

} // namespace frontier
