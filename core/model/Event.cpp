#include "Event.h"

#include <algorithm>
#include <array>
#include <utility>

namespace frontier {
namespace {

template <typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char16_t*>, N>& table, Enum value)
{
    for (const auto& [e, name] : table)
        if (e == value)
            return QString::fromUtf16(name);
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char16_t*>, N>& table,
                            QStringView name)
{
    for (const auto& [e, n] : table)
        if (name == QStringView(n))
            return e;
    return std::nullopt;
}

constexpr std::array kKinds{
    std::pair{EventKind::Control, u"control"}, std::pair{EventKind::Status, u"status"},
    std::pair{EventKind::Incident, u"incident"}, std::pair{EventKind::Statement, u"statement"},
    std::pair{EventKind::Report, u"report"}};
constexpr std::array kStatuses{std::pair{CrossingStatus::Unknown, u"unknown"},
                               std::pair{CrossingStatus::Open, u"open"},
                               std::pair{CrossingStatus::Closed, u"closed"},
                               std::pair{CrossingStatus::Restricted, u"restricted"}};
constexpr std::array kConfidences{std::pair{Confidence::High, u"high"},
                                  std::pair{Confidence::Medium, u"medium"},
                                  std::pair{Confidence::Low, u"low"}};

} // namespace

QString eventKindName(EventKind kind)
{
    return nameOf(kKinds, kind);
}
std::optional<EventKind> eventKindFromName(QStringView name)
{
    return valueOf(kKinds, name);
}
QString statusName(CrossingStatus status)
{
    return nameOf(kStatuses, status);
}
std::optional<CrossingStatus> statusFromName(QStringView name)
{
    return valueOf(kStatuses, name);
}
QString confidenceName(Confidence confidence)
{
    return nameOf(kConfidences, confidence);
}
std::optional<Confidence> confidenceFromName(QStringView name)
{
    return valueOf(kConfidences, name);
}

bool Claim::affectsState() const
{
    static const QStringList fields{QStringLiteral("date"),   QStringLiteral("end"),
                                    QStringLiteral("actor"),  QStringLiteral("with"),
                                    QStringLiteral("status"), QStringLiteral("side")};
    return fields.contains(field);
}

bool Event::isDisputed() const
{
    return std::any_of(claims.begin(), claims.end(),
                       [](const Claim& c) { return c.affectsState(); });
}

} // namespace frontier
