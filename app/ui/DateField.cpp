#include "DateField.h"

#include "QtDate.h"

#include <QAction>
#include <QCalendarWidget>
#include <QKeyEvent>
#include <QMenu>
#include <QStyle>
#include <QWidgetAction>

namespace frontier {

DateField::DateField(Date minimum, Date maximum, QWidget* parent)
    : QLineEdit(parent), m_minimum(minimum), m_maximum(maximum)
{
    m_help = tr("The date shown. Type 2016, 2016-06 or 2016-06-01 and press Enter (%1 to %2).")
                 .arg(minimum.toString(), maximum.toString());
    setToolTip(m_help);
    setAccessibleName(tr("Date"));
    setAccessibleDescription(m_help);
    // Wide enough for "2016-06-01" and the calendar button, no wider.
    setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00")) + 48);
    setMaximumWidth(minimumWidth() + 20);
    QAction* calendar = addAction(style()->standardIcon(QStyle::SP_FileDialogDetailedView),
                                  QLineEdit::TrailingPosition);
    calendar->setToolTip(tr("Choose the date on a calendar"));
    calendar->setObjectName(QStringLiteral("calendarAction"));
    connect(calendar, &QAction::triggered, this, &DateField::openCalendar);
    connect(this, &QLineEdit::returnPressed, this, &DateField::commit);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (!m_error.isEmpty())
            showError({});
    });
}

void DateField::showDate(Date date)
{
    m_shown = date;
    if (hasFocus() && isModified())
        return; // never overwrite what the user is typing
    setText(date.toString());
    setModified(false);
}

void DateField::commit()
{
    const QString text = this->text().trimmed();
    const std::optional<Date> parsed = Date::parse(text);
    if (!parsed) {
        showError(tr("“%1” is not a date: type 2016, 2016-06 or 2016-06-01").arg(text.left(20)));
        return;
    }
    const Date day = parsed->firstDay();
    if (day < m_minimum || Date::fromJulianDay(parsed->lastJulianDay()) > m_maximum) {
        showError(tr("%1 is outside the timeline (%2 to %3)")
                      .arg(text, m_minimum.toString(), m_maximum.toString()));
        return;
    }
    showError({});
    setModified(false);
    emit dateEntered(day);
    setText(m_shown.toString());
}

void DateField::showError(const QString& error)
{
    m_error = error;
    setStyleSheet(error.isEmpty() ? QString()
                                  : QStringLiteral("QLineEdit { border: 2px solid #d01030; }"));
    setToolTip(error.isEmpty() ? m_help : error);
    setAccessibleDescription(error.isEmpty() ? m_help : error);
}

void DateField::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) { // give up typing: show the model's date again
        showError({});
        setModified(false);
        setText(m_shown.toString());
        return;
    }
    QLineEdit::keyPressEvent(event);
}

void DateField::focusOutEvent(QFocusEvent* event)
{
    if (isModified())
        commit();
    QLineEdit::focusOutEvent(event);
}

void DateField::openCalendar()
{
    // A popup, not a nested event loop: nothing waits on it.
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    auto* calendar = new QCalendarWidget(menu);
    calendar->setObjectName(QStringLiteral("calendar"));
    // Dates are typed in the field. The calendar's own typed-date editor is off: Qt 6.4 leaks it
    // when the calendar closes while it is up.
    calendar->setDateEditEnabled(false);
    calendar->setDateRange(toQDate(m_minimum), toQDate(m_maximum));
    calendar->setSelectedDate(toQDate(m_shown));
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(calendar);
    menu->addAction(action);
    const auto choose = [this, menu](QDate d) {
        emit dateEntered(fromQDate(d));
        menu->close();
    };
    connect(calendar, &QCalendarWidget::activated, menu, choose);
    connect(calendar, &QCalendarWidget::clicked, menu, choose);
    menu->popup(mapToGlobal(QPoint(0, height())));
}

} // namespace frontier
