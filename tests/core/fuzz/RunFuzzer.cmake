# ctest step of a DMC_FUZZ build: fuzz one target for SECONDS, starting from a copy of its
# seeds and kept regressions in WORK (the repository is never written), crashes to WORK/artifacts.
#   cmake -DFUZZER=bin -DNAME=fuzz_x -DSEEDS=a|b -DSECONDS=15 -DWORK=dir -DREGRESSIONS=dir -P RunFuzzer.cmake
string(REPLACE "|" ";" seeds "${SEEDS}")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")

set(index 0)
foreach(seed IN LISTS seeds REGRESSIONS)
    if(IS_DIRECTORY "${seed}")
        file(GLOB_RECURSE files LIST_DIRECTORIES false "${seed}/*")
    elseif(EXISTS "${seed}")
        set(files "${seed}")
    else()
        message(STATUS "skipped (not found): ${seed}")
        set(files "")
    endif()
    foreach(file IN LISTS files)
        get_filename_component(name "${file}" NAME)
        if(name STREQUAL "README.md")
            continue()
        endif()
        math(EXPR index "${index} + 1")
        file(COPY_FILE "${file}" "${WORK}/corpus/${index}-${name}")
    endforeach()
endforeach()
message(STATUS "${NAME}: ${index} seed files, fuzzing for ${SECONDS} s")

# -max_len keeps each run on the parsers, not on copying 600 kB seeds; -timeout catches hangs.
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -max_len=16384 -timeout=20 -rss_limit_mb=3072
            -print_final_stats=1 -print_funcs=0 -artifact_prefix=${WORK}/artifacts/ "${WORK}/corpus"
    RESULT_VARIABLE result)

file(GLOB artifacts "${WORK}/artifacts/*")
if(NOT result EQUAL 0 OR artifacts)
    message(FATAL_ERROR "${NAME} failed (exit ${result}). Reproducer(s): ${artifacts}\n"
        "Replay: ${FUZZER} FILE. Keep the file in ${REGRESSIONS}/ and fix the bug.")
endif()
