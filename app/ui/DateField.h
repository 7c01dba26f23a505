#pragma once

#include "model/Date.h"

#include <QLineEdit>

namespace frontier {

/// \brief The date box: shows the model's date as YYYY-MM-DD and takes a typed or pasted date on
/// Enter or when it loses focus: `2016`, `2016-06` or `2016-06-01` go to that day (the first day
/// of a year or month). Anything else, or a day outside [minimum, maximum], is refused visibly
/// (red frame, the reason in the tooltip and accessible description) and never half-applied. A
/// button opens a calendar.
class DateField : public QLineEdit {
    Q_OBJECT
public:
    DateField(Date minimum, Date maximum, QWidget* parent = nullptr);

    /// Shows `date` without emitting anything (unless the user is typing in the box).
    void showDate(Date date);
    /// The reason the last entry was refused; empty when it was accepted.
    const QString& error() const { return m_error; }

signals:
    void dateEntered(frontier::Date date);

protected:
    void focusOutEvent(QFocusEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void commit();
    void showError(const QString& error);
    void openCalendar();

    Date m_minimum;
    Date m_maximum;
    Date m_shown;
    QString m_error;
    QString m_help;
};

} // namespace frontier
