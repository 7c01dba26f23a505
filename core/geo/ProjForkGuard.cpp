#include "ProjForkGuard.h"

#include <condition_variable>
#include <mutex>

#include <pthread.h>

namespace frontier {
namespace {

struct Guards {
    std::mutex mutex;
    std::condition_variable none;
    int alive = 0;
};

// Never destroyed: a thread may still hold a guard while the program exits.
Guards& guards()
{
    static Guards* g = new Guards;
    return *g;
}

// fork()'s prepare handler: waits for every guard to end and holds the mutex across the fork,
// so no new one starts; the parent and the child release it.
void holdForFork()
{
    Guards& g = guards();
    std::unique_lock lock(g.mutex);
    g.none.wait(lock, [&g] { return g.alive == 0; });
    lock.release();
}

void releaseAfterFork()
{
    guards().mutex.unlock();
}

} // namespace

ProjForkGuard::ProjForkGuard()
{
    [[maybe_unused]] static const bool registered =
        pthread_atfork(holdForFork, releaseAfterFork, releaseAfterFork) == 0;
    Guards& g = guards();
    const std::lock_guard lock(g.mutex);
    ++g.alive;
}

ProjForkGuard::~ProjForkGuard()
{
    Guards& g = guards();
    {
        const std::lock_guard lock(g.mutex);
        --g.alive;
    }
    g.none.notify_all();
}

} // namespace frontier
