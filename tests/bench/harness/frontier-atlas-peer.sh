#!/bin/sh
# frontier-atlas as one more peer of the map-render harness (../shared/bench, its README):
#   frontier-atlas-peer.sh GPKG CRS XMIN,YMIN,XMAX,YMAX WIDTH HEIGHT OUT.png
# draws the harness's four layers of GPKG in its style (harness-style.json) with export
# --basemap none, and prints render_ms= and png_ms= as the other peers do.
# FRONTIER_ATLAS names the program (default: frontier-atlas on PATH).
# FRONTIER_ATLAS_COLD=1 gives every run an empty cache folder, so each reads the GeoPackage with
# GDAL and projects it, as the first export of a file does; by default a run after the first
# reads the layers (and a large layer's projection) back from the cache, as a second export does.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
gpkg=$1 crs=$2 extent=$3 width=$4 height=$5 out=$6
if [ "${FRONTIER_ATLAS_COLD:-0}" = 1 ]; then
    XDG_CACHE_HOME=$(mktemp -d)
    export XDG_CACHE_HOME
    trap 'rm -rf "$XDG_CACHE_HOME"' EXIT
fi
"${FRONTIER_ATLAS:-frontier-atlas}" export --date 2019-09-30 --basemap none \
    --no-decorations --crs "$crs" --map-extent "$extent" --size "${width}x$height" \
    --layer "$gpkg:countries" --layer "$gpkg:states_provinces" --layer "$gpkg:frontier" \
    --layer "$gpkg:crossings" --layer-style "$here/harness-style.json" --output "$out" --timings
