#!/usr/bin/env bash
# Fault run: bench/fault.sh [seconds] [workers] (default 30 s, 16 workers). A concurrent write load (POST /quotes, each
# with its own Idempotency-Key, retried with the same key until acknowledged) while PostgreSQL is killed hard
# (pg_ctl -m immediate) and started again, twice. Checks: every acknowledged write is stored, every write at most once
# (retries done exactly once), the service answers again without a restart, /health went 503 and back to 200.
# Writes bench/results/fault.md.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh
. bench/lib.sh

seconds=${1:-30}
workers=${2:-16}
work=bench/work/fault
results=bench/results
key=fault-admin-key
port=5093
rm -rf "$work" && mkdir -p "$work" "$results"
pg_ensure_installed
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq; }
bin=$(pg_bin)

dotnet build api -c Release -v q -nologo >/dev/null
dotnet build bench/Attribution.Bench -c Release -v q -nologo >/dev/null

bench_cluster
bench_service "$port" "$key" "$work/service.log"

dotnet bench/Attribution.Bench/bin/Release/net10.0/Attribution.Bench.dll fault "$work" "http://127.0.0.1:$port" "$key" "$workers" "$seconds" \
    > "$work/load.json" &
load_pid=$!

# Two hard crashes of the database under load: no shutdown checkpoint, connections cut.
for crash in 1 2; do
    sleep $(( seconds / 4 ))
    echo "crash $crash at $(date +%T)"
    pg_as_owner "$bin/pg_ctl" -D "$cluster" -m immediate -w stop >/dev/null
    sleep 3
    pg_start "$cluster" "$pg_port"
done
wait "$load_pid"
cat "$work/load.json"

psql_() { "$bin/psql" -h "$socket" -p "$pg_port" -U postgres -d attribution -Atq -v ON_ERROR_STOP=1 "$@"; }
article=$(jq .articleId "$work/load.json")
psql_ -c "create temp table acknowledged (text text); create temp table attempted (text text);" \
      -c "\\copy acknowledged from '$work/acknowledged.txt'" -c "\\copy attempted from '$work/attempted.txt'" \
      -c "select count(*) filter (where q.id is null) from acknowledged a left join quotes q on q.article_id = $article and q.text = a.text" \
      -c "select count(*) from (select text from quotes where article_id = $article group by text having count(*) > 1) d" \
      -c "select count(*) from quotes where article_id = $article" \
      -c "select count(*) from (select search_key(name) from speakers where name like 'Fault Speaker %' group by 1 having count(*) > 1) d" \
      > "$work/checks.txt"
read -r lost duplicated stored duplicate_speakers <<< "$(tr '\n' ' ' < "$work/checks.txt")"
alive=$(kill -0 "$service_pid" 2>/dev/null && echo yes || echo no)
after=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health")
went_down=$(jq '[.health[] | select(.status == 503)] | length > 0' "$work/load.json")
outage_logs=$(grep -c "The database is not reachable" "$work/service.log" || true)
stack_lines=$(grep -c "^ *at " "$work/service.log" || true)

cat > "$results/fault.md" <<MD
# Fault run: PostgreSQL killed hard twice under write load

Run with \`bench/fault.sh $seconds $workers\` on $(nproc) cores, $(date -u +%Y-%m-%d): $workers workers posting quotes (each with its own
Idempotency-Key, naming one of 40 speakers) for $seconds s; PostgreSQL stopped with \`pg_ctl -m immediate\` and started again
3 s later, at a quarter and at half of the run.

| check | result |
| --- | --- |
| posts (acknowledged / given up after 60 tries) | $(jq .acknowledged "$work/load.json") / $(jq .givenUp "$work/load.json") of $(jq .posts "$work/load.json") |
| posts that needed retries (acknowledged in the end) | $(jq .retried "$work/load.json") ($(jq .retriedAcknowledged "$work/load.json")) |
| acknowledged writes missing afterwards | $lost |
| writes stored more than once | $duplicated |
| quotes stored (acknowledged and not) | $stored |
| speakers created more than once | $duplicate_speakers |
| service still the same process, /health after the run | $alive, $after |
| /health went 503 during the outage | $went_down |
| outage log lines (first with stack trace, then one a minute) / stack-trace lines in the log | $outage_logs / $stack_lines |

Health timeline (seconds into the run, status): \`$(jq -c '[.health[] | [.at, .status]]' "$work/load.json")\`
MD
cat "$results/fault.md"
[ "$lost" = 0 ] && [ "$duplicated" = 0 ] && [ "$duplicate_speakers" = 0 ] && [ "$alive" = yes ] && [ "$after" = 200 ] && [ "$went_down" = true ]
