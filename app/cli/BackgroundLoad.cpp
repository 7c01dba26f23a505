#include "BackgroundLoad.h"

#include "DataLocator.h"

#include <QThread>

namespace frontier {

BackgroundLoad::BackgroundLoad(const QString& dataPath, const QString& crs, Style style,
                               bool basemap)
{
    // Qt takes the first thread that asks for its thread data as the main one; with no
    // application yet, that could be the worker. Asking here first keeps it the caller's.
    QThread::currentThread();
    m_result = std::async(std::launch::async, [dataPath, crs, basemap, style = std::move(style)] {
        auto renderer = std::make_unique<MapRenderer>(
            std::make_shared<const Timeline>(
                basemap ? DataLocator::load(dataPath)
                        : std::make_shared<const Dataset>(DatasetContent{})),
            style);
        renderer->projected(crs);
        return renderer;
    });
}

std::unique_ptr<MapRenderer> BackgroundLoad::take()
{
    return m_result.get();
}

} // namespace frontier
