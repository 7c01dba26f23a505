#pragma once

#include "AtlasModel.h"

#include <QObject>
#include <QTimer>

#include <memory>

namespace frontier {

/// \brief The ways to move the model's date: steps, jumps to the previous or next event, play
/// and pause. It keeps no date of its own: everything follows AtlasModel::dateChanged.
class TimeController : public QObject {
    Q_OBJECT
public:
    /// Milliseconds between two play steps.
    static constexpr int kTickMs = 100;

    explicit TimeController(AtlasModel& model, QObject* parent = nullptr);

    Date date() const { return m_model.date(); }
    bool isPlaying() const { return m_timer.isActive(); }
    /// Days the date advances on each play tick.
    int speed() const { return m_speed; }

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
    void playingChanged(bool playing);
    void speedChanged(int daysPerTick);

private:
    void tick();

    AtlasModel& m_model;
    int m_speed = 7;
    QTimer m_timer;
};

} // namespace frontier
