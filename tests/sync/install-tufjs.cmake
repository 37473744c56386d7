# Installs tuf-js 4 (npm) into NODE_DIR for the interoperability test; run by CTest as the fixture
# test tufjs_install before tst_tufjsinterop:
#   cmake -DNPM=/usr/bin/npm -DNODE_DIR=<build>/node -P install-tufjs.cmake
# Does nothing when tuf-js 4 is there already, so later runs work without the network.
cmake_minimum_required(VERSION 3.25)

set(package_json "${NODE_DIR}/node_modules/tuf-js/package.json")
if(EXISTS "${package_json}")
    file(READ "${package_json}" manifest)
    string(JSON version ERROR_VARIABLE json_error GET "${manifest}" version)
    if(NOT json_error AND version MATCHES "^4\\.")
        message(STATUS "tuf-js ${version} is installed in ${NODE_DIR}")
        return()
    endif()
endif()

file(MAKE_DIRECTORY "${NODE_DIR}")
message(STATUS "installing tuf-js@4 into ${NODE_DIR} with ${NPM}")
execute_process(
    COMMAND "${NPM}" install --no-audit --no-fund --no-save --prefix "${NODE_DIR}" tuf-js@4
    WORKING_DIRECTORY "${NODE_DIR}"
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE errors
    TIMEOUT 540)
if(NOT result EQUAL 0 OR NOT EXISTS "${package_json}")
    message(FATAL_ERROR
        "npm could not install tuf-js@4 into ${NODE_DIR} (${result}). The tuf-js interoperability "
        "test needs it, and so needs the npm registry once; run this again when there is a network.\n"
        "npm said:\n${output}\n${errors}")
endif()
message(STATUS "tuf-js installed: ${output}")
