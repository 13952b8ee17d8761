#!/usr/bin/env bash
# Renders the fixed-size PNG icons from the scalable SVG (needs rsvg-convert from librsvg2-bin).
# The PNGs are committed, so building the package never needs this.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 32 48 64 128 256; do
    mkdir -p "${size}x${size}"
    rsvg-convert -w "$size" -h "$size" scalable/org.dmcockpit.DMCockpit.svg \
        -o "${size}x${size}/org.dmcockpit.DMCockpit.png"
done
