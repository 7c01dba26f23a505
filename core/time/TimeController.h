#pragma once

#include "Timeline.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace frontier {

/// \brief The current date of the window, and the ways to move it: steps, jumps to the
/// previous or next event, play and pause. The map, the panels and the swimlane all follow its
/// one dateChanged signal. The date always stays within [minimum(), maximum()].
class TimeController : public QObject {
    Q_OBJECT
public:
    /// Milliseconds between two play steps.
    static constexpr int kTickMs = 100;

    explicit TimeController(std::shared_ptr<const Timeline> timeline, QObject* parent = nullptr);

    static Date minimum() { return Date::fromYmd(2012, 1, 1); }
    static Date maximum() { return Date::fromYmd(2025, 12, 31); }

    Date date() const { return m_date; }
    bool isPlaying() const { return m_timer.isActive(); }
    /// Days the date advances on each play tick.
    int speed() const { return m_speed; }
    const Timeline& timeline() const { return *m_timeline; }
    /// Another dataset's timeline (the date stays).
    void setTimeline(std::shared_ptr<const Timeline> timeline) { m_timeline = std::move(timeline); }

public slots:
    void setDate(frontier::Date date);
    void stepDays(int days);
    void stepMonths(int months);
    void stepYears(int years);
    void previousEvent();
    void nextEvent();
    void goToStart();
    void goToEnd();
    /// Plays from the start when the date is already at the end.
    void play();
    void pause();
    void togglePlay();
    void setSpeed(int daysPerTick);

signals:
    void dateChanged(frontier::Date date);
    void playingChanged(bool playing);

private:
    void tick();

    std::shared_ptr<const Timeline> m_timeline;
    Date m_date = minimum();
    int m_speed = 7;
    QTimer m_timer;
};

} // namespace frontier
