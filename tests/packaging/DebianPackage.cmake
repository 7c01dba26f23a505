# Builds the .deb into OUTPUT with cpack, checks that its dependencies came from dpkg-shlibdeps
# (the Qt libraries) and from the package's own list (the fonts), and runs lintian on it: an error
# or a warning fails.
#   cmake -DCPACK=cpack -DDPKG_DEB=dpkg-deb -DLINTIAN=lintian -DCONFIG=build/CPackConfig.cmake
#         -DOUTPUT=dir -P DebianPackage.cmake
file(REMOVE_RECURSE "${OUTPUT}")
execute_process(COMMAND "${CPACK}" --config "${CONFIG}" -B "${OUTPUT}" COMMAND_ERROR_IS_FATAL ANY)
file(GLOB deb "${OUTPUT}/*.deb")
list(LENGTH deb count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "cpack made ${count} .deb files in ${OUTPUT}, not one")
endif()

execute_process(COMMAND "${DPKG_DEB}" --field "${deb}" Depends
  OUTPUT_VARIABLE depends OUTPUT_STRIP_TRAILING_WHITESPACE COMMAND_ERROR_IS_FATAL ANY)
foreach(package libqt6gui6 fonts-noto-core)
  if(NOT depends MATCHES "(^|, )${package}( |,|$)")
    message(FATAL_ERROR "${deb} does not depend on ${package}: Depends: ${depends}")
  endif()
endforeach()

execute_process(COMMAND "${LINTIAN}" --fail-on error,warning "${deb}" RESULT_VARIABLE failed)
if(failed)
  message(FATAL_ERROR "lintian found errors or warnings in ${deb}")
endif()
