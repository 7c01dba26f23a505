#!/usr/bin/env bash
# Regenerates every bundled basemap file of Frontier Atlas in the folder this script lives in.
#
# Needs only Debian packages:
#   apt-get install -y gdal-bin gmt gmt-gshhg-full gmt-dcw qgis-common python3
# Inputs: Natural Earth 1:10m v4.1 (world_map.gpkg shipped by qgis-common),
#         GSHHG 2.3.7 full resolution (gmt-gshhg-full), hand-checked points in places.csv and
#         crossings.csv, name tables and river waypoints in build_basemap.py.
# Usage:  bash maps/regenerate.sh        (WORLD_MAP_GPKG=... overrides the GeoPackage location)
set -euo pipefail
cd "$(dirname "$0")"

GPKG="${WORLD_MAP_GPKG:-/usr/share/qgis/resources/data/world_map.gpkg}"
W=34 S=28 E=50 N=39                                  # clip box, lon/lat degrees
BOX="BuildMbr($W,$S,$E,$N,4326)"
PY=(python3 build_basemap.py)

for tool in gmt ogr2ogr python3; do
    command -v "$tool" >/dev/null || { echo "regenerate.sh: $tool not found" >&2; exit 1; }
done
[ -r "$GPKG" ] || { echo "regenerate.sh: cannot read $GPKG (apt-get install qgis-common)" >&2; exit 1; }

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
export GMT_TMPDIR="$TMP" GMT_USERDIR="$TMP"          # keep GMT from writing gmt.history etc. here
# Every *.geojson is written by build_basemap.py: RFC 7946 (WGS84 lon/lat, CCW exterior
# rings), coordinates rounded to 5 decimals (~1 m), one feature per line.

echo "== countries (Natural Earth 1:10m v4.1 via qgis-common)"
# The NE 'countries' layer stores Northern Cyprus in a catch-all feature with iso_a2 '-1';
# inside the box that feature is only the Karpas part of Cyprus, which is merged into CY.
ogr2ogr -f GeoJSON "$TMP/countries_raw.geojson" "$GPKG" -dialect sqlite -nlt MULTIPOLYGON -sql "
  SELECT CASE WHEN iso_a2 = '-1' THEN 'CY' ELSE iso_a2 END AS iso_a2,
         ST_Multi(ST_Union(ST_Intersection(geom, $BOX))) AS geom
  FROM countries
  WHERE ST_Intersects(geom, $BOX)
  GROUP BY 1"
"${PY[@]}" countries "$TMP/countries_raw.geojson" countries.geojson

echo "== governorates (Natural Earth admin-1, Iraq, Syria and Arab neighbours)"
ogr2ogr -f GeoJSON "$TMP/gov_raw.geojson" "$GPKG" -dialect sqlite -nlt MULTIPOLYGON -sql "
  SELECT iso_a2, name, ST_Multi(ST_Intersection(geom, $BOX)) AS geom
  FROM states_provinces
  WHERE iso_a2 IN ('IQ', 'SY', 'JO', 'LB', 'KW', 'SA') AND ST_Intersects(geom, $BOX)"
"${PY[@]}" governorates "$TMP/gov_raw.geojson" governorates.geojson

echo "== frontier (GSHHG full-resolution political boundaries)"
gmt coast -N1 -Df -M -R$W/$E/$S/$N > "$TMP/borders.txt"
"${PY[@]}" frontier "$TMP/borders.txt" frontier.geojson

echo "== rivers (GSHHG full-resolution permanent rivers, classes 0-4)"
gmt coast -Ir -Df -M -R$W/$E/$S/$N > "$TMP/rivers.txt"
"${PY[@]}" rivers "$TMP/rivers.txt" rivers.geojson

echo "== places (places.csv)"
"${PY[@]}" places places.csv places.geojson

echo "== crossings (crossings.csv, snapped onto the final frontier line)"
"${PY[@]}" crossings crossings.csv frontier.geojson crossings.geojson

echo "== measured facts"
"${PY[@]}" report .
ls -l countries.geojson governorates.geojson frontier.geojson rivers.geojson places.geojson crossings.geojson
du -ch ./*.geojson | tail -n 1
