# CPack: a Debian package and a relocatable tar.gz of everything `install` puts in place (the two
# executables, the bundled content as content/CMakeLists.txt installs it, the .desktop file, the
# AppStream metainfo and the icons; the interface translations are compiled in). Included last by the
# top-level CMakeLists.txt. `cpack` in the build folder writes both; `cpack -G DEB` only the .deb.
# The installed .deb is tested by tests/package (label `package`). See docs/packaging.md.

set(CPACK_PACKAGE_NAME ${RC_DIST_PACKAGE})
set(CPACK_PACKAGE_VENDOR ${RC_DIST_PUBLISHER})
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL ${RC_DIST_SUPPORT_URL})
if(RC_DIST_SUPPORT_EMAIL)
    set(CPACK_PACKAGE_CONTACT "${RC_DIST_PUBLISHER} <${RC_DIST_SUPPORT_EMAIL}>")
else()
    set(CPACK_PACKAGE_CONTACT "${RC_DIST_PUBLISHER}")
endif()
set(CPACK_GENERATOR DEB TGZ)
set(CPACK_SOURCE_GENERATOR "")
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_BINARY_DIR}/packages)
# Nobody needs the debug information of a package handed out on a USB stick: strip it (a third of the size).
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
# The tar.gz unpacks into one folder with bin/ and share/ side by side: the app finds its content
# relative to its own location, so the folder can live anywhere.
set(CPACK_ARCHIVE_FILE_NAME "${RC_DIST_PACKAGE}-${PROJECT_VERSION}-linux-${CMAKE_SYSTEM_PROCESSOR}")

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${PROJECT_DESCRIPTION}
Rights information in the user's own language, every fact with a source and a date, working with no
network; private notes, case details and documents in an encrypted vault on the device.")
# Libraries (Qt, SQLite, OpenSSL, libargon2, ICU) come from dpkg-shlibdeps. It cannot see what Qt loads
# at run time: the QML modules the pages import (QtQuick, Controls with the Material style, Layouts, and
# what those import in turn) and the fonts for Arabic and Ethiopic script. tests/package checks this
# list against the modules the installed app really loads.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(RC_DEB_QML_MODULES
    qml6-module-qtqml
    qml6-module-qtqml-workerscript
    qml6-module-qtquick
    qml6-module-qtquick-controls
    qml6-module-qtquick-layouts
    qml6-module-qtquick-templates
    qml6-module-qtquick-window)
list(JOIN RC_DEB_QML_MODULES ", " _qml_depends)
# Recordings are Ogg Opus, decoded by GStreamer's base plug-ins (Qt Multimedia's backend here).
# libqt6svg6: Qt's SVG image plugin, which draws the pictograms; nothing links it, so shlibdeps misses it.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${_qml_depends}, fonts-noto-core, gstreamer1.0-plugins-base, libqt6svg6")
# Wayland sessions (without it Qt runs through XWayland), software OpenGL for machines without a GPU
# driver, and the interface font.
# Sound through PulseAudio or PipeWire's pulse server; voices for reading aloud where there is no
# recording (speech-dispatcher has voices for many languages, flite for English).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, libgl1-mesa-dri, fonts-noto-ui-core, gstreamer1.0-pulseaudio, qt6-speech-speechd-plugin | qt6-speech-flite-plugin")
# Every distribution installs /usr/bin/rights-companion: one of them at a time.
set(CPACK_DEBIAN_PACKAGE_PROVIDES "rights-companion-app")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "rights-companion-app")
set(CPACK_DEBIAN_PACKAGE_REPLACES "rights-companion-app")

include(CPack)
