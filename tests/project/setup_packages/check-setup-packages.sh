#!/usr/bin/env bash
# Keeps packaging/dev-setup.sh honest on a bare Debian machine: every file the build and the
# tests rely on must come from a package the script installs, or from a hard dependency
# (Depends / Pre-Depends, followed transitively) of one, or from an essential package that
# even a minbase root has. A Recommends does not count: the script installs without them.
#   check-setup-packages.sh SOURCE_DIR BUILD_DIR
# What is checked:
#   - every CMake package configuration the configured build found (<Pkg>_DIR in CMakeCache.txt)
#     and every file path CMake cached (compilers, ccache, libraries);
#   - every program the tests start: each program name a test passes to QProcess::start,
#     setProgram, execute or QStandardPaths::findExecutable as a literal, plus those the
#     set-up script, the PostgreSQL tests and the ASan build start by path (listed below).
#     Only literals in those calls count: "import" is a dmcockpit command in a test's
#     arguments, and on a machine with ImageMagick also a program on PATH.
set -uo pipefail
src=$1
build=$2
script="$src/packaging/dev-setup.sh"

listed=$(sed -n '/^packages=(/,/)/p' "$script" | sed 's/#.*//; s/packages=(//; s/)//' | tr ' ' '\n' | grep -v '^$' | sort -u)
[ -n "$listed" ] || { echo "FAIL: no packages=( ... ) list found in $script"; exit 1; }

# Installed packages: name, essential, priority, depends + pre-depends, provides.
inventory=$(dpkg-query -W -f='${Package}\t${Essential}\t${Priority}\t${Pre-Depends}, ${Depends}\t${Provides}\n' 2>/dev/null)

# The packages the script's list brings in: the list, then every installed package a hard
# dependency names (any installed alternative of "a | b"; a virtual name through Provides).
covered=$(awk -F'\t' -v listed="$listed" '
    function strip(d) { gsub(/\(.*\)|\[.*\]|<.*>|:any|:native/, "", d); gsub(/ /, "", d); return d }
    { pkg[$1] = 1; deps[$1] = $4
      n = split($5, provides, ","); for (i = 1; i <= n; i++) { p = strip(provides[i]); if (p != "") provider[p] = provider[p] " " $1 } }
    END {
        n = split(listed, queue, "\n"); head = 1
        for (i = 1; i <= n; i++) seen[queue[i]] = 1
        while (head <= n) {
            name = queue[head++]
            m = split(deps[name], list, ",")
            for (j = 1; j <= m; j++) {
                k = split(list[j], alternatives, "|")
                for (a = 1; a <= k; a++) {
                    d = strip(alternatives[a]); if (d == "") continue
                    targets = (d in pkg) ? d : provider[d]
                    t = split(targets, each, " ")
                    for (e = 1; e <= t; e++) if (each[e] != "" && !(each[e] in seen)) { seen[each[e]] = 1; queue[++n] = each[e] }
                }
            }
        }
        for (s in seen) print s
    }' <<<"$inventory" | sort -u)
essential=$(awk -F'\t' '$2 == "yes" || $3 == "required" { print $1 }' <<<"$inventory" | sort -u)

# Files the build used.
needed=()
while IFS= read -r dir; do
    for config in "$dir"/*Config.cmake "$dir"/*-config.cmake; do
        [ -f "$config" ] && { needed+=("$config"); break; }
    done
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$build/CMakeCache.txt" | cut -d= -f2- | sort -u)
# Cached file paths the build really uses (FindOpenGL also caches GLU, CTest valgrind: unused).
while IFS= read -r path; do
    [ -e "$path" ] && grep -qF "$path" "$build/build.ninja" && needed+=("$(readlink -f "$path")")
done < <(grep -E '^[A-Za-z0-9_]+:FILEPATH=/usr/' "$build/CMakeCache.txt" | cut -d= -f2- | sort -u)

# Programs the tests start by name: the literal given to a call that starts or finds a program.
programs=$(grep -rhoE '(start|setProgram|execute|findExecutable)\((QStringLiteral\()?"[a-z][a-z0-9+._-]{1,30}"' \
               "$src/tests" --include='*.cpp' --include='*.h' 2>/dev/null | grep -oE '"[^"]+"' | tr -d '"' | sort -u)
# Programs started outside the tests' string literals: the set-up script (cmake, ninja, the
# ASan build's clang), CPack's DEB generator in tst_package (file, dpkg-shlibdeps), the
# PostgreSQL tests (by version folder), the window under Xvfb, the format check.
programs+=$'\n'"cmake ctest cpack ninja ccache clang++ llvm-symbolizer file dpkg-shlibdeps dpkg-deb Xvfb xauth xvfb-run psql git clang-format"
for program in $programs; do
    path=$(type -P "$program" 2>/dev/null) && needed+=("$(readlink -f "$path")")
done
for program in initdb pg_ctl postgres; do
    for path in /usr/lib/postgresql/*/bin/$program; do
        [ -x "$path" ] && needed+=("$path")
    done
done

# One dpkg -S for all files (each call reads the whole file list); a file is known by the path
# its package shipped, so the /usr-merged form is asked too.
declare -A owner_of
while IFS= read -r line; do
    pkgs=${line%%: /*}; file=/${line#*: /}
    owner_of[$file]=${pkgs%%,*}
done < <(for file in "${needed[@]}"; do echo "$file"; echo "${file#/usr}"; done | sort -u | xargs dpkg -S 2>/dev/null)

status=0
[ -n "${DMC_VERBOSE:-}" ] && for f in "${needed[@]}"; do echo "$f -> ${owner_of[$f]:-${owner_of[${f#/usr}]:-none}}"; done
checked=0
declare -A reported
for file in "${needed[@]}"; do
    owner=${owner_of[$file]:-${owner_of[${file#/usr}]:-}}
    [ -z "$owner" ] && continue      # not from a package (built here, or /usr/local): not apt's business
    owner=${owner%%:*}
    checked=$((checked + 1))
    if ! grep -qx "$owner" <<<"$covered" && ! grep -qx "$owner" <<<"$essential"; then
        if [ -z "${reported[$owner]:-}" ]; then
            echo "FAIL: $owner (gives $file) is neither in packaging/dev-setup.sh's package list nor a hard dependency of one in it"
            reported[$owner]=1
        fi
        status=1
    fi
done
echo "checked $checked files from Debian packages against $(wc -l <<<"$listed") listed packages ($(wc -l <<<"$covered") with their dependencies)"
exit $status
