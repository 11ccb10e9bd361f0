#!/usr/bin/env bash
# The largest inputs the limits allow: bench/limits.sh [quotes] (default 300,000 quotes in the corpus searched).
# Times verify, search and extraction at their limits, alone and four at once, against a small request of the same kind,
# and the service's peak memory. Writes bench/results/limits.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh
. bench/lib.sh

quotes=${1:-300000}
work=bench/work/limits
results=bench/results
key=limits-admin-key
port=5094
rm -rf "$work" && mkdir -p "$work/data" "$results"
pg_ensure_installed
dotnet build api -c Release -v q -nologo >/dev/null
dotnet build bench/Attribution.Bench -c Release -v q -nologo >/dev/null
bench() { dotnet bench/Attribution.Bench/bin/Release/net10.0/Attribution.Bench.dll "$@"; }
bench corpus "$work/data" "$quotes"

bench_cluster
bench_service "$port" "$key" "$work/service.log"
curl -sf -X POST "http://127.0.0.1:$port/imports" -H "X-Api-Key: $key" -H 'Content-Type: application/x-ndjson' -T "$work/data/corpus.ndjson" \
    > "$work/import.json"

# Peak resident memory while each request kind runs (the bench writes the current one's name to $work/phase).
echo idle > "$work/phase"
( while kill -0 "$service_pid" 2>/dev/null; do
      phase=$(cat "$work/phase" 2>/dev/null || echo idle)
      rss=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status" 2>/dev/null || echo 0)
      [ "${rss:-0}" -gt "$(cat "$work/peak-$phase.kb" 2>/dev/null || echo 0)" ] && echo "$rss" > "$work/peak-$phase.kb"
      sleep 0.05
  done ) &
sampler_pid=$!
before=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status")
bench limits "http://127.0.0.1:$port" "$key" "$work/phase" > "$work/limits.json"
sleep 0.2

cat > "$results/limits.md" <<MD
# Limits: the largest inputs, alone and four at once

Run with \`bench/limits.sh $quotes\` on $(nproc) cores, $(date -u +%Y-%m-%d), against $quotes imported quotes. "small" is the median
of five small requests of the same kind in the same run; the ratio is the large request's time to it.

| request | small | alone | ratio | four at once (slowest) |
| --- | --- | --- | --- | --- |
$(jq -r '.[] | "| \(.name) | \(.smallMs) ms | \(.aloneMs) ms | \(.aloneRatio)x | \(.fourAtOnceMaxMs) ms |"' "$work/limits.json")

Service memory (resident): $(( before / 1024 )) MB before; peak while each kind ran (target: under 500 MB):
$(for f in "$work"/peak-*.kb; do n=${f##*/peak-}; echo "- ${n%.kb}: $(( $(cat "$f") / 1024 )) MB"; done)
MD
cat "$results/limits.md"
