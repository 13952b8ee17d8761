#!/usr/bin/env bash
# Every tracked C++ file follows .clang-format, so a diff shows what changed and not who
# formatted it. The style is pinned to the clang-format of the supported release (Debian 12:
# clang-format 14); another version may place a few breaks differently, so it is reported, not failed.
#   check-format.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 1
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "SKIP: $1 is not a git work tree (tracked files unknown)"
    exit 0
fi
if ! command -v clang-format >/dev/null; then
    echo "FAIL: clang-format is not installed (packaging/dev-setup.sh installs it)"
    exit 1
fi
version=$(clang-format --version | sed -nE 's/.*version ([0-9]+)\..*/\1/p')
mapfile -t files < <(git ls-files '*.cpp' '*.h')
# One run over all files; its messages start with "file:line:col: error:".
mapfile -t bad < <(clang-format --dry-run -Werror "${files[@]}" 2>&1 >/dev/null \
                   | sed -nE 's/^([^:]+):[0-9]+:[0-9]+: error:.*/\1/p' | sort -u)
if [ ${#bad[@]} -gt 0 ]; then
    if [ "$version" != 14 ]; then
        echo "SKIP: clang-format $version differs from the pinned 14 on ${#bad[@]} files"
        exit 0
    fi
    echo "FAIL: ${#bad[@]} of ${#files[@]} files differ from .clang-format; to fix them:"
    echo "  clang-format -i ${bad[*]}"
    exit 1
fi
echo "${#files[@]} C++ files follow .clang-format (clang-format $version)"
