#pragma once

namespace frontier {

/// \brief While one is alive, this thread may be opening PROJ's database, and a fork() in any
/// thread waits until none is.
///
/// PROJ before 9.5 (Debian 12 has 9.1) locks its database cache's mutex in a fork's child without
/// having held it across the fork: when another thread held it then, the child hangs before it
/// can exec (OSGeo/PROJ#4231). libdbus forks to start a session bus when there is none while the
/// window's threads set up projections, and one window start in ~15 never showed. Every call
/// that may open PROJ's database, directly or through GDAL, runs inside a ProjForkGuard.
class ProjForkGuard {
public:
    ProjForkGuard();
    ~ProjForkGuard();
    ProjForkGuard(const ProjForkGuard&) = delete;
    ProjForkGuard& operator=(const ProjForkGuard&) = delete;
};

} // namespace frontier
