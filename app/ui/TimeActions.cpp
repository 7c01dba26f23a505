#include "TimeActions.h"

#include "time/TimeController.h"

#include <QAction>
#include <QWidget>

namespace frontier {
namespace {

QAction* make(QObject* parent, const QString& text, const QKeySequence& key, const QString& name,
              const QString& iconText)
{
    auto* a = new QAction(text, parent);
    a->setIconText(iconText);
    a->setShortcut(key);
    a->setObjectName(name);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

TimeActions::TimeActions(TimeController& c, QObject* parent)
    : QObject(parent), previousDay(make(this, QStringLiteral("Previous day"), Qt::Key_Left,
                                        QStringLiteral("previousDay"), QStringLiteral("◀"))),
      nextDay(make(this, QStringLiteral("Next day"), Qt::Key_Right, QStringLiteral("nextDay"),
                   QStringLiteral("▶"))),
      previousMonth(make(this, QStringLiteral("Previous month"), Qt::CTRL | Qt::Key_Left,
                         QStringLiteral("previousMonth"), QStringLiteral("◀M"))),
      nextMonth(make(this, QStringLiteral("Next month"), Qt::CTRL | Qt::Key_Right,
                     QStringLiteral("nextMonth"), QStringLiteral("M▶"))),
      previousYear(make(this, QStringLiteral("Previous year"), Qt::CTRL | Qt::SHIFT | Qt::Key_Left,
                        QStringLiteral("previousYear"), QStringLiteral("◀Y"))),
      nextYear(make(this, QStringLiteral("Next year"), Qt::CTRL | Qt::SHIFT | Qt::Key_Right,
                    QStringLiteral("nextYear"), QStringLiteral("Y▶"))),
      previousEvent(make(this, QStringLiteral("Previous event"), Qt::Key_PageUp,
                         QStringLiteral("previousEvent"), QStringLiteral("◀◆"))),
      nextEvent(make(this, QStringLiteral("Next event"), Qt::Key_PageDown,
                     QStringLiteral("nextEvent"), QStringLiteral("◆▶"))),
      start(make(this, QStringLiteral("Start (2012-01-01)"), Qt::Key_Home,
                 QStringLiteral("timeStart"), QStringLiteral("|◀"))),
      end(make(this, QStringLiteral("End (2025-12-31)"), Qt::Key_End, QStringLiteral("timeEnd"),
               QStringLiteral("▶|"))),
      play(make(this, QStringLiteral("Play"), Qt::Key_Space, QStringLiteral("play"),
                QStringLiteral("Play")))
{
    connect(previousDay, &QAction::triggered, &c, [&c] { c.stepDays(-1); });
    connect(nextDay, &QAction::triggered, &c, [&c] { c.stepDays(1); });
    connect(previousMonth, &QAction::triggered, &c, [&c] { c.stepMonths(-1); });
    connect(nextMonth, &QAction::triggered, &c, [&c] { c.stepMonths(1); });
    connect(previousYear, &QAction::triggered, &c, [&c] { c.stepYears(-1); });
    connect(nextYear, &QAction::triggered, &c, [&c] { c.stepYears(1); });
    connect(previousEvent, &QAction::triggered, &c, &TimeController::previousEvent);
    connect(nextEvent, &QAction::triggered, &c, &TimeController::nextEvent);
    connect(start, &QAction::triggered, &c, &TimeController::goToStart);
    connect(end, &QAction::triggered, &c, &TimeController::goToEnd);
    connect(play, &QAction::triggered, &c, &TimeController::togglePlay);
    connect(&c, &TimeController::playingChanged, play, [this](bool playing) {
        play->setText(playing ? QStringLiteral("Pause") : QStringLiteral("Play"));
        play->setIconText(play->text());
    });
}

void TimeActions::addTo(QWidget* widget) const
{
    widget->addActions({previousDay, nextDay, previousMonth, nextMonth, previousYear, nextYear,
                        previousEvent, nextEvent, start, end, play});
}

} // namespace frontier
