cmake_minimum_required(VERSION 3.24)
# Checks one distribution profile without configuring the project:
#   cmake -DPROFILE=packaging/distributions/example-ngo.json -DSOURCE_DIR=. -P packaging/cmake/check-distribution.cmake
include(${CMAKE_CURRENT_LIST_DIR}/ReadDistribution.cmake)
if(NOT SOURCE_DIR)
    get_filename_component(SOURCE_DIR "${CMAKE_CURRENT_LIST_DIR}/../.." ABSOLUTE)
endif()
rc_read_distribution("${PROFILE}" "${SOURCE_DIR}")
message("distribution profile ${RC_DIST_ID}: ${RC_DIST_NAME} (${RC_DIST_APP_ID}, package ${RC_DIST_PACKAGE}) is valid")
