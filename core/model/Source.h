#pragma once

#include "Date.h"

#include <QString>

namespace frontier {

/// \brief A published source that events cite.
struct Source {
    QString id;
    QString outlet;
    QString title;
    Date published; ///< invalid for an undated page (a living document, an undated feature)
    QString citation;
    QString url;
    QString note;
    friend bool operator==(const Source&, const Source&) = default;

    /// The date in its precision, or "n.d." (no date) for an undated page.
    QString publishedText() const
    {
        return published.isValid() ? published.toString() : QStringLiteral("n.d.");
    }
};

} // namespace frontier
