# Warnings on everywhere; errors in CI so that a warning never lands.
add_compile_options(-Wall -Wextra -Wpedantic)
if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    add_compile_options(-Werror)
endif()
