# About 130 test executables each link the core libraries. A faster linker than GNU ld, when the
# toolchain has one: gcc links with gold (binutils, beside ld), a window test in 1.1 s instead of
# 2.7 s; clang with lld (package lld) where installed, an ASan test in 1.4 s instead of 3.8 s.
# gold is not used with clang: with the ASan runtime it warns about every exported local symbol.
include(CheckLinkerFlag)

option(DMC_FAST_LINKER "Link with gold (gcc) or lld (clang) when the toolchain has it" ON)
if(DMC_FAST_LINKER)
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        check_linker_flag(CXX -fuse-ld=gold DMC_HAS_GOLD)
        if(DMC_HAS_GOLD)
            add_link_options(-fuse-ld=gold)
        endif()
    elseif(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        check_linker_flag(CXX -fuse-ld=lld DMC_HAS_LLD)
        if(DMC_HAS_LLD)
            add_link_options(-fuse-ld=lld)
        endif()
    endif()
endif()
