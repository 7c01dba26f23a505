#include "TimeController.h"

#include <QDate>

#include <algorithm>

namespace frontier {
namespace {

QDate toQDate(Date d) { return QDate::fromJulianDay(d.julianDay()); }
Date fromQDate(QDate d) { return Date::fromJulianDay(static_cast<std::int32_t>(d.toJulianDay())); }

} // namespace

TimeController::TimeController(std::shared_ptr<const Timeline> timeline, QObject* parent)
    : QObject(parent), m_timeline(std::move(timeline))
{
    m_timer.setInterval(kTickMs);
    connect(&m_timer, &QTimer::timeout, this, &TimeController::tick);
}

void TimeController::setDate(Date date)
{
    const std::int32_t jd = std::clamp(date.julianDay(), minimum().julianDay(), maximum().julianDay());
    const Date clamped = Date::fromJulianDay(jd);
    if (clamped == m_date) return;
    m_date = clamped;
    emit dateChanged(m_date);
}

void TimeController::stepDays(int days) { setDate(m_date.addDays(days)); }

void TimeController::stepMonths(int months) { setDate(fromQDate(toQDate(m_date).addMonths(months))); }

void TimeController::stepYears(int years) { setDate(fromQDate(toQDate(m_date).addYears(years))); }

void TimeController::previousEvent()
{
    if (const auto d = m_timeline->previousChange(m_date)) setDate(*d);
}

void TimeController::nextEvent()
{
    if (const auto d = m_timeline->nextChange(m_date)) setDate(*d);
}

void TimeController::goToStart() { setDate(minimum()); }

void TimeController::goToEnd() { setDate(maximum()); }

void TimeController::play()
{
    if (isPlaying()) return;
    if (m_date == maximum()) goToStart();
    m_timer.start();
    emit playingChanged(true);
}

void TimeController::pause()
{
    if (!isPlaying()) return;
    m_timer.stop();
    emit playingChanged(false);
}

void TimeController::togglePlay() { isPlaying() ? pause() : play(); }

void TimeController::setSpeed(int daysPerTick) { m_speed = std::max(1, daysPerTick); }

void TimeController::tick()
{
    stepDays(m_speed);
    if (m_date == maximum()) pause();
}

} // namespace frontier
