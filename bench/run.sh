#!/usr/bin/env bash
# The scale benchmark of issue 7 (not part of ctest). One command:
#   bench/run.sh                     # 100k deals x 52 weeks, 3 runs each, scaling at 10k / 100k / 300k
# Settings by environment: DMC (the dmcockpit binary, default build/app/dmcockpit), WORK (scratch
# folder, default /tmp/dmc-bench), RUNS (3), DEALS (100000), REPS (500), WEEKS (52), SEED (7),
# SCALES ("10000 100000 300000"; "" skips the scaling table), DOC (docs/benchmarks.md; "" writes none),
# NO_UI=1 skips the window, NO_AGENDA=1 the agenda PDF (about 1,900 pages at 100k deals: minutes).
# The Salesforce-shaped export (issue 18, bench/salesforce_export.py): SF=0 skips it, SF_DEALS
# (100000), SF_OWNERS (500), SF_PERIOD (2026Q4), SF_SCALES ("10000 100000 300000"). Its peers are
# pandas (python3-pandas) and DuckDB (npm @duckdb/node-api, installed under WORK on first use).
# Every figure is a whole process under /usr/bin/time (wall s, user s, max RSS MB), median of RUNS.
# "Cold" means a fresh process each run; the OS page cache stays warm, and so does the Dataset cache
# file after the first run (the "first run" rows empty it before every run: the figure after an import).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
DMC=${DMC:-$ROOT/build/app/dmcockpit}
WORK=${WORK:-/tmp/dmc-bench}
RUNS=${RUNS:-3}
DEALS=${DEALS:-100000}
REPS=${REPS:-500}
WEEKS=${WEEKS:-52}
SEED=${SEED:-7}
SCALES=${SCALES-10000 100000 300000}
DOC=${DOC-$ROOT/docs/benchmarks.md}
NO_UI=${NO_UI:-0}
NO_AGENDA=${NO_AGENDA:-0}
# Debian's python3 (python3-pandas), not a pyenv or venv python found first on PATH.
PYTHON=${PYTHON:-/usr/bin/python3}
SF=${SF:-1}
SF_DEALS=${SF_DEALS:-100000}
SF_OWNERS=${SF_OWNERS:-500}
SF_PERIOD=${SF_PERIOD:-2026Q4}
SF_SCALES=${SF_SCALES-10000 100000 300000}

[ -x "$DMC" ] || { echo "no dmcockpit binary at $DMC (build it: ninja -C build dmcockpit)" >&2; exit 2; }
command -v sqlite3 >/dev/null || { echo "the sqlite3 shell is needed (apt-get install sqlite3)" >&2; exit 2; }
if ! "$PYTHON" -c 'import pandas' 2>/dev/null; then
    echo "installing python3-pandas (Debian)" >&2
    apt-get install -y python3-pandas >/dev/null
fi
mkdir -p "$WORK"
# The window keeps its settings (recent files, layout) away from the user's.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data
export LC_ALL=C.UTF-8
# The Dataset cache (docs/dataset-cache.md) and quick-check records of the bench databases live
# here, not in the user's ~/.cache; "first run" figures empty it before each run.
export DMC_CACHE_DIR=$WORK/cache

ROWS=()     # "name|wall|user|rssMB|note" lines for the table
log() { echo "== $*" >&2; }

# measure NAME PREP CMD...: runs PREP (shell text, may be ":") then CMD under /usr/bin/time RUNS
# times; records the medians. The command's stdout goes to $WORK/NAME.out.
measure() {
    local name=$1 prep=$2; shift 2
    local walls=() users=() rss=()
    for ((i = 1; i <= RUNS; i++)); do
        eval "$prep"
        if ! /usr/bin/time -f '%e %U %M' -o "$WORK/time.txt" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"; then
            echo "FAILED: $name: $*" >&2
            tail -5 "$WORK/$name.err" >&2
            exit 1
        fi
        read -r w u m <"$WORK/time.txt"
        walls+=("$w"); users+=("$u"); rss+=("$m")
    done
    local mw mu mr
    mw=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mu=$(printf '%s\n' "${users[@]}" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
    mr=$(printf '%s\n' "${rss[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.0f", a[int((NR+1)/2)]/1024}')
    ROWS+=("$name|$mw|$mu|$mr|$(uptime | sed 's/.*load average: //; s/,.*//')")
    printf '%-34s wall %8.2f s  user %8.2f s  rss %6s MB  (runs: %s)\n' "$name" "$mw" "$mu" "$mr" "${walls[*]}" >&2
    LAST_WALL=$mw
    LAST_RSS=$mr
}

wall_of() { local r; for r in "${ROWS[@]}"; do [ "${r%%|*}" = "$1" ] && { echo "$r" | cut -d'|' -f2; return; }; done; echo 0; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }'; }

# generate DEALS REPS DB: the demo database (measured once: it is setup, not a figure of merit).
generate() {
    local deals=$1 reps=$2 db=$3
    if [ -s "$db" ] && [ "$db.stamp" -nt "$DMC" ]; then log "reusing $db"; return; fi
    rm -f "$db" "$db-wal" "$db-shm"
    log "demo: $deals deals, $reps reps, $WEEKS weeks -> $db"
    RUNS_SAVE=$RUNS; RUNS=1
    measure "demo_${deals}" ":" "$DMC" demo --db "$db" --reps "$reps" --deals "$deals" --weeks "$WEEKS" --seed "$SEED"
    RUNS=$RUNS_SAVE
    touch "$db.stamp"
}

# --- 1. the scale database and its canonical CSV
DB=$WORK/scale-$DEALS.sqlite
CSV=$WORK/csv-$DEALS
generate "$DEALS" "$REPS" "$DB"
if [ ! -s "$CSV/snapshots.csv" ] || [ "$CSV/snapshots.csv" -ot "$DB" ]; then
    rm -rf "$CSV"
    log "export -> $CSV"
    "$DMC" export --db "$DB" -o "$CSV" >/dev/null
fi
SNAP_ROWS=$(($(wc -l <"$CSV/snapshots.csv") - 1))
CSV_MB=$(du -sm "$CSV" | cut -f1)
log "canonical CSV: $CSV_MB MB, $SNAP_ROWS snapshot rows"

# --- 2. import against the sqlite3 shell
IMPORT_DB=$WORK/import.sqlite
SHELL_DB=$WORK/shell.sqlite
SHELL_SCRIPT=$WORK/shell-import.sql
{
    echo ".mode csv"
    for f in "$CSV"/*.csv; do echo ".import $f $(basename "$f" .csv)"; done
} >"$SHELL_SCRIPT"
measure "sqlite3 shell .import (floor)" "rm -f $SHELL_DB" sqlite3 "$SHELL_DB" ".read $SHELL_SCRIPT"
SHELL_WALL=$LAST_WALL
measure "import --profile canonical" "rm -f $IMPORT_DB $IMPORT_DB-wal $IMPORT_DB-shm" \
    "$DMC" import --db "$IMPORT_DB" --profile canonical "$CSV"
IMPORT_WALL=$LAST_WALL

# --- 3. the commands, each a fresh process
DISTRICT=$(sqlite3 "$DB" "SELECT district FROM rep WHERE district <> '' ORDER BY district LIMIT 1")
# The first run after an import reads the SQL tables and writes the Dataset cache; later runs read it.
measure "cockpit --scope all --json, first run (builds the cache)" "rm -rf $DMC_CACHE_DIR" \
    "$DMC" cockpit --db "$DB" --scope all --json
COCKPIT_FIRST_WALL=$LAST_WALL
measure "cockpit --scope all --json" ":" "$DMC" cockpit --db "$DB" --scope all --json
cp "$WORK/cockpit --scope all --json.out" "$WORK/cockpit-all.json"
COCKPIT_WALL=$LAST_WALL
measure "cockpit --scope district:X" ":" "$DMC" cockpit --db "$DB" --scope "district:$DISTRICT"
DISTRICT_WALL=$LAST_WALL
measure "exceptions --json" ":" "$DMC" exceptions --db "$DB" --json
measure "changes" ":" "$DMC" changes --db "$DB"
measure "accuracy" ":" "$DMC" accuracy --db "$DB"
[ "$NO_AGENDA" = 1 ] || measure "agenda --format pdf" ":" "$DMC" agenda --db "$DB" --format pdf -o "$WORK/agenda.pdf"

# --- 4. pandas: the same team table, checked equal before it is timed
log "checking the pandas team table against cockpit --json"
"$PYTHON" "$ROOT/bench/team_table.py" "$DB" --check "$WORK/cockpit-all.json" >&2
measure "pandas team table" ":" "$PYTHON" "$ROOT/bench/team_table.py" "$DB"
PANDAS_WALL=$LAST_WALL

# --- 5. the window
UI_LINES=""
if [ "$NO_UI" != 1 ]; then
    log "window: --bench-ui"
    UI_RUN=("$DMC" --bench-ui --db "$DB")
    if command -v xvfb-run >/dev/null; then UI_RUN=(xvfb-run -a -s "-screen 0 1920x1080x24" "${UI_RUN[@]}");
    else export QT_QPA_PLATFORM=offscreen; fi
    measure "window (--bench-ui, whole run)" ":" "${UI_RUN[@]}"
    UI_LINES=$(grep '^bench-ui' "$WORK/window (--bench-ui, whole run).out" || true)
    echo "$UI_LINES" >&2
fi

# --- 6. scaling: demo, import and cockpit at each size (300k is generated here, never committed)
SCALE_LINES=()
for n in $SCALES; do
    sdb=$WORK/scale-$n.sqlite
    sreps=$((n / 200)); [ "$sreps" -lt 10 ] && sreps=10
    [ "$n" = "$DEALS" ] && sreps=$REPS
    generate "$n" "$sreps" "$sdb"
    scsv=$WORK/csv-$n
    if [ ! -s "$scsv/snapshots.csv" ] || [ "$scsv/snapshots.csv" -ot "$sdb" ]; then
        rm -rf "$scsv"; "$DMC" export --db "$sdb" -o "$scsv" >/dev/null
    fi
    srows=$(($(wc -l <"$scsv/snapshots.csv") - 1))
    measure "scale $n: import" "rm -f $WORK/simport.sqlite" "$DMC" import --db "$WORK/simport.sqlite" --profile canonical "$scsv"
    iw=$LAST_WALL
    ir=$LAST_RSS
    measure "scale $n: cockpit --scope all, first run" "rm -rf $DMC_CACHE_DIR" "$DMC" cockpit --db "$sdb" --scope all --json
    fw=$LAST_WALL
    measure "scale $n: cockpit --scope all" ":" "$DMC" cockpit --db "$sdb" --scope all --json
    SCALE_LINES+=("| $n | $sreps | $srows | $iw | $ir | $fw | $LAST_WALL | $LAST_RSS |")
done

# --- 7. a Salesforce-shaped export: the path users take (issue 18)
SF_LINES=()
SF_SCALE_LINES=()
SF_BIG_LINES=()
if [ "$SF" = 1 ]; then
    # sf_export N DIR: the export of N deals (regenerated when the generator changed).
    sf_export() {
        local n=$1 dir=$2 owners
        owners=$((n / 200))
        [ "$owners" -lt 10 ] && owners=10
        [ "$n" = "$SF_DEALS" ] && owners=$SF_OWNERS
        # .complete is written last: an export cut short (a stopped run) is made again.
        if [ -f "$dir/.complete" ] && [ "$dir/.complete" -nt "$ROOT/bench/salesforce_export.py" ]; then
            return
        fi
        rm -rf "$dir"
        log "Salesforce export: $n deals, $owners owners -> $dir"
        "$PYTHON" "$ROOT/bench/salesforce_export.py" "$dir" --deals "$n" --owners "$owners" --seed "$SEED" >&2
        touch "$dir/.complete"
    }
    SFX=$WORK/sf-$SF_DEALS
    sf_export "$SF_DEALS" "$SFX"
    SF_MB=$(du -sm "$SFX" | cut -f1)
    SF_HISTORY=$(($(wc -l <"$SFX/OpportunityHistory.csv") - 1))
    SF_DB=$WORK/sf.sqlite
    SF_SHELL_DB=$WORK/sf-shell.sqlite
    { echo ".mode csv"; for f in "$SFX"/*.csv; do echo ".import $f $(basename "$f" .csv)"; done; } >"$WORK/sf-shell.sql"
    measure "sf: sqlite3 shell .import (floor)" "rm -f $SF_SHELL_DB" sqlite3 "$SF_SHELL_DB" ".read $WORK/sf-shell.sql"
    SF_SHELL_WALL=$LAST_WALL
    # The import ends by writing the Dataset cache (docs/dataset-cache.md): it starts from none.
    measure "sf: import --profile salesforce" "rm -f $SF_DB $SF_DB-wal $SF_DB-shm; rm -rf $DMC_CACHE_DIR" \
        "$DMC" import --db "$SF_DB" --profile salesforce "$SFX"
    SF_IMPORT_WALL=$LAST_WALL
    SF_IMPORT_RSS=$LAST_RSS
    SF_SNAP_ROWS=$(sqlite3 "$SF_DB" "SELECT COUNT(*) FROM snapshot")
    # The first command after an import: each run imports afresh first (not timed).
    measure "sf: cockpit --scope all, first command after the import" \
        "rm -f $SF_DB $SF_DB-wal $SF_DB-shm; rm -rf $DMC_CACHE_DIR; $DMC import --db $SF_DB --profile salesforce $SFX >/dev/null 2>&1" \
        "$DMC" cockpit --db "$SF_DB" --period "$SF_PERIOD" --scope all --json
    SF_FIRST_WALL=$LAST_WALL
    measure "sf: cockpit --scope all --json" ":" "$DMC" cockpit --db "$SF_DB" --period "$SF_PERIOD" --scope all --json
    SF_ALL_WALL=$LAST_WALL
    SF_ALL_RSS=$LAST_RSS
    cp "$WORK/sf: cockpit --scope all --json.out" "$WORK/sf-cockpit-all.json"
    SF_DISTRICT=$(sqlite3 "$SF_DB" "SELECT district FROM rep WHERE district <> '' ORDER BY district LIMIT 1")
    SF_REP=$(sqlite3 "$SF_DB" "SELECT id FROM rep WHERE district <> '' ORDER BY id LIMIT 1")
    # A scope's first command cuts its slice from the company image and writes the slice's image
    # (docs/dataset-cache.md); the later ones read that image.
    measure "sf: cockpit --scope district:X, first for the scope" \
        "rm -rf $DMC_CACHE_DIR; $DMC cockpit --db $SF_DB --period $SF_PERIOD --scope all --json >/dev/null 2>&1" \
        "$DMC" cockpit --db "$SF_DB" --period "$SF_PERIOD" --scope "district:$SF_DISTRICT" --json
    SF_DISTRICT_FIRST_WALL=$LAST_WALL
    measure "sf: cockpit --scope district:X" ":" "$DMC" cockpit --db "$SF_DB" --period "$SF_PERIOD" --scope "district:$SF_DISTRICT" --json
    SF_DISTRICT_WALL=$LAST_WALL
    SF_DISTRICT_RSS=$LAST_RSS
    # The floor under every command: a process that loads the same libraries and reads no data.
    measure "sf: dmcockpit --version (no data)" ":" "$DMC" --version
    SF_START_WALL=$LAST_WALL
    SF_START_RSS=$LAST_RSS
    measure "sf: cockpit --scope rep:X" ":" "$DMC" cockpit --db "$SF_DB" --period "$SF_PERIOD" --scope "rep:$SF_REP" --json
    SF_REP_WALL=$LAST_WALL
    SF_REP_RSS=$LAST_RSS
    measure "sf: exceptions --json" ":" "$DMC" exceptions --db "$SF_DB" --period "$SF_PERIOD" --json
    # The peers, each checked equal to the cockpit's team table (to the cent) before it is timed.
    log "checking the pandas and DuckDB team tables against cockpit --json"
    ( cd "$ROOT/bench" && "$PYTHON" team_table_salesforce.py "$SFX" "$SF_PERIOD" --check "$WORK/sf-cockpit-all.json" >&2 )
    measure "sf: pandas team table" ":" env PYTHONPATH="$ROOT/bench" "$PYTHON" "$ROOT/bench/team_table_salesforce.py" "$SFX" "$SF_PERIOD"
    SF_PANDAS_WALL=$LAST_WALL
    SF_DUCK_WALL=""
    if command -v node >/dev/null && command -v npm >/dev/null; then
        [ -d "$WORK/duckdb/node_modules/@duckdb/node-api" ] ||
            npm install --silent --prefix "$WORK/duckdb" @duckdb/node-api >&2 || true
    fi
    if [ -d "$WORK/duckdb/node_modules/@duckdb/node-api" ]; then
        export NODE_PATH=$WORK/duckdb/node_modules
        node "$ROOT/bench/team_table_duckdb.mjs" "$SFX" "$SF_PERIOD" --check "$WORK/sf-cockpit-all.json" >&2
        measure "sf: DuckDB team table" ":" node "$ROOT/bench/team_table_duckdb.mjs" "$SFX" "$SF_PERIOD"
        SF_DUCK_WALL=$LAST_WALL
    else
        log "no DuckDB (npm @duckdb/node-api): its row is left out"
    fi
    if [ "$NO_UI" != 1 ]; then
        log "window on the Salesforce database: --bench-ui"
        SF_UI_RUN=("$DMC" --bench-ui --db "$SF_DB")
        if command -v xvfb-run >/dev/null; then SF_UI_RUN=(xvfb-run -a -s "-screen 0 1920x1080x24" "${SF_UI_RUN[@]}"); fi
        measure "sf: window (--bench-ui, whole run)" ":" "${SF_UI_RUN[@]}"
        mapfile -t SF_LINES < <(grep '^bench-ui' "$WORK/sf: window (--bench-ui, whole run).out" || true)
    fi
    [ "$NO_AGENDA" = 1 ] || measure "sf: agenda --format pdf" ":" "$DMC" agenda --db "$SF_DB" --period "$SF_PERIOD" --format pdf -o "$WORK/sf-agenda.pdf"
    SF_DISTRICT_AGENDA_WALL=""
    if [ "$NO_AGENDA" != 1 ]; then
        # A region's agenda one PDF per district (docs/exports.md): the wait between two progress steps is one
        # district's file.
        SF_REGION=$(sqlite3 "$SF_DB" "SELECT region FROM rep WHERE region <> '' ORDER BY region LIMIT 1")
        measure "sf: agenda of a region --by-district --format pdf" "rm -rf $WORK/sf-by-district" \
            "$DMC" agenda --db "$SF_DB" --period "$SF_PERIOD" --scope "region:$SF_REGION" --by-district --format pdf -o "$WORK/sf-by-district"
        SF_BY_DISTRICT_WALL=$LAST_WALL
        SF_BY_DISTRICT_FILES=$(find "$WORK/sf-by-district" -name '*.pdf' | wc -l)
        measure "sf: agenda --scope district:X --format pdf" ":" \
            "$DMC" agenda --db "$SF_DB" --period "$SF_PERIOD" --scope "district:$SF_DISTRICT" --format pdf -o "$WORK/sf-district-agenda.pdf"
        SF_DISTRICT_AGENDA_WALL=$LAST_WALL
    fi
    for n in $SF_SCALES; do
        sdir=$WORK/sf-$n
        sf_export "$n" "$sdir"
        shist=$(($(wc -l <"$sdir/OpportunityHistory.csv") - 1))
        { echo ".mode csv"; for f in "$sdir"/*.csv; do echo ".import $f $(basename "$f" .csv)"; done; } >"$WORK/sf-shell-$n.sql"
        measure "sf scale $n: sqlite3 shell" "rm -f $WORK/sf-sshell.sqlite" sqlite3 "$WORK/sf-sshell.sqlite" ".read $WORK/sf-shell-$n.sql"
        sw=$LAST_WALL
        measure "sf scale $n: import" "rm -f $WORK/sf-s.sqlite*; rm -rf $DMC_CACHE_DIR" "$DMC" import --db "$WORK/sf-s.sqlite" --profile salesforce "$sdir"
        iw=$LAST_WALL
        ir=$LAST_RSS
        measure "sf scale $n: cockpit --scope all" ":" "$DMC" cockpit --db "$WORK/sf-s.sqlite" --period "$SF_PERIOD" --scope all --json
        SF_SCALE_LINES+=("| $n | $shist | $sw | $iw | $(ratio "$iw" "$sw")x | $ir | $LAST_WALL | $LAST_RSS |")
        # The largest size: every command's peak memory, and the window's (one run each).
        if [ "$n" = "${SF_SCALES##* }" ]; then
            RUNS_SAVE=$RUNS; RUNS=1
            SF_BIG_DEALS=$n
            for c in cockpit exceptions changes insights plays compliance partners pocs review accuracy renewals territories capacity; do
                measure "sf scale $n: $c --json" ":" "$DMC" "$c" --db "$WORK/sf-s.sqlite" --period "$SF_PERIOD" --json
                SF_BIG_LINES+=("| \`$c --json\` | $LAST_WALL | $LAST_RSS |")
            done
            measure "sf scale $n: agenda --format json" ":" \
                "$DMC" agenda --db "$WORK/sf-s.sqlite" --period "$SF_PERIOD" --format json -o "$WORK/sf-big-agenda.json"
            SF_BIG_LINES+=("| \`agenda --format json\` (the company's) | $LAST_WALL | $LAST_RSS |")
            if [ "$NO_UI" != 1 ]; then
                BIG_UI_RUN=("$DMC" --bench-ui --db "$WORK/sf-s.sqlite")
                if command -v xvfb-run >/dev/null; then BIG_UI_RUN=(xvfb-run -a -s "-screen 0 1920x1080x24" "${BIG_UI_RUN[@]}"); fi
                measure "sf scale $n: window (--bench-ui, whole run)" ":" "${BIG_UI_RUN[@]}"
                SF_BIG_LINES+=("| the window (\`--bench-ui\`, whole run) | $LAST_WALL | $LAST_RSS |")
            fi
            RUNS=$RUNS_SAVE
        fi
    done
fi

# --- the table
IMPORT_RATIO=$(ratio "$IMPORT_WALL" "$SHELL_WALL")
PANDAS_RATIO=$(ratio "$PANDAS_WALL" "$COCKPIT_WALL")
CORES=$(nproc)
MEM=$(free -m | awk '/^Mem:/ {printf "%.1f GB", $2 / 1024}')
CPU=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
LOAD=$(cut -d' ' -f1-3 /proc/loadavg)
DATE=$(date -u '+%Y-%m-%d %H:%M UTC')
COMMIT=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)

table() {
    echo "| figure | wall s | user s | max RSS MB | load (1 min) |"
    echo "| --- | ---: | ---: | ---: | ---: |"
    local r
    for r in "${ROWS[@]}"; do
        IFS='|' read -r n w u m l <<<"$r"
        echo "| $n | $w | $u | $m | $l |"
    done
}

report() {
    echo "# Benchmarks"
    echo
    echo "Written by \`bench/run.sh\` (issue 7). Machine: $CORES cores ($CPU), $MEM memory,"
    echo "load average at the end $LOAD. Date $DATE, commit $COMMIT, $RUNS runs each, medians."
    echo "Scale database: \`dmcockpit demo --reps $REPS --deals $DEALS --weeks $WEEKS --seed $SEED\`,"
    echo "$SNAP_ROWS snapshot rows, canonical CSV $CSV_MB MB. Each command is a fresh process; the OS page"
    echo "cache is warm and so is the Dataset cache file (docs/dataset-cache.md) except in the \"first run\""
    echo "rows, which empty it before each run. The machine is shared: a load above the core"
    echo "count inflates wall times, so each figure carries the load average when it was taken."
    echo
    echo "## Ratios"
    echo
    echo "| ratio | value | target |"
    echo "| --- | ---: | --- |"
    echo "| import / sqlite3 shell \`.import\` | ${IMPORT_RATIO}x | <= 1.5x |"
    echo "| pandas team table / \`cockpit --scope all --json\` | ${PANDAS_RATIO}x | >= 10x |"
    echo "| \`cockpit --scope all\` wall | ${COCKPIT_WALL} s | < 1 s |"
    echo "| \`cockpit --scope all\` wall, first run after an import (builds the cache) | ${COCKPIT_FIRST_WALL} s | - |"
    echo "| \`cockpit --scope district:X\` wall | ${DISTRICT_WALL} s | < 0.2 s |"
    echo
    echo "## Processes"
    echo
    table
    if [ -n "$UI_LINES" ]; then
        echo
        echo "## Window (\`dmcockpit --bench-ui --db FILE\`, last run, ms)"
        echo
        echo "| figure | ms | what |"
        echo "| --- | ---: | --- |"
        echo "$UI_LINES" | awk '{ name = $2; ms = $3; $1 = ""; $2 = ""; $3 = ""; sub(/^ +/, ""); printf "| %s | %s | %s |\n", name, ms, $0 }'
        echo
        echo "Targets: painted < 1000 ms (issue 18; issue 7 set 1500), keystroke < 50 ms, sort < 200 ms, no scroll frame above ~16 ms. The actions run once every dock is filled (docks_filled)."
    fi
    if [ ${#SCALE_LINES[@]} -gt 0 ]; then
        echo
        echo "## Scaling"
        echo
        echo "| deals | reps | snapshot rows | import wall s | import RSS MB | cockpit first run wall s | cockpit wall s | cockpit RSS MB |"
        echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
        printf '%s\n' "${SCALE_LINES[@]}"
    fi
    if [ "$SF" = 1 ]; then
        echo
        echo "## Salesforce-shaped export (issue 18)"
        echo
        echo "\`bench/salesforce_export.py --deals $SF_DEALS --owners $SF_OWNERS --seed $SEED\`: $SF_MB MB of CSV,"
        echo "$SF_HISTORY \`OpportunityHistory\` rows, four currencies (\`CurrencyType.csv\`), three system users;"
        echo "the import replays the history into $SF_SNAP_ROWS weekly snapshot rows. Commands at \`--period $SF_PERIOD\`."
        echo "The import's wall time includes writing the Dataset cache and the quick check, so that the first"
        echo "command after it reads the cache (docs/dataset-cache.md)."
        echo
        echo "| figure | value | target |"
        echo "| --- | ---: | --- |"
        echo "| import / sqlite3 shell \`.import\` of the same files | $(ratio "$SF_IMPORT_WALL" "$SF_SHELL_WALL")x ($SF_IMPORT_WALL s / $SF_SHELL_WALL s) | <= 3x |"
        echo "| import peak memory | $SF_IMPORT_RSS MB | < 400 MB |"
        echo "| first command after the import | $SF_FIRST_WALL s | < 1 s |"
        echo "| \`cockpit --scope all\` | $SF_ALL_WALL s, $SF_ALL_RSS MB | < 0.15 s |"
        echo "| \`cockpit --scope district:X\` | $SF_DISTRICT_WALL s, $SF_DISTRICT_RSS MB | < 0.05 s, < 80 MB |"
        echo "| \`cockpit --scope rep:X\` | $SF_REP_WALL s, $SF_REP_RSS MB | < 0.05 s, < 80 MB |"
        echo "| \`cockpit --scope district:X\`, the scope's first command (cuts and writes its image) | $SF_DISTRICT_FIRST_WALL s | < 1 s |"
        echo "| \`dmcockpit --version\`: starting the process, no data | $SF_START_WALL s, $SF_START_RSS MB | - |"
        echo "| pandas team table / \`cockpit --scope all\` | $(ratio "$SF_PANDAS_WALL" "$SF_ALL_WALL")x | >= 5x |"
        [ -n "$SF_DUCK_WALL" ] && echo "| DuckDB team table / \`cockpit --scope all\` | $(ratio "$SF_DUCK_WALL" "$SF_ALL_WALL")x | > 1x |"
        [ -n "$SF_DISTRICT_AGENDA_WALL" ] && echo "| a region's agenda, one PDF per district (\`--by-district\`) | $SF_BY_DISTRICT_FILES files in $SF_BY_DISTRICT_WALL s; one district's file $SF_DISTRICT_AGENDA_WALL s | each file < 10 s, progress and stop between files |"
        if [ ${#SF_LINES[@]} -gt 0 ]; then
            echo
            echo "Window on that database (\`--bench-ui\`, ms):"
            echo
            echo "| figure | ms | what |"
            echo "| --- | ---: | --- |"
            printf '%s\n' "${SF_LINES[@]}" | awk '{ name = $2; ms = $3; $1 = ""; $2 = ""; $3 = ""; sub(/^ +/, ""); printf "| %s | %s | %s |\n", name, ms, $0 }'
        fi
        if [ ${#SF_SCALE_LINES[@]} -gt 0 ]; then
            echo
            echo "| deals | history rows | shell wall s | import wall s | import / shell | import RSS MB | cockpit wall s | cockpit RSS MB |"
            echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            printf '%s\n' "${SF_SCALE_LINES[@]}"
        fi
        if [ ${#SF_BIG_LINES[@]} -gt 0 ]; then
            echo
            echo "Every command at $SF_BIG_DEALS deals (the whole company, \`--period $SF_PERIOD\`, one run each; target: each under 500 MB):"
            echo
            echo "| command | wall s | max RSS MB |"
            echo "| --- | ---: | ---: |"
            printf '%s\n' "${SF_BIG_LINES[@]}"
        fi
    fi
    # What the numbers alone do not say (profiles, design, before / after), kept by hand.
    if [ -f "$ROOT/bench/NOTES.md" ]; then
        echo
        cat "$ROOT/bench/NOTES.md"
    fi
}

report | tee "$WORK/benchmarks.md"
if [ -n "$DOC" ]; then cp "$WORK/benchmarks.md" "$DOC"; log "written $DOC"; fi
