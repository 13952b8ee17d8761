# Disk a build takes: about 80 test executables each link the core libraries, so with full debug
# information a gcc build and the sanitizer build together filled a CI machine's disk.
#   - debug sections are written compressed (-gz) in objects, precompiled headers and executables;
#   - static libraries are thin archives: they name the objects instead of copying them.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)

check_cxx_compiler_flag(-gz DMC_HAS_COMPRESSED_DEBUG)
check_linker_flag(CXX -gz DMC_LINKS_COMPRESSED_DEBUG)
if(DMC_HAS_COMPRESSED_DEBUG AND DMC_LINKS_COMPRESSED_DEBUG)
    add_compile_options(-gz)
    add_link_options(-gz)
endif()

if(CMAKE_AR MATCHES "(^|/)ar$")
    set(CMAKE_CXX_ARCHIVE_CREATE "<CMAKE_AR> qcT <TARGET> <LINK_FLAGS> <OBJECTS>")
    set(CMAKE_CXX_ARCHIVE_APPEND "<CMAKE_AR> qT <TARGET> <LINK_FLAGS> <OBJECTS>")
endif()
