#!/usr/bin/env bash
# One-step set-up for a fresh Debian (bookworm) machine: installs what is missing,
# configures and builds, then either opens the cockpit or runs the whole test suite.
#   packaging/dev-setup.sh run     build, create the demo database if absent, open the window
#   packaging/dev-setup.sh test    build and run every test, then the same suite again in a second
#                                  build under ASan + UBSan (clang, build-asan/) with the libFuzzer
#                                  targets fuzzed for a bounded time; exit non-zero on any failure.
#                                  DMC_ASAN=0 skips the second build (docs/sanitizers.md).
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-run}

packages=(cmake ninja-build ccache g++ pkg-config file git
          qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          libqt6opengl6-dev qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
          nlohmann-json3-dev libsqlite3-dev libssl-dev sqlite3
          fonts-dejavu-core poppler-utils appstream desktop-file-utils dpkg-dev
          xvfb xauth postgresql clang-format
          clang libclang-rt-14-dev llvm)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=""
    [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
# Share cache hits between checkouts in different folders.
export CCACHE_BASEDIR=${CCACHE_BASEDIR:-$PWD} CCACHE_NOHASHDIR=1
# Precompiled headers are only cached with these relaxations.
export CCACHE_SLOPPINESS=${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}
# Line tables and function names (-g1) are enough for a test's backtrace and keep build/ small.
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O2 -g1 -DNDEBUG"
cmake --build build --parallel "$(nproc)"

case "$mode" in
run)
    db=${DMC_DB:-demo.db}
    [ -f "$db" ] || ./build/app/dmcockpit demo --db "$db"
    exec ./build/app/dmcockpit --db "$db"
    ;;
test)
    status=0
    (cd build && ctest --output-on-failure --parallel "$(nproc)" --timeout 600) || status=1
    if [ "${DMC_ASAN:-1}" != 0 ]; then
        # -O1 and line tables only: the sanitized build has to stay a few minutes on 2 cores.
        cmake -S . -B build-asan -G Ninja -DCMAKE_CXX_COMPILER=clang++ \
              -DCMAKE_BUILD_TYPE=RelWithDebInfo \
              "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -gline-tables-only -DNDEBUG" \
              -DDMC_SANITIZE=ON -DDMC_FUZZ=ON
        cmake --build build-asan --parallel "$(nproc)"
        (cd build-asan && ctest --output-on-failure --parallel "$(nproc)" --timeout 600) || status=1
    fi
    exit $status
    ;;
*)
    echo "usage: $0 run|test" >&2
    exit 2
    ;;
esac
