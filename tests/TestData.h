#pragma once

#include "io/DatasetReader.h"
#include "time/Timeline.h"

#include <QString>

#include <memory>

namespace frontier::test {

/// The bundled dataset, loaded once for all tests of an executable.
inline std::shared_ptr<const Dataset> bundled()
{
    static const auto dataset = [] {
        auto result = DatasetReader::read(QStringLiteral(FRONTIER_MAPS_DIR));
        return result.dataset;
    }();
    return dataset;
}

inline std::shared_ptr<const Timeline> bundledTimeline()
{
    static const auto timeline = std::make_shared<const Timeline>(bundled());
    return timeline;
}

inline QString testData(const QString& relative)
{
    return QStringLiteral(FRONTIER_TEST_DATA_DIR "/") + relative;
}

} // namespace frontier::test
