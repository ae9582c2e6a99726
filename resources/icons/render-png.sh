#!/usr/bin/env bash
# Renders parlab.svg to the hicolor PNG sizes installed with the app. The PNGs are committed (so the
# build needs no SVG renderer); run this after changing the SVG. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 32 48 64 128 256; do
  rsvg-convert -w "$s" -h "$s" parlab.svg -o "parlab-$s.png"
done
