#pragma once

#include <QObject>

class QAction;
class QWidget;

namespace frontier {

class TimeController;

/// \brief The window's time commands with their shortcuts, for the Time menu and the timeline's
/// buttons: Left/Right a day, Ctrl+Left/Right a month, Ctrl+Shift+Left/Right a year,
/// PgUp/PgDn the previous/next event, Home/End, Space play/pause.
class TimeActions : public QObject {
    Q_OBJECT
public:
    TimeActions(TimeController& controller, QObject* parent);

    QAction* previousDay;
    QAction* nextDay;
    QAction* previousMonth;
    QAction* nextMonth;
    QAction* previousYear;
    QAction* nextYear;
    QAction* previousEvent;
    QAction* nextEvent;
    QAction* start;
    QAction* end;
    QAction* play;

    /// Adds them all to `widget` (a menu, or the window so they work without one).
    void addTo(QWidget* widget) const;
};

} // namespace frontier
