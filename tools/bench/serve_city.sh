#!/usr/bin/env bash
# A store of N generated parcels for the server's load benchmark (tools/bench/serve_load.py):
# the same synthetic city as tools/bench/run (tools/generate_parcels.py --city N, and
# make_layers.py's districts, parks and service areas), kept in tools/bench/data/ and made
# only when missing, imported with the CLI. Usage:
#   tools/bench/serve_city.sh N OUT.gpkg [PARKPLAN]   (PARKPLAN default .build/release/parkplan)
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:?usage: serve_city.sh N OUT.gpkg [PARKPLAN]}
out=${2:?usage: serve_city.sh N OUT.gpkg [PARKPLAN]}
parkplan=${3:-.build/release/parkplan}
data=tools/bench/data
mkdir -p "$data"
seq=$data/parcels_$n.geojsonl
fc=$data/parcels_$n.geojson
layers=$data/layers_$n
t0=$(date +%s)
if [ ! -f "$fc" ]; then
  if [ -f "$seq" ]; then
    # parkplan imports RFC 7946 FeatureCollections, not GeoJSONSeq: wrap the same features.
    { echo '{"type":"FeatureCollection","features":['; sed '/^$/d; 1!s/^/,/' "$seq"; echo ']}'; } >"$fc.tmp"
  else
    # The same features as tools/bench/run's GeoJSONSeq, written as one FeatureCollection in one pass.
    python3 tools/generate_parcels.py --city "$n" --origin-lon 106.6 --origin-lat 20.8 -o "$fc.tmp"
  fi
  mv "$fc.tmp" "$fc"
fi
[ -f "$layers/infrastructure.geojson" ] || python3 tools/bench/make_layers.py --city "$n" -o "$layers"
t1=$(date +%s)
rm -f "$out" "$out-wal" "$out-shm"
"$parkplan" import parcels "$fc" --store "$out" --crs EPSG:4326
"$parkplan" import units "$layers/districts.geojson" --level district --store "$out"
for layer in parks infrastructure; do "$parkplan" import "$layer" "$layers/$layer.geojson" --store "$out"; done
t2=$(date +%s)
echo "serve_city: $n parcels: generated in $((t1 - t0)) s, imported in $((t2 - t1)) s (load average: $(cut -d' ' -f1-3 /proc/loadavg))" >&2
