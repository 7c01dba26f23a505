#include "GoToDialog.h"

#include "geo/CoordinateFormat.h"
#include "geo/CoordinateParser.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace frontier {

GoToDialog::GoToDialog(QWidget* parent)
    : QDialog(parent), m_input(new QLineEdit(this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Go to coordinate"));
    m_input->setPlaceholderText(
        QStringLiteral("34.40461, 40.97239 · 34°24'16.6\"N 40°58'20.6\"E · 37SFU 81290 08783"));
    m_input->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Go"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_input, &QLineEdit::textChanged, this, &GoToDialog::check);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Decimal degrees, degrees-minutes-seconds or MGRS:"), this));
    layout->addWidget(m_input);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    check();
}

void GoToDialog::check()
{
    const CoordinateParser::Result r = CoordinateParser::parse(m_input->text());
    m_point = r.point;
    m_ok->setEnabled(r.point.has_value());
    // An empty box is not an error yet: say what to type, in the normal colour.
    const bool error = !r.point && !m_input->text().trimmed().isEmpty();
    m_message->setText(r.point ? CoordinateFormat::decimal(*r.point)
                       : error ? r.error
                               : tr("Type a coordinate."));
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020") : QString());
}

} // namespace frontier
