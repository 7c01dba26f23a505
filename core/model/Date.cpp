#include "Date.h"

#include <QDate>

namespace frontier {
namespace {

// Reads exactly `count` ASCII digits at `pos`; -1 if any is not a digit.
int readDigits(QStringView text, qsizetype pos, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<Date> Date::parse(QStringView text)
{
    const qsizetype n = text.size();
    if (n != 4 && n != 7 && n != 10)
        return std::nullopt;
    const int year = readDigits(text, 0, 4);
    if (year < 1)
        return std::nullopt;
    if (n == 4)
        return fromYmd(year, 1, 1, Precision::Year);
    if (text[4] != u'-')
        return std::nullopt;
    const int month = readDigits(text, 5, 2);
    if (month < 1 || month > 12)
        return std::nullopt;
    if (n == 7)
        return fromYmd(year, month, 1, Precision::Month);
    if (text[7] != u'-')
        return std::nullopt;
    const int day = readDigits(text, 8, 2);
    if (day < 1 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return fromYmd(year, month, day, Precision::Day);
}

Date Date::fromYmd(int year, int month, int day, Precision precision)
{
    return Date(static_cast<std::int32_t>(QDate(year, month, day).toJulianDay()), precision);
}

std::int32_t Date::lastJulianDay() const
{
    const QDate first = QDate::fromJulianDay(m_jd);
    switch (m_precision) {
    case Precision::Day:
        return m_jd;
    case Precision::Month:
        return m_jd + first.daysInMonth() - 1;
    case Precision::Year:
        return m_jd + first.daysInYear() - 1;
    }
    return m_jd;
}

int Date::year() const
{
    return QDate::fromJulianDay(m_jd).year();
}

QString Date::toString() const
{
    const QDate d = QDate::fromJulianDay(m_jd);
    switch (m_precision) {
    case Precision::Year:
        return d.toString(QStringLiteral("yyyy"));
    case Precision::Month:
        return d.toString(QStringLiteral("yyyy-MM"));
    case Precision::Day:
        break;
    }
    return d.toString(Qt::ISODate);
}

} // namespace frontier
