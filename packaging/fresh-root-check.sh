#!/usr/bin/env bash
# Proves the README's two commands on a bare Debian 12 (bookworm) root, end to end:
#   1. debootstrap --variant=minbase bookworm into a scratch folder (plus sudo and git: a user
#      who cloned the repository has git, and the sudo path is the one a normal user takes);
#   2. clone this repository (its committed HEAD) into the root, alone in its folder;
#   3. as an unprivileged user with sudo, `packaging/dev-setup.sh test` (apt-get through sudo,
#      configure, build, the whole suite, then the ASan + UBSan build);
#   4. `packaging/dev-setup.sh run` without a screen (it must say so in one line), then under
#      Xvfb (the window must open on the demo database and stay up).
# Run as root on the host. Takes 30-60 minutes on two cores (most of it the two builds).
#   packaging/fresh-root-check.sh [ROOT_DIR]       default /var/tmp/dmc-fresh-root
# Environment:
#   DMC_MIRROR=URL        Debian mirror (default: the first URI of the host's apt sources)
#   DMC_SHARE_CCACHE=1    bind-mount the host's ccache into the root (a faster, still clean build)
#   DMC_KEEP_ROOT=1       keep the root afterwards for a look inside
#   DMC_ASAN=0            skip the sanitizer build inside the root (passed on to dev-setup.sh)
set -uo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
root=${1:-/var/tmp/dmc-fresh-root}
report=()
failed=0

step() { printf '\n=== %s\n' "$*"; }
record() {   # record NAME STATUS
    report+=("$(printf '%-40s %s' "$1" "$2")")
    [ "$2" = ok ] || failed=1
}

[ "$(id -u)" -eq 0 ] || { echo "fresh-root-check: run as root (debootstrap and chroot need it)" >&2; exit 2; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap
mirror=${DMC_MIRROR:-$(grep -hoE '^URIs: *\S+' /etc/apt/sources.list.d/*.sources 2>/dev/null | head -1 | awk '{print $2}')}
mirror=${mirror:-http://deb.debian.org/debian}

cleanup() {
    for m in home/dmc/.cache/ccache dev/pts dev proc sys tmp/.X11-unix; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    [ "${DMC_KEEP_ROOT:-0}" = 1 ] || rm -rf "$root"
}
trap cleanup EXIT

step "bare bookworm root in $root from $mirror"
cleanup
mkdir -p "$root"
if debootstrap --variant=minbase --include=sudo,git,ca-certificates bookworm "$root" "$mirror" \
        > /tmp/fresh-root-debootstrap.log 2>&1; then
    record "debootstrap --variant=minbase" ok
else
    record "debootstrap --variant=minbase" "FAILED (/tmp/fresh-root-debootstrap.log)"
    printf '%s\n' "${report[@]}"; exit 1
fi
cp /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null
mount -t proc proc "$root/proc"; mount --rbind /sys "$root/sys"; mount --rbind /dev "$root/dev"
chroot "$root" useradd -m -s /bin/bash dmc
echo 'dmc ALL=(ALL) NOPASSWD:ALL' > "$root/etc/sudoers.d/dmc"
if [ "${DMC_SHARE_CCACHE:-0}" = 1 ]; then
    mkdir -p "$root/home/dmc/.cache/ccache" "${HOME}/.cache/ccache"
    mount --bind "${HOME}/.cache/ccache" "$root/home/dmc/.cache/ccache"
fi

step "clone (committed HEAD only, alone in its folder)"
git clone -q "$repo" "$root/home/dmc/dmcockpit" && chroot "$root" chown -R dmc:dmc /home/dmc
in_root() { chroot "$root" sudo -u dmc -H bash -lc "cd ~/dmcockpit && export DMC_ASAN=${DMC_ASAN:-1} && $*"; }

step "packaging/dev-setup.sh test (as a user, apt-get through sudo)"
start=$(date +%s)
if in_root "packaging/dev-setup.sh test" > /tmp/fresh-root-test.log 2>&1; then
    record "dev-setup.sh test" "ok"
else
    record "dev-setup.sh test" "FAILED (/tmp/fresh-root-test.log)"
    grep -E 'The following tests FAILED|^\s+[0-9]+ - |CMake Error|error:' /tmp/fresh-root-test.log | head -20
fi
echo "test took $(( ($(date +%s) - start) / 60 )) min"

step "dev-setup.sh run without a screen"
out=$(in_root "env -u DISPLAY -u WAYLAND_DISPLAY timeout 60 packaging/dev-setup.sh run" 2>&1 | tail -3)
echo "$out"
if echo "$out" | grep -q 'xvfb-run' && [ "$(echo "$out" | grep -c 'qt.qpa')" -eq 0 ]; then
    record "run without a screen: one clear line" ok
else
    record "run without a screen: one clear line" "FAILED"
fi

step "dev-setup.sh run under Xvfb"
chroot "$root" bash -c 'command -v Xvfb >/dev/null' || record "Xvfb in the root" "FAILED"
mkdir -p "$root/tmp/.X11-unix" && chmod 1777 "$root/tmp/.X11-unix"
in_root "(Xvfb :77 -screen 0 1600x1000x24 >/dev/null 2>&1 &) ; sleep 2; \
         DISPLAY=:77 timeout 25 packaging/dev-setup.sh run > /tmp/run.log 2>&1; echo \$? > /tmp/run.rc"
rc=$(cat "$root/tmp/run.rc" 2>/dev/null)
# timeout's 124 means the window was still open after 25 s: it started and stayed up.
if [ "$rc" = 124 ] && [ -f "$root/home/dmc/dmcockpit/demo.db" ]; then
    record "run under Xvfb: window stays up on demo.db" ok
else
    record "run under Xvfb: window stays up on demo.db" "FAILED (exit $rc; $root/tmp/run.log)"
    cat "$root/tmp/run.log" 2>/dev/null | tail -5
fi
chroot "$root" pkill Xvfb 2>/dev/null

step "report"
printf '%s\n' "${report[@]}"
exit $failed
