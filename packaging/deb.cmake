# The Debian 13 package: `cpack -G DEB` in a build folder (packaging/dev package does it for the
# release preset). Library dependencies are computed by dpkg-shlibdeps from the binary when cpack
# runs (debdepends.cmake.in); the data and plugins Hoego loads at run time, which dpkg-shlibdeps
# cannot see, are listed here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME hoego)
set(CPACK_PACKAGE_VENDOR "The Hoego maintainers")
set(CPACK_PACKAGE_CONTACT "The Hoego maintainers <maintainers@hoego.org>" CACHE STRING "Maintainer of the DEB")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop journal for personal retrospectives")
set(CPACK_PACKAGE_DESCRIPTION
    "Hoego (회고) is a desktop app for writing personal retrospectives - year-end
reviews, half-year and monthly reviews, plans for the year ahead - and for
living with them afterwards: a timeline of past years, full-text search that
understands Korean, and goals tracked through the year. It is made for people
who write long retrospectives in Korean mixed with English terms.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # hoego_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_SECTION editors)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Run-time data and plugins: spellcheck dictionaries, the Korean font, the X11/Wayland platform
# plugins, the SQLite driver behind the journal, WebP and other image formats for attachments.
# (KSyntaxHighlighting's definitions come with libkf6syntaxhighlighting6, which dpkg-shlibdeps finds.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "hunspell-ko, hunspell-en-us, fonts-noto-cjk, qt6-qpa-plugins, libqt6sql6-sqlite, qt6-image-formats-plugins")
# Native Wayland windows, and the SVG icons of icon themes such as Breeze; Hoego runs without them.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-svg-plugins")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE xz)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
# CPack's own CPACK_DEBIAN_PACKAGE_SHLIBDEPS needs the `file` program to find ELF files; we know our one
# binary and run dpkg-shlibdeps on it ourselves, which needs nothing beyond dpkg-dev.
set(HOEGO_DEB_BINARY "$<TARGET_FILE:hoego>")
file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/CPackHoegoDepends.cmake
    INPUT ${CMAKE_CURRENT_SOURCE_DIR}/debdepends.cmake.in)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/CPackHoegoDepends.cmake)
include(CPack)
