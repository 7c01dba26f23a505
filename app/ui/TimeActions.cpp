#include "TimeActions.h"

#include "time/TimeController.h"

#include <QAction>
#include <QWidget>

namespace frontier {
namespace {

// A step's arrows, as `iconText` has them, isolated left to right: time runs left to right in
// every language (TimelinePanel), and in a right-to-left window the bidi algorithm would otherwise
// reverse "|◀" and put "◀ش"'s arrow after its letter.
QString leftToRight(const QString& iconText)
{
    return QChar(0x2066) + iconText + QChar(0x2069); // LEFT-TO-RIGHT ISOLATE … POP
}

QAction* make(QObject* parent, const QString& text, const QKeySequence& key, const QString& name,
              const QString& iconText)
{
    auto* a = new QAction(text, parent);
    a->setIconText(leftToRight(iconText));
    a->setShortcut(key);
    a->setObjectName(name);
    a->setToolTip(QStringLiteral("%1 (%2)").arg(text, key.toString(QKeySequence::NativeText)));
    return a;
}

} // namespace

TimeActions::TimeActions(TimeController& c, QObject* parent)
    : QObject(parent), previousDay(make(this, tr("Previous day"), Qt::Key_Left,
                                        QStringLiteral("previousDay"), QStringLiteral("◀"))),
      nextDay(make(this, tr("Next day"), Qt::Key_Right, QStringLiteral("nextDay"),
                   QStringLiteral("▶"))),
      previousMonth(make(this, tr("Previous month"), Qt::CTRL | Qt::Key_Left,
                         QStringLiteral("previousMonth"), tr("◀M"))),
      nextMonth(make(this, tr("Next month"), Qt::CTRL | Qt::Key_Right, QStringLiteral("nextMonth"),
                     tr("M▶"))),
      previousYear(make(this, tr("Previous year"), Qt::CTRL | Qt::SHIFT | Qt::Key_Left,
                        QStringLiteral("previousYear"), tr("◀Y"))),
      nextYear(make(this, tr("Next year"), Qt::CTRL | Qt::SHIFT | Qt::Key_Right,
                    QStringLiteral("nextYear"), tr("Y▶"))),
      previousEvent(make(this, tr("Previous event"), Qt::Key_PageUp,
                         QStringLiteral("previousEvent"), QStringLiteral("◀◆"))),
      nextEvent(make(this, tr("Next event"), Qt::Key_PageDown, QStringLiteral("nextEvent"),
                     QStringLiteral("◆▶"))),
      start(make(this, tr("Start (2012-01-01)"), Qt::Key_Home, QStringLiteral("timeStart"),
                 QStringLiteral("|◀"))),
      end(make(this, tr("End (2025-12-31)"), Qt::Key_End, QStringLiteral("timeEnd"),
               QStringLiteral("▶|"))),
      play(make(this, tr("Play"), Qt::Key_Space, QStringLiteral("play"), tr("Play")))
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
        play->setText(playing ? tr("Pause") : tr("Play"));
        play->setIconText(play->text());
    });
}

void TimeActions::addTo(QWidget* widget) const
{
    widget->addActions({previousDay, nextDay, previousMonth, nextMonth, previousYear, nextYear,
                        previousEvent, nextEvent, start, end, play});
}

} // namespace frontier
