# Second build for hostile input (docs/sanitizers.md):
#   DMC_SANITIZE  every target (core, ui, app, tests) under AddressSanitizer + UBSan
#   DMC_FUZZ      tests/core/fuzz built as libFuzzer fuzzers, each run for a bounded time by ctest
# Both need clang; dev-setup.sh configures them in build-asan/.
option(DMC_SANITIZE "Build every target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(DMC_FUZZ "Build tests/core/fuzz as libFuzzer fuzzers (clang) run by ctest" OFF)

if((DMC_SANITIZE OR DMC_FUZZ) AND NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "DMC_SANITIZE and DMC_FUZZ need clang: -DCMAKE_CXX_COMPILER=clang++")
endif()
if(DMC_FUZZ AND NOT DMC_SANITIZE)
    # dmcore gets libFuzzer's coverage hooks (core/CMakeLists.txt); the ASan runtime that every
    # test links then provides them, and fuzzing without ASan would miss most bugs anyway.
    message(FATAL_ERROR "DMC_FUZZ needs DMC_SANITIZE=ON")
endif()

# Runtime settings every test gets in a sanitizer build (tests/CMakeLists.txt), so a plain
# `ctest` in build-asan behaves as dev-setup.sh does. Qt, fontconfig and libpq keep caches
# for the process's life; tests/project/sanitizers/lsan.supp names those, not our code.
set(DMC_SANITIZER_ENV "")
if(DMC_SANITIZE)
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=undefined
                        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
    set(DMC_SANITIZER_ENV
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=0:check_initialization_order=1:strict_init_order=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "LSAN_OPTIONS=suppressions=${PROJECT_SOURCE_DIR}/tests/project/sanitizers/lsan.supp:print_suppressions=0")
endif()

if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    # Without this clang stamps each precompiled header and ccache never reuses it.
    add_compile_options("SHELL:-Xclang -fno-pch-timestamp")
endif()
