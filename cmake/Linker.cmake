# About 130 test executables each link the core libraries. GNU ld takes 2.5-3 s for a window test;
# gold (binutils, beside ld) takes about 1 s for the same link, with the same compressed debug
# sections.
include(CheckLinkerFlag)

option(DMC_GOLD_LINKER "Link with gold when the toolchain has it" ON)
if(DMC_GOLD_LINKER)
    check_linker_flag(CXX -fuse-ld=gold DMC_HAS_GOLD)
    if(DMC_HAS_GOLD)
        add_link_options(-fuse-ld=gold)
    endif()
endif()
