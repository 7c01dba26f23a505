#!/bin/sh
# frontier-atlas as one more peer of the map-render harness (../shared/bench, its README):
#   frontier-atlas-peer.sh GPKG CRS XMIN,YMIN,XMAX,YMAX WIDTH HEIGHT OUT.png
# draws the harness's four layers of GPKG in its style (harness-style.json) with export
# --basemap none, and prints render_ms= and png_ms= as the other peers do.
# FRONTIER_ATLAS names the program (default: frontier-atlas on PATH).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gpkg=$1 crs=$2 extent=$3 width=$4 height=$5 out=$6
exec "${FRONTIER_ATLAS:-frontier-atlas}" export --date 2019-09-30 --basemap none \
    --no-decorations --crs "$crs" --map-extent "$extent" --size "${width}x$height" \
    --layer "$gpkg:countries" --layer "$gpkg:states_provinces" --layer "$gpkg:frontier" \
    --layer "$gpkg:crossings" --layer-style "$here/harness-style.json" --output "$out" --timings
