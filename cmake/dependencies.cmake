# Every dependency is found here; a missing one stops configure with the Debian package to install
# (packaging/deps.txt lists them all, and packaging/dev installs them).

function(hoego_require found what package)
    if(NOT ${found})
        message(FATAL_ERROR "Hoego needs ${what}. On Debian 13 / Ubuntu 25.04: apt install ${package}\n"
                            "(or run packaging/dev, which installs everything in packaging/deps.txt).")
    endif()
endfunction()

find_package(Qt6 6.5 QUIET COMPONENTS Core Gui Widgets Sql)
hoego_require(Qt6_FOUND "Qt >= 6.5 (Core, Gui, Widgets, Sql)" "qt6-base-dev")

find_package(Qt6 6.5 QUIET COMPONENTS LinguistTools)
hoego_require(Qt6LinguistTools_FOUND "Qt Linguist tools" "qt6-tools-dev qt6-l10n-tools")

find_package(KF6SyntaxHighlighting QUIET)
hoego_require(KF6SyntaxHighlighting_FOUND "KF6 SyntaxHighlighting" "libkf6syntaxhighlighting-dev")

find_package(PkgConfig QUIET)
hoego_require(PKG_CONFIG_FOUND "pkg-config" "pkgconf")
pkg_check_modules(HUNSPELL QUIET IMPORTED_TARGET hunspell)
hoego_require(HUNSPELL_FOUND "Hunspell" "libhunspell-dev")

if(HOEGO_BUILD_TESTS)
    find_package(GTest QUIET)
    hoego_require(GTest_FOUND "GoogleTest and GoogleMock" "libgtest-dev libgmock-dev")
    find_package(Qt6 6.5 QUIET COMPONENTS Test)
    hoego_require(Qt6Test_FOUND "Qt Test" "qt6-base-dev")
endif()
if(HOEGO_BUILD_BENCHMARKS)
    find_package(benchmark QUIET)
    hoego_require(benchmark_FOUND "Google Benchmark" "libbenchmark-dev")
endif()

qt_standard_project_setup()
