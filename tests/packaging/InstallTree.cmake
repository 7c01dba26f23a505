# Installs the build in BUILD_DIR into DESTDIR at PREFIX, as a packager would, replacing what an
# earlier run left there:
#   cmake -DBUILD_DIR=build -DDESTDIR=stage -DPREFIX=/opt/x -P InstallTree.cmake
file(REMOVE_RECURSE "${DESTDIR}")
set(ENV{DESTDIR} "${DESTDIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
  COMMAND_ERROR_IS_FATAL ANY)
