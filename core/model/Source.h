#pragma once

#include "Date.h"

#include <QString>

namespace frontier {

/// \brief A published source that events cite.
struct Source {
    QString id;
    QString outlet;
    QString title;
    Date published;
    QString citation;
    QString url;
    QString note;
};

} // namespace frontier
