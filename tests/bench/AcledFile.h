#pragma once

#include "AcledGenerator.h"

#include <QDir>
#include <QFileInfo>

namespace frontier::bench {

/// 1,000,000 ACLED-like events in ACLED's CSV format (no ACLED data may be bundled): written
/// once to the temporary folder and kept there for later runs.
inline QString acledCsv()
{
    static const QString path = [] {
        const QString p = QDir::temp().filePath(QStringLiteral("frontier-bench-acled-1m.csv"));
        if (!QFileInfo::exists(p))
            test::writeAcledCsv(p, 1'000'000);
        return p;
    }();
    return path;
}

} // namespace frontier::bench
