# Compiler and linker hardening for every target in the project (cf. Debian's hardening-wrapper and
# KeePassXC's flags), plus an opt-in ASan+UBSan build.
add_compile_options(-Wall -Wextra -Wnon-virtual-dtor -Wformat=2 -Werror=format-security
                    -fstack-protector-strong -fstack-clash-protection -fcf-protection)
if(NOT RC_SANITIZE)
    # _FORTIFY_SOURCE needs optimisation and conflicts with ASan's interceptors.
    add_compile_options($<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>)
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
include(CheckPIESupported)
check_pie_supported()
add_link_options(-Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack -Wl,--as-needed)

if(RC_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# Stricter warnings for hand-written code only: Qt's generated QML cache code trips -Wshadow.
function(rc_strict_warnings target)
    target_compile_options(${target} PRIVATE -Wpedantic -Wshadow)
endfunction()
