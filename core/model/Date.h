#pragma once

#include <QString>
#include <QStringView>

#include <compare>
#include <cstdint>
#include <optional>

namespace frontier {

/// \brief A calendar date as a source gives it: to the day, the month or the year.
///
/// Stored as the Julian day of the period's first day plus the precision, so comparisons and
/// interval searches are integer operations.
class Date {
public:
    enum class Precision : std::uint8_t { Day, Month, Year };

    Date() = default;

    /// Strict ISO 8601 calendar date: "YYYY", "YYYY-MM" or "YYYY-MM-DD" (year 0001-9999).
    /// Returns nothing for anything else, including impossible days such as 2019-02-30.
    static std::optional<Date> parse(QStringView text);
    static Date fromYmd(int year, int month, int day, Precision precision = Precision::Day);
    static Date fromJulianDay(std::int32_t jd) { return Date(jd, Precision::Day); }

    bool isValid() const { return m_jd != 0; }
    /// The first day of the period.
    std::int32_t julianDay() const { return m_jd; }
    /// The last day of the period (the same day for day precision).
    std::int32_t lastJulianDay() const;
    Precision precision() const { return m_precision; }
    bool isApproximate() const { return m_precision != Precision::Day; }
    int year() const;

    /// ISO text in the date's own precision, e.g. "2014-06".
    QString toString() const;
    /// The first day as a day-precision date.
    Date firstDay() const { return Date(m_jd, Precision::Day); }
    Date addDays(int days) const { return Date(m_jd + days, Precision::Day); }

    friend bool operator==(const Date&, const Date&) = default;
    friend std::strong_ordering operator<=>(const Date& a, const Date& b)
    {
        if (auto c = a.m_jd <=> b.m_jd; c != 0)
            return c;
        return a.m_precision <=> b.m_precision;
    }

private:
    Date(std::int32_t jd, Precision precision) : m_jd(jd), m_precision(precision) {}
    std::int32_t m_jd = 0;
    Precision m_precision = Precision::Day;
};

} // namespace frontier
