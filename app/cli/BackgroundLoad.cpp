#include "BackgroundLoad.h"

#include "DataLocator.h"

#include <QThread>

namespace frontier {

namespace {

// Qt takes the first thread that asks for its thread data as the main one; with no application
// yet, that could be the worker. Asking here first keeps it the caller's.
bool pinQtMainThread()
{
    return QThread::currentThread() != nullptr;
}

} // namespace

BackgroundLoad::BackgroundLoad(const QString& dataPath, const QString& crs)
    : m_result((pinQtMainThread(), std::async(std::launch::async, [dataPath, crs] {
          auto renderer = std::make_unique<MapRenderer>(std::make_shared<const Timeline>(DataLocator::load(dataPath)));
          renderer->projected(crs);
          return renderer;
      })))
{
}

std::unique_ptr<MapRenderer> BackgroundLoad::take() { return m_result.get(); }

} // namespace frontier
