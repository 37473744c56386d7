# The distribution profile this build is for: packaging/distributions/<RC_DISTRIBUTION>.json (see
# docs/packaging.md). Included by the top-level CMakeLists.txt before app/ and content/, because it
# decides the bundled packs, the pinned TUF root and what the app shows; packaging/ uses it for the
# package name, the application id, the icon, the .desktop file and the AppStream metainfo.
set(RC_DISTRIBUTION default CACHE STRING "Distribution profile: packaging/distributions/<name>.json")
include(${CMAKE_CURRENT_LIST_DIR}/cmake/ReadDistribution.cmake)
set(RC_DISTRIBUTION_FILE ${PROJECT_SOURCE_DIR}/packaging/distributions/${RC_DISTRIBUTION}.json)
rc_read_distribution(${RC_DISTRIBUTION_FILE} ${PROJECT_SOURCE_DIR})
set_property(DIRECTORY ${PROJECT_SOURCE_DIR} APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${RC_DISTRIBUTION_FILE})
message(STATUS "Distribution profile: ${RC_DIST_ID} (${RC_DIST_NAME}, ${RC_DIST_APP_ID}, vault ${RC_DIST_VAULT})")

# The profile decides which packs are bundled (content/CMakeLists.txt reads RC_BUNDLED_PACKS; a normal
# variable takes precedence over its cache default, policy CMP0126).
set(RC_BUNDLED_PACKS ${RC_DIST_PACKS})
# The TUF root metadata this build trusts, pinned: empty when the profile leaves it to the content build.
set(RC_TRUSTED_ROOT ${RC_DIST_ROOT})

# What the app reads at run time: the profile itself and its pinned root, compiled in as
# :/distribution/profile.json and :/distribution/root.json (app/ui/DistributionProfile).
set(RC_DISTRIBUTION_RESOURCE_DIR ${CMAKE_BINARY_DIR}/distribution)
configure_file(${RC_DISTRIBUTION_FILE} ${RC_DISTRIBUTION_RESOURCE_DIR}/profile.json COPYONLY)
set(RC_DISTRIBUTION_RESOURCES ${RC_DISTRIBUTION_RESOURCE_DIR}/profile.json)
if(RC_DIST_ROOT)
    configure_file(${RC_DIST_ROOT} ${RC_DISTRIBUTION_RESOURCE_DIR}/root.json COPYONLY)
    list(APPEND RC_DISTRIBUTION_RESOURCES ${RC_DISTRIBUTION_RESOURCE_DIR}/root.json)
else()
    file(REMOVE ${RC_DISTRIBUTION_RESOURCE_DIR}/root.json)
endif()

# rc_add_distribution_resources(<target>): compiles the profile into a target (rc_ui does this).
function(rc_add_distribution_resources target)
    qt_add_resources(${target} rc_distribution
        PREFIX /distribution
        BASE ${RC_DISTRIBUTION_RESOURCE_DIR}
        FILES ${RC_DISTRIBUTION_RESOURCES})
endfunction()
