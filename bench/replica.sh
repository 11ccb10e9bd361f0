#!/usr/bin/env bash
# Read throughput with a streaming standby against the primary alone: bench/replica.sh [quotes] (default 100,000).
# Writes bench/results/replica.md. Both configurations run on this one machine, one after the other, on the same data:
# with every process sharing the same cores this measures the cost of routing reads to a replica, not the gain of a
# second machine (see the estimate in the results).
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh
. bench/lib.sh

quotes=${1:-100000}
work=bench/work/replica
results=bench/results
key=bench-admin-key
mkdir -p "$work" "$results"
pg_ensure_installed
for tool in wrk jq bc; do command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk jq bc; break; }; done

echo "== build and corpus of $quotes quotes"
dotnet build api -c Release -v q -nologo >/dev/null
dotnet build bench/Attribution.Bench -c Release -v q -nologo >/dev/null
bench() { dotnet bench/Attribution.Bench/bin/Release/net10.0/Attribution.Bench.dll "$@"; }
rm -rf "$work/data" && mkdir -p "$work/data"
bench corpus "$work/data" "$quotes"
bench queries "$work/data"

echo "== primary and standby"
topology=$(mktemp -d /tmp/attribution-replica.XXXXXX)
service_pid=""
cleanup() {
    [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
    tools/replica.sh stop "$topology"; rm -rf "$topology"
}
trap cleanup EXIT
eval "$(tools/replica.sh start "$topology")"
connection() { echo "Host=127.0.0.1;Port=$1;Username=postgres;Password=$PASSWORD;Database=attribution;Maximum Pool Size=50"; }

bench_connection=$(connection "$PRIMARY_PORT")
# serve PORT [VAR=value ...]: the built service on the primary, without rate limits
serve() { bench_service "$1" "$key" "$work/service-$1.log" Attribution__RateLimit__ExpensiveConcurrency=64 "${@:2}"; }
stop() { kill "$service_pid"; wait "$service_pid" 2>/dev/null || true; service_pid=""; }

serve 5093
curl -sf -X POST http://127.0.0.1:5093/imports -H "X-Api-Key: $key" -H 'Content-Type: application/x-ndjson' \
    -T "$work/data/corpus.ndjson" > /dev/null
PGPASSWORD=$PASSWORD "$(pg_bin)/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -d attribution -qc "vacuum analyze"
bench measure "$work/data" http://127.0.0.1:5093 "$key" > "$work/search.json" # also writes the search paths
stop
echo "== waiting for the standby to replay the import"
target=$(PGPASSWORD=$PASSWORD "$(pg_bin)/psql" -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -Atc "select pg_current_wal_lsn()")
until [ "$(PGPASSWORD=$PASSWORD "$(pg_bin)/psql" -h 127.0.0.1 -p "$STANDBY_PORT" -U postgres -Atc \
    "select pg_last_wal_replay_lsn() >= '$target'")" = t ]; do sleep 1; done

# rps PORT: requests a second for GET /quotes/{id} and for search, at concurrency 16 for 20 s each
rps() {
    BENCH_QUOTES=$quotes BENCH_KEY=$key wrk -t2 -c16 -d20s -s bench/get-by-id.lua "http://127.0.0.1:$1" | awk '/Requests\/sec/ {printf "%s ", $2}'
    BENCH_PATHS="$work/data/search-paths.txt" BENCH_KEY=$key wrk -t2 -c16 -d20s -s bench/paths.lua "http://127.0.0.1:$1" | awk '/Requests\/sec/ {print $2}'
}
echo "== primary alone, then primary + standby, then primary alone again"
serve 5093; read -r get_primary search_primary <<< "$(rps 5093)"; stop
serve 5094 ConnectionStrings__AttributionReplicas="$(connection "$STANDBY_PORT")"
sleep 2
served_by=$(curl -sf http://127.0.0.1:5094/health/ready | jq -r '.replicas[0].state')
read -r get_replica search_replica <<< "$(rps 5094)"; stop
serve 5093; read -r get_again search_again <<< "$(rps 5093)"; stop

ratio() { echo "scale=2; $1 / $2" | bc -l; }
mean() { echo "scale=2; ($1 + $2) / 2" | bc -l; }
get_base=$(mean "$get_primary" "$get_again"); search_base=$(mean "$search_primary" "$search_again")
cat > "$results/replica.md" <<MD
# Read replicas: $quotes quotes

Run with \`bench/replica.sh $quotes\` on $(nproc) cores, $(date -u +%Y-%m-%d). A primary and a streaming hot standby
(\`tools/replica.sh\`) on this one machine; wrk at concurrency 16 for 20 s per figure. The replica run's standby was
\`$served_by\` when it started. The baseline is the mean of the primary-alone runs before and after it.

| read | primary alone (before, after) | primary + standby | ratio |
| --- | --- | --- | --- |
| GET /quotes/{id} | $get_primary, $get_again req/s | $get_replica req/s | $(ratio "$get_replica" "$get_base")x |
| GET /quotes/search | $search_primary, $search_again req/s | $search_replica req/s | $(ratio "$search_replica" "$search_base")x |

On one machine the standby shares the cores with the primary, the service and wrk, so a ratio near 1 means that
routing reads to a replica costs little (the position-free read adds no statement); it cannot show a gain. On
separate machines: the service is stateless and scales out by itself, and each standby on its own machine serves
reads about as fast as the primary does (the same data, cache and plans) while replaying the primary's writes, so the
database's read capacity grows to about (1 + standbys) times the primary-alone figure above, less the replay cost of
the write load, until the service instances are the limit.
MD
cat "$results/replica.md"
