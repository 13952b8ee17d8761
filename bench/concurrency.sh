#!/usr/bin/env bash
# Issue 23 at company scale (not part of ctest; docs/concurrency.md has the figures). One command:
#   bench/concurrency.sh
# 1. the canonical import's time: `demo --reps 500 --deals 100000 --weeks 52 --seed 7`, its
#    canonical export, then `import` of it into a fresh file, RUNS times (median);
# 2. tst_import_while_editing with DMC_BENCH_DEALS x DMC_BENCH_WEEKS (default 100000 x 52): a DM's
#    edits on the SQLite file while that import runs;
# 3. tst_postgres_concurrency with PG_DEALS x PG_WEEKS (default 1200 x 8; the suite runs 600 x 4): 40 district managers
#    beside an import into PostgreSQL, then the same with edits only (DMC_BENCH_READS=0).
# Settings by environment: BUILD (default build), WORK (/tmp/dmc-bench-concurrency), RUNS (3),
# SKIP_IMPORT=1, SKIP_SQLITE=1, SKIP_PG=1 skip a part.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD:-$ROOT/build}
DMC=$BUILD/app/dmcockpit
WORK=${WORK:-/tmp/dmc-bench-concurrency}
RUNS=${RUNS:-3}
[ -x "$DMC" ] || { echo "no dmcockpit binary at $DMC (build it: ninja -C build dmcockpit)" >&2; exit 2; }
mkdir -p "$WORK"
export LC_ALL=C.UTF-8 DMC_CACHE_DIR=$WORK/cache

if [ "${SKIP_IMPORT:-0}" != 1 ]; then
    if [ ! -d "$WORK/export" ]; then
        rm -f "$WORK/source.db"*
        "$DMC" demo --db "$WORK/source.db" --reps 500 --deals 100000 --weeks 52 --seed 7 >/dev/null
        "$DMC" export --db "$WORK/source.db" -o "$WORK/export" >/dev/null
    fi
    walls=()
    for ((i = 1; i <= RUNS; i++)); do
        rm -f "$WORK/import.db"*
        /usr/bin/time -f '%e %U %M' -o "$WORK/time.txt" "$DMC" import --db "$WORK/import.db" \
            --profile canonical "$WORK/export" >/dev/null
        read -r wall user rss <"$WORK/time.txt"
        echo "import run $i: ${wall} s wall, ${user} s user, $((rss / 1024)) MB"
        walls+=("$wall")
    done
    median=$(printf '%s\n' "${walls[@]}" | sort -n | sed -n "$(((RUNS + 1) / 2))p")
    echo "import of the canonical export (100k deals x 52 weeks): median ${median} s wall"
fi

if [ "${SKIP_SQLITE:-0}" != 1 ]; then
    echo "== a DM's edits on the SQLite file during the import"
    DMC_BENCH_DEALS=${DMC_BENCH_DEALS:-100000} DMC_BENCH_WEEKS=${DMC_BENCH_WEEKS:-52} DMC_BENCH_REPS=500 \
        "$BUILD/tests/cli/importwhileediting/tst_import_while_editing" 2>&1 | grep -E 'QINFO|PASS|FAIL|Totals'
fi

if [ "${SKIP_PG:-0}" != 1 ]; then
    echo "== 40 district managers on PostgreSQL during an import"
    DMC_BENCH_DEALS=${PG_DEALS:-1200} DMC_BENCH_WEEKS=${PG_WEEKS:-8} \
        "$BUILD/tests/core/store/postgres/tst_postgres_concurrency" 2>&1 | grep -E 'QINFO|PASS|FAIL|Totals'
    # The same without the cockpit reads: their dataset loads run in the test's own process, on the two
    # cores the server and the import also use, where 40 real DMs would each read on their own machine.
    echo "== the same, edits only (DMC_BENCH_READS=0)"
    DMC_BENCH_READS=0 DMC_BENCH_DEALS=${PG_DEALS:-1200} DMC_BENCH_WEEKS=${PG_WEEKS:-8} \
        "$BUILD/tests/core/store/postgres/tst_postgres_concurrency" fortyDistrictManagersDuringAnImport 2>&1 |
        grep -E 'QINFO|PASS|FAIL|Totals'
fi
