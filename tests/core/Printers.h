#pragma once

// Readable GoogleTest failure messages for Qt values and the model's enums (otherwise printed as
// raw bytes).

#include "model/Event.h"

#include <QByteArray>
#include <QString>

#include <ostream>

inline void PrintTo(const QString& s, std::ostream* os)
{
    *os << '"' << s.toStdString() << '"';
}
inline void PrintTo(const QByteArray& b, std::ostream* os)
{
    *os << '"' << b.toStdString() << '"';
}

namespace frontier {
inline void PrintTo(CrossingStatus s, std::ostream* os)
{
    *os << statusName(s).toStdString();
}
inline void PrintTo(Confidence c, std::ostream* os)
{
    *os << confidenceName(c).toStdString();
}
inline void PrintTo(EventKind k, std::ostream* os)
{
    *os << eventKindName(k).toStdString();
}
inline void PrintTo(Side s, std::ostream* os)
{
    *os << sideCode(s).toStdString();
}
} // namespace frontier
