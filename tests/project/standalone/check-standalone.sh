#!/usr/bin/env bash
# A user's clone is all there is: no tracked file may reach into a folder beside the clone
# (the reference material some developers keep next to it). Only .ci/run may hand the tests
# such a folder, through DMC_REAL_DATA.
#   check-standalone.sh SOURCE_DIR
set -uo pipefail
cd "$1" || exit 1
# Spelled in two parts so this script does not name the folder itself.
beside='\.\./'"shared"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    echo "SKIP: $1 is not a git work tree (tracked files unknown)"
    exit 0
fi
hits=$(git grep -nE "$beside" -- . ':!.ci/run')
if [ -n "$hits" ]; then
    echo "FAIL: these tracked files name a folder outside the clone:"
    echo "$hits"
    exit 1
fi
echo "no tracked file other than .ci/run names a folder outside the clone ($(git ls-files | wc -l) files)"
