#include "TimeController.h"

#include <QDate>

#include <algorithm>

namespace frontier {
namespace {

QDate toQDate(Date d)
{
    return QDate::fromJulianDay(d.julianDay());
}
Date fromQDate(QDate d)
{
    return Date::fromJulianDay(static_cast<std::int32_t>(d.toJulianDay()));
}

} // namespace

TimeController::TimeController(AtlasModel& model, QObject* parent) : QObject(parent), m_model(model)
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &TimeController::tick);
}

void TimeController::setDate(Date date)
{
    m_model.setDate(date);
}

void TimeController::stepDays(int days)
{
    setDate(date().addDays(days));
}

void TimeController::stepMonths(int months)
{
    setDate(fromQDate(toQDate(date()).addMonths(months)));
}

void TimeController::stepYears(int years)
{
    setDate(fromQDate(toQDate(date()).addYears(years)));
}

void TimeController::previousEvent()
{
    if (const auto d = m_model.timeline().previousChange(date()))
        setDate(*d);
}

void TimeController::nextEvent()
{
    if (const auto d = m_model.timeline().nextChange(date()))
        setDate(*d);
}

void TimeController::goToStart()
{
    setDate(AtlasModel::minimumDate());
}

void TimeController::goToEnd()
{
    setDate(AtlasModel::maximumDate());
}

void TimeController::play()
{
    if (isPlaying())
        return;
    if (date() == AtlasModel::maximumDate())
        goToStart();
    m_timer.start();
    emit playingChanged(true);
}

void TimeController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void TimeController::togglePlay()
{
    isPlaying() ? pause() : play();
}

void TimeController::setSpeed(int daysPerTick)
{
    daysPerTick = std::max(1, daysPerTick);
    if (daysPerTick == m_speed)
        return;
    m_speed = daysPerTick;
    emit speedChanged(m_speed);
}

void TimeController::tick()
{
    stepDays(m_speed);
    if (date() == AtlasModel::maximumDate())
        pause();
}

} // namespace frontier
