#!/usr/bin/env bash
# Benchmark at scale: bench/run.sh [quotes] (default 1,000,000). Writes bench/results/1m.md (10m.md at 10,000,000).
# Every figure is a ratio to a baseline measured in the same run, on the same machine and cluster.
# Above a million quotes (or with BENCH_BULK=1) the corpus is loaded with psql \copy straight into the tables, the two
# search indexes of quotes built after: through POST /imports ten million quotes would take hours. Import speed and its
# \copy baseline are measured at a million.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh
. bench/lib.sh

quotes=${1:-1000000}
work=bench/work
results=bench/results
key=bench-admin-key
port=5091
mkdir -p "$work" "$results"
bulk=${BENCH_BULK:-$([ "$quotes" -gt 1000000 ] && echo 1 || echo 0)}
label=$([ $((quotes % 1000000)) -eq 0 ] && echo "$((quotes / 1000000))m" || echo "$quotes")

# step NAME: starts a phase of the run; each phase's wall time goes to $work/steps.md for the results.
now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc -l; }
step_name=""
step() {
    local t
    t=$(now)
    [ -n "$step_name" ] && printf '| %s | %.0f s |\n' "$step_name" "$(elapsed "$step_start" "$t")" >> "$work/steps.md"
    step_name=$1
    step_start=$t
    echo "== $1"
}
: > "$work/steps.md"

pg_ensure_installed
for tool in wrk jq bc; do command -v $tool >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk jq bc; break; }; done
bin=$(pg_bin)

step "build"
dotnet build api -c Release -v q -nologo >/dev/null
dotnet build bench/Attribution.Bench -c Release -v q -nologo >/dev/null
bench() { dotnet bench/Attribution.Bench/bin/Release/net10.0/Attribution.Bench.dll "$@"; }

step "corpus of $quotes quotes"
rm -rf "$work/data" && mkdir -p "$work/data"
bench corpus "$work/data" "$quotes" $([ "$bulk" = 1 ] && echo bulk)
bench queries "$work/data"
# The import is measured in pieces, each against its own psql \copy: the first half of the corpus, then five rounds of
# a tenth each (the same lines of corpus.ndjson and quotes.tsv in piece-N.ndjson and piece-N.tsv).
pieces=6
if [ "$bulk" = 0 ]; then
    for file in corpus.ndjson quotes.tsv; do
        awk -v half=$((quotes / 2)) -v tenth=$(((quotes - quotes / 2 + 4) / 5)) -v out="$work/data/piece-" -v ext="${file##*.}" \
            '{ print > (out (NR <= half ? 0 : 1 + int((NR - half - 1) / tenth)) "." ext) }' "$work/data/$file"
    done
fi
chmod -R a+rX "$work"

step "private cluster"
bench_cluster
psql_() { "$bin/psql" -h "$socket" -p "$pg_port" -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
# pgbench_tps FILE OPTION...: runs FILE's transactions with pgbench on the benchmark database; prints their rate (tps).
pgbench_tps() {
    local file=$1
    shift
    "$bin/pgbench" -h "$socket" -p "$pg_port" -U postgres -n "$@" -f "$file" attribution | awk '/^tps/ {print $3}'
}
bench_huge_pages 2048
psql_ -c "alter system set shared_buffers = '2GB'" -c "alter system set huge_pages = '$huge_pages'" -c "alter system set max_wal_size = '8GB'" \
    -c "alter system set maintenance_work_mem = '512MB'"
pg_stop "$cluster"
pg_start "$cluster" "$pg_port"

ratio() { echo "scale=2; $1 / $2" | bc -l; }
# at_once SQL...: runs each statement in its own session on the benchmark database, all at once, and waits for them.
at_once() {
    local pids=() statement pid
    for statement in "$@"; do psql_ -d attribution -c "$statement" & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid"; done
}

if [ "$bulk" = 0 ]; then
    step "baseline database: the same tables and indexes, the articles loaded"
    psql_ -d postgres -c "create database baseline"
    for migration in db/migrations/*.sql; do psql_ -d baseline -f "$migration"; done
    psql_ -d baseline -c "\\copy articles (url, title) from '$work/data/articles.tsv'"
fi

step "service"
bench_service "$port" "$key" "$work/service.log" Attribution__RateLimit__ExpensiveConcurrency=64

# Peak resident memory of the service, per phase: the sampler keeps the highest VmRSS seen in $work/phase-*.kb
phase=idle
sample() {
    while kill -0 "$service_pid" 2>/dev/null; do
        current=$(cat "$work/phase" 2>/dev/null || echo idle)
        rss=$(awk '/VmRSS/ {print $2}' "/proc/$service_pid/status" 2>/dev/null || echo 0)
        best=$(cat "$work/phase-$current.kb" 2>/dev/null || echo 0)
        [ "${rss:-0}" -gt "$best" ] && echo "$rss" > "$work/phase-$current.kb"
        sleep 0.1
    done
}
rm -f "$work"/phase*
echo idle > "$work/phase"
sample &
sampler_pid=$!

if [ "$bulk" = 1 ]; then
    step "bulk load with psql \\copy, two streams of quotes at once"
    # The search indexes as the migrations made them, to be built again after the load.
    mapfile -t search_indexes < <(psql_ -d attribution -Atc "select indexdef from pg_indexes where indexname in ('quotes_search', 'quotes_shingles')")
    psql_ -d attribution -c "drop index quotes_search" -c "drop index quotes_shingles"
    psql_ -d attribution -c "\\copy outlets (id, name) from '$work/data/bulk-outlets.tsv'" \
        -c "\\copy articles (id, url, title, outlet_id) from '$work/data/bulk-articles.tsv'" \
        -c "\\copy speakers (id, name, kind, wikidata_id) from '$work/data/bulk-speakers.tsv'"
    at_once "\\copy quotes (id, article_id, text, kind, verb, said_on) from '$work/data/bulk-quotes-1.tsv'" \
        "\\copy quotes (id, article_id, text, kind, verb, said_on) from '$work/data/bulk-quotes-2.tsv'"
    psql_ -d attribution -c "\\copy quote_speakers (quote_id, speaker_id, position) from '$work/data/bulk-quote-speakers.tsv'"
    for table in outlets articles speakers quotes; do
        psql_ -d attribution -c "select setval(pg_get_serial_sequence('$table', 'id'), (select max(id) from $table))" >/dev/null
    done
    echo '{"loadedWith": "psql copy"}' > "$work/import.json"
    step "search indexes of quotes built after the load (both at once)"
    at_once "${search_indexes[@]}"
else
    step "import through POST /imports in pieces, each next to psql \\copy of the same rows into the baseline's quotes"
    # Each piece goes through POST /imports into the service's database and through psql \copy into the baseline
    # database (the same table with the same indexes, holding as many rows), one right after the other, the order
    # alternating, so that both meet the same load on the machine; the first piece, half the corpus, also gives the
    # service's memory on a big file.
    copy_piece() {
        local start
        start=$(now)
        psql_ -d baseline -c "\\copy quotes (article_id, text, kind, verb, said_on) from '$work/data/piece-$1.tsv'"
        elapsed "$start" "$(now)"
    }
    import_piece() {
        local start
        start=$(now)
        curl -sf -X POST "http://127.0.0.1:$port/imports" -H "X-Api-Key: $key" -H 'Content-Type: application/x-ndjson' \
            -T "$work/data/piece-$1.ndjson" >> "$work/imports.ndjson"
        echo >> "$work/imports.ndjson"
        elapsed "$start" "$(now)"
    }
    echo import > "$work/phase"
    : > "$work/imports.ndjson"
    : > "$work/pieces.md"
    copy_seconds=0 import_seconds=0 round_ratios=()
    for piece in $(seq 0 $((pieces - 1))); do
        if [ $((piece % 2)) = 0 ]; then
            order="copy, then import"
            piece_copy=$(copy_piece "$piece")
            piece_import=$(import_piece "$piece")
        else
            order="import, then copy"
            piece_import=$(import_piece "$piece")
            piece_copy=$(copy_piece "$piece")
        fi
        piece_ratio=$(ratio "$piece_copy" "$piece_import")
        [ "$piece" = 0 ] || round_ratios+=("$piece_ratio")
        copy_seconds=$(echo "$copy_seconds + $piece_copy" | bc -l)
        import_seconds=$(echo "$import_seconds + $piece_import" | bc -l)
        printf '| %s | %s | %s | %.1f s | %.1f s | %sx |\n' "$piece" "$(wc -l < "$work/data/piece-$piece.tsv")" "$order" \
            "$piece_copy" "$piece_import" "$piece_ratio" | tee -a "$work/pieces.md"
    done
    echo idle > "$work/phase"
    jq -cs 'reduce (.[] | to_entries[]) as $e ({}; .[$e.key] += $e.value)' "$work/imports.ndjson" > "$work/import.json"
    cat "$work/import.json"
    echo "import: $import_seconds s, copy: $copy_seconds s"
fi
step "vacuum analyze"
psql_ -d attribution -c "vacuum analyze"
[ "$bulk" = 1 ] || psql_ -d baseline -c "vacuum analyze"
database_size=$(psql_ -d attribution -Atc "select pg_size_pretty(pg_database_size('attribution'))")
quotes_size=$(psql_ -d attribution -Atc "select pg_size_pretty(pg_table_size('quotes')) || ' table, ' || pg_size_pretty(pg_indexes_size('quotes')) || ' indexes'")

# The statements that read quotes as the service does (QuoteStore): the rows with their article and outlet, and the
# speakers of a set of quotes (printf's %s: the ids), with the affiliation each had on the day.
columns="q.id, q.article_id, q.text, q.kind, q.verb, q.start_offset, q.end_offset, q.selector_exact, q.selector_prefix, q.selector_suffix,
    q.stated_affiliation, q.said_on, q.created_at, q.updated_at, q.review_status, q.review_note, q.reviewed_by, q.reviewed_at,
    q.retracted_at, q.retraction_reason, q.retracted_by, q.xmin::text::bigint, a.title, a.url, a.published_at, o.id, o.name
    from quotes q join articles a on a.id = q.article_id left join outlets o on o.id = a.outlet_id"
speakers_of="select qs.quote_id, s.id, s.name, s.kind, s.wikidata_id, qs.role, qs.mention, f.organisation, f.role
    from quote_speakers qs join speakers s on s.id = qs.speaker_id join quotes q on q.id = qs.quote_id
    left join lateral (select organisation, role from affiliations f where f.speaker_id = s.id
        and q.said_day between coalesce(f.valid_from, '-infinity') and coalesce(f.valid_to, 'infinity')
        order by f.valid_from desc nulls last, f.id desc limit 1) f on true
    where qs.quote_id = any(%s) order by qs.quote_id, qs.position"
step "search latency on cold caches (concurrency 1)"
echo search > "$work/phase"
# The first pass after the load reads the search index and the rows from disk; a service that has run a while has them
# in memory. Both are measured: the first pass here, the steady state after the caches are warmed.
bench measure "$work/data" "http://127.0.0.1:$port" "$key" > "$work/search-cold.json"
step "warm the caches: pg_prewarm of quotes, its joined tables and their indexes"
# Into the operating system's cache ('read': at ten million quotes they outgrow shared_buffers), then the search index
# and the quotes' primary key into shared_buffers.
psql_ -d attribution -c "create extension if not exists pg_prewarm" -Atc "select sum(pg_prewarm(c.oid, 'read')) from pg_class c
    where c.relkind in ('r', 'i') and (c.relname in ('quotes', 'quote_speakers', 'articles', 'outlets', 'speakers', 'affiliations')
        or c.oid in (select indexrelid from pg_index where indrelid in ('quotes'::regclass, 'quote_speakers'::regclass, 'articles'::regclass)))"
psql_ -d attribution -Atc "select pg_prewarm('quotes_shingles'), pg_prewarm('quotes_pkey')"
step "search quality and latency (concurrency 1)"
bench measure "$work/data" "http://127.0.0.1:$port" "$key" > "$work/search.json"
cat "$work/search.json"

step "search throughput (concurrency 4): the service warmed up, then three rounds against pgbench of quote_candidates()"
echo idle > "$work/phase"
psql_ -d attribution -c "create table bench_queries (id serial primary key, text text not null)"
jq -r '.Text' "$work/data/queries.jsonl" > "$work/data/query-texts.txt"
psql_ -d attribution -c "\\copy bench_queries (text) from '$work/data/query-texts.txt' with (format text, delimiter E'\\x01')"
# Our own overhead: pgbench calling quote_candidates() exactly as the service does (25 candidates, no filters), with the
# query's word pairs, which the service computes itself, computed once beforehand.
psql_ -d attribution -c "alter table bench_queries add column shingles integer[]" -c "update bench_queries set shingles = quote_shingles(text)"
cat > "$work/candidates.sql" <<'SQL'
\set r random(1, 1000)
select * from quote_candidates((select shingles from bench_queries where id = :r), null, null, null, 25);
SQL
search_c4() {
    BENCH_PATHS="$work/data/search-paths.txt" BENCH_KEY=$key wrk -t2 -c4 -d"$1"s -s bench/paths.lua "http://127.0.0.1:$port" \
        | awk '/Requests\/sec/ {print $2}'
}
median() { printf '%s\n' "$@" | sort -g | sed -n "$(( ($# + 1) / 2 ))p"; }
# .NET compiles the hot code again, optimised, after it has run a while (tiered compilation): the service took 30 to 50
# seconds of this load to reach its steady speed (264, then 475, 524 req/s in 20-second runs). A service that has
# run a while is what is measured, so this load runs 40 s first, unmeasured; then each 10-second run of the service is
# followed by one of its baseline, three times, and the medians are compared.
echo search > "$work/phase"
search_c4 40 > /dev/null
search_rounds=() candidates_rounds=()
for round in 1 2 3; do
    search_rounds+=("$(search_c4 10)")
    candidates_rounds+=("$(pgbench_tps "$work/candidates.sql" -c 4 -j 2 -T 10)")
done
echo idle > "$work/phase"
search_rps=$(median "${search_rounds[@]}")
candidates_tps=$(median "${candidates_rounds[@]}")
echo "search: ${search_rounds[*]} req/s; quote_candidates(): ${candidates_rounds[*]} tps"

step "search against the other baselines: a plain full-text query, all the service's statements, a user's own query"
cat > "$work/fts.sql" <<'SQL'
\set r random(1, 1000)
select q.id from quotes q where q.search @@ plainto_tsquery('simple', immutable_unaccent((select text from bench_queries where id = :r))) limit 10;
SQL
fts_tps=$(pgbench_tps "$work/fts.sql" -c 4 -j 2 -T 20)
# All of the service's statements for a search: the candidates, then the best ten's rows and their speakers (prepared,
# as the service's are); what is left between this and the service is our own work (HTTP, the word-by-word alignment
# of the 25 candidates, JSON).
{
    echo '\set r random(1, 1000)'
    echo "select coalesce(array_agg(id)::text, '{}') as ids from (select id from quote_candidates((select shingles from bench_queries where id = :r), null, null, null, 25) limit 10) best \\gset"
    printf 'select %s where q.id = any(:ids::bigint[]) order by q.id desc;\n' "$columns" | tr '\n' ' '
    echo
    printf "$speakers_of;\n" ":ids::bigint[]" | tr '\n' ' '
    echo
} > "$work/statements.sql"
statements_tps=$(pgbench_tps "$work/statements.sql" -M prepared -c 4 -j 2 -T 20)
# What a user would otherwise do: websearch_to_tsquery on the four longest (most distinctive) words of the query.
psql_ -d attribution -c "alter table bench_queries add column words text" \
    -c "update bench_queries set words = (select string_agg(w, ' ') from (select w from regexp_split_to_table(immutable_unaccent(text), '[^[:alnum:]]+') w where w <> '' order by length(w) desc, w limit 4) x)"
cat > "$work/websearch.sql" <<'SQL'
\set r random(1, 1000)
select q.id from quotes q where q.search @@ websearch_to_tsquery('simple', (select words from bench_queries where id = :r)) limit 10;
SQL
websearch_tps=$(pgbench_tps "$work/websearch.sql" -c 4 -j 2 -T 20)

step "search at concurrency 16"
search16=$(BENCH_PATHS="$work/data/search-paths.txt" BENCH_KEY=$key wrk -t2 -c16 -d20s -s bench/paths.lua "http://127.0.0.1:$port")
search16_rps=$(echo "$search16" | awk '/Requests\/sec/ {print $2}')
search16_p95=$(echo "$search16" | awk '/^p95/ {print $2}')

step "GET /quotes/{id} throughput and the pgbench baseline"
get_rps=$(BENCH_QUOTES=$quotes BENCH_KEY=$key wrk -t2 -c4 -d20s -s bench/get-by-id.lua "http://127.0.0.1:$port" | awk '/Requests\/sec/ {print $2}')
get16_rps=$(BENCH_QUOTES=$quotes BENCH_KEY=$key wrk -t2 -c16 -d20s -s bench/get-by-id.lua "http://127.0.0.1:$port" | awk '/Requests\/sec/ {print $2}')
cat > "$work/get.sql" <<SQL
\\set id random(1, $quotes)
select q.*, a.title, a.url, a.published_at, o.name,
       (select json_agg(json_build_object('id', s.id, 'name', s.name, 'kind', s.kind, 'role', qs.role) order by qs.position)
        from quote_speakers qs join speakers s on s.id = qs.speaker_id where qs.quote_id = q.id)
from quotes q join articles a on a.id = q.article_id left join outlets o on o.id = a.outlet_id where q.id = :id;
SQL
get_tps=$(pgbench_tps "$work/get.sql" -c 4 -j 2 -T 20)
get16_tps=$(pgbench_tps "$work/get.sql" -c 16 -j 2 -T 20)

step "list filters: first page, concurrency 1, against pgbench of the same SQL"
psql_ -d attribution -c "update quotes set review_status = 'verified', reviewed_by = 'bench', reviewed_at = now() where id % 100 = 0" \
    -c "vacuum analyze quotes"
top_speaker=$(psql_ -d attribution -Atc "select speaker_id from quote_speakers group by 1 order by count(*) desc limit 1")
top_outlet=$(psql_ -d attribution -Atc "select a.outlet_id from quotes q join articles a on a.id = q.article_id where a.outlet_id is not null group by 1 order by count(*) desc limit 1")
month=$(psql_ -d attribution -Atc "select to_char(percentile_disc(0.5) within group (order by said_on), 'YYYY-MM') from quotes")
month_end=$(psql_ -d attribution -Atc "select (date '$month-01' + interval '1 month - 1 day')::date")
word=$(psql_ -d attribution -Atc "select word from ts_stat('select search from quotes where id % 200 = 0') where length(word) > 4 order by ndoc desc offset 50 limit 1")
# The baselines run with the service's session settings (Database.ForService): no parallel workers.
service_options="-c max_parallel_workers_per_gather=0"
lists_md="$work/lists.md"
echo "| filter | p95 | req/s | pgbench of the same SQL | ratio |" > "$lists_md"
echo "| --- | --- | --- | --- | --- |" >> "$lists_md"
: > "$work/list-plans.txt"
list() { # list NAME QUERY-STRING SQL-WHERE
    local name=$1 query=$2 where=$3 out p95 rps tps page
    out=$(BENCH_KEY=$key BENCH_PATH="/quotes?$query" wrk -t1 -c1 -d10s -s bench/path.lua "http://127.0.0.1:$port")
    p95=$(echo "$out" | awk '/^p95_ms/ {print $2}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    # The service's two statements: the page's ids from quotes alone, then their rows; then the page's speakers.
    page="with page as (select q.id from quotes q where q.retracted_at is null and $where order by q.id desc limit 51)"
    printf '%s select %s where q.id in (select id from page) order by q.id desc;\n' "$page" "$columns" | tr '\n' ' ' > "$work/list.sql"
    echo >> "$work/list.sql"
    printf "%s $speakers_of;\n" "$page" "array(select id from page)" | tr '\n' ' ' >> "$work/list.sql"
    tps=$(PGOPTIONS=$service_options pgbench_tps "$work/list.sql" -c 1 -T 10)
    echo "| $name (\`$query\`) | $p95 ms | $rps | $tps tps | $(ratio "$rps" "$tps")x |" >> "$lists_md"
    { echo "-- $name: $where"; PGOPTIONS=$service_options psql_ -d attribution -c "explain (analyze, buffers) $page select $columns where q.id in (select id from page) order by q.id desc"; } >> "$work/list-plans.txt"
}
list "most quoted speaker" "speakerId=$top_speaker" "exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = $top_speaker)"
list "biggest outlet" "outletId=$top_outlet" "q.outlet_id = $top_outlet"
# A range of a few months is read month by month (each month's entries newest first from its index): one month is one.
in_month="said_month(q.said_day) = said_month('$month-01') and q.said_day between '$month-01' and '$month_end'"
list "one month" "from=$month-01&to=$month_end" "$in_month"
list "full-text word" "q=$word" "q.search @@ websearch_to_tsquery('simple', immutable_unaccent('$word'))"
list "verified" "status=verified" "q.review_status = 'verified'"
list "speaker and month" "speakerId=$top_speaker&from=$month-01&to=$month_end" \
    "exists (select 1 from quote_speakers s where s.quote_id = q.id and s.speaker_id = $top_speaker) and $in_month"
cat "$lists_md"

step "mixed reads at concurrency 16: by id, search, every list filter, speakers"
# Per 10 requests: 4 quotes by id, 2 searches, 3 list pages (the filters above in turn), 1 speaker.
list_paths=("speakerId=$top_speaker" "outletId=$top_outlet" "from=$month-01&to=$month_end" "q=$word" "status=verified"
    "speakerId=$top_speaker&from=$month-01&to=$month_end")
speaker_count=$(psql_ -d attribution -Atc "select max(id) from speakers")
mapfile -t search_paths < "$work/data/search-paths.txt"
for i in $(seq 0 999); do
    for j in 1 2 3 4; do echo "/quotes/$(( (i * 4 + j) * 7919 % quotes + 1 ))"; done
    echo "${search_paths[$(( i * 2 % ${#search_paths[@]} ))]}"
    echo "${search_paths[$(( (i * 2 + 1) % ${#search_paths[@]} ))]}"
    for j in 0 1 2; do echo "/quotes?${list_paths[$(( (i * 3 + j) % 6 ))]}"; done
    echo "/speakers/$(( i * 104729 % speaker_count + 1 ))"
done > "$work/data/mixed-paths.txt"
mixed=$(BENCH_PATHS="$work/data/mixed-paths.txt" BENCH_KEY=$key wrk -t2 -c16 -d30s -s bench/paths.lua "http://127.0.0.1:$port")
mixed_rps=$(echo "$mixed" | awk '/Requests\/sec/ {print $2}')
mixed_p95=$(echo "$mixed" | awk '/^p95/ {print $2}')
mixed_errors=$(echo "$mixed" | awk '/Non-2xx/ {print $4}')

step "writes: POST /quotes at concurrency 4, warmed up, then three rounds against pgbench of the same inserts"
article_count=$(psql_ -d attribution -Atc "select max(id) from articles")
# post_c4 SECONDS RUN: POST /quotes for that long at concurrency 4; prints wrk's report.
post_c4() {
    BENCH_ARTICLES=$article_count BENCH_SPEAKERS=$speaker_count BENCH_KEY=$key BENCH_RUN=$2 wrk -t2 -c4 -d"$1"s -s bench/post-quote.lua \
        "http://127.0.0.1:$port"
}
# The quote, its speaker and its audit record, in one transaction, as POST /quotes writes them.
cat > "$work/post.sql" <<SQL
\\set article random(1, $article_count)
\\set speaker random(1, $speaker_count)
begin;
insert into quotes (article_id, text, kind, verb) values (:article, 'pgbench write ' || :client_id || ' ' || random(), 'direct', 'said') returning id \\gset
insert into quote_speakers (quote_id, speaker_id, position) values (:id, :speaker, 0);
insert into audit_log (entity, entity_id, action, actor, after)
    select 'quote', q.id, 'create', 'bench', to_jsonb(q) from quotes q where q.id = :id;
commit;
SQL
# As for the search: the service's write path warmed up first (its first seconds run code not yet optimised by the
# JIT), then three 10-second rounds, each next to pgbench, and the medians.
post_c4 20 warm > /dev/null
post_rounds=() post_tps_rounds=() post_p95_rounds=() post_refused=0
for round in 1 2 3; do
    post=$(post_c4 10 "$round")
    post_rounds+=("$(echo "$post" | awk '/Requests\/sec/ {print $2}')")
    post_p95_rounds+=("$(echo "$post" | awk '/^p95/ {print $2}')")
    post_refused=$(( post_refused + $(echo "$post" | awk '/^non-2xx/ {print $2}') ))
    post_tps_rounds+=("$(pgbench_tps "$work/post.sql" -c 4 -j 2 -T 10)")
done
post_rps=$(median "${post_rounds[@]}")
post_p95=$(median "${post_p95_rounds[@]}")
post_tps=$(median "${post_tps_rounds[@]}")
echo "POST /quotes: ${post_rounds[*]} req/s; pgbench inserts: ${post_tps_rounds[*]} tps"

step "search throughput (concurrency 4) right after the writes, before any vacuum"
# Every search reads what a GIN index has not merged yet (see db/migrations/0017_gin_write_through.sql): the same
# search load as before, now that the writes above have added thousands of quotes.
written=$(psql_ -d attribution -Atc "select count(*) from quotes where text like 'bench write %' or text like 'pgbench write %'")
# Three 10-second runs, as before the writes, and their median.
search_after_rounds=("$(search_c4 10)" "$(search_c4 10)" "$(search_c4 10)")
search_after_rps=$(median "${search_after_rounds[@]}")

step "plans"
# The candidate query as quote_candidates() runs it, with its settings (see db/migrations/0016_quote_candidates_plpgsql.sql).
sample_query=$(sed -n 2p "$work/data/query-texts.txt" | sed "s/'/''/g")
shingles=$(psql_ -d attribution -Atc "select quote_shingles('$sample_query')")
psql_ -d attribution -c "set enable_seqscan = off" -c "set max_parallel_workers_per_gather = 0" -c "set jit = off" \
    -c "explain (analyze, buffers) select q.id, q.text, icount(q.shingles & '$shingles'::int[]) from quotes q
        where q.shingles && '$shingles'::int[] and q.retracted_at is null order by 3 desc, q.id limit 25" > "$work/search-plan.txt"

# The plan of quote_candidates() itself, as the service calls it: auto_explain prints the nested statement's plan.
psql_ -d attribution -c "load 'auto_explain'" -c "set auto_explain.log_min_duration = 0" -c "set auto_explain.log_analyze = on" \
    -c "set auto_explain.log_nested_statements = on" -c "set auto_explain.log_level = notice" -c "set client_min_messages = notice" \
    -c "select count(*) from quote_candidates('$shingles', null, null, null, 25)" > "$work/candidates-plan.txt" 2>&1

kb() { echo $(( $(cat "$work/phase-$1.kb" 2>/dev/null || echo 0) / 1024 )); }
jqv() { jq -r "$1" "$work/search.json"; }
# The import's pieces, for the results (none when the corpus was loaded with psql \copy).
pieces_section=""
if [ "$bulk" = 0 ]; then
    pieces_section="
The import's pieces, each through POST /imports into the service's database and through psql \\copy into the baseline
database, one right after the other:

| piece | quotes | order | psql \\copy | POST /imports | ratio |
| --- | --- | --- | --- | --- | --- |
$(cat "$work/pieces.md")
"
fi
step "results"
cat > "$results/$label.md" <<MD
# Benchmark: $quotes quotes

Run with \`bench/run.sh $quotes\` on $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(date -u +%Y-%m-%d). PostgreSQL $("$bin/postgres" --version | awk '{print $3}'),
shared_buffers 2GB, huge pages $huge_pages. Every ratio is against a baseline run in the same run on the same cluster.

| measure | result | baseline | ratio | target |
| --- | --- | --- | --- | --- |
$(if [ "$bulk" = 1 ]; then
    echo "| import | not run at this size: loaded with psql \\copy (phases below) | | | |"
else
    echo "| import through POST /imports, five rounds of a tenth of the corpus after the first half, each right next to psql \\copy of the same rows into the same table with the same indexes (ratios ${round_ratios[*]}) | | | median $(median "${round_ratios[@]}")x copy speed | >= 0.8x |"
    echo "| import of the whole corpus, the six pieces together (table below) | $(printf %.0f "$import_seconds") s | psql \\copy of the same pieces: $(printf %.0f "$copy_seconds") s | $(ratio "$copy_seconds" "$import_seconds")x copy speed | |"
fi)
| search recall@1 (1,000 altered queries) | $(jqv .recallAt1) | | | >= 0.99 |
| search recall@10 | $(jqv .recallAt10) | | | >= 0.99 |
| search latency, concurrency 1 (caches warmed) | p50 $(jqv .p50 | xargs printf %.1f) ms, p95 $(jqv .p95 | xargs printf %.1f) ms, p99 $(jqv .p99 | xargs printf %.1f) ms | | | p95 <= 20 ms at 1M, 50 ms at 10M |
| search latency, concurrency 1, first pass on cold caches | p50 $(jq -r .p50 "$work/search-cold.json" | xargs printf %.1f) ms, p95 $(jq -r .p95 "$work/search-cold.json" | xargs printf %.1f) ms, p99 $(jq -r .p99 "$work/search-cold.json" | xargs printf %.1f) ms | | | |
| search throughput, concurrency 4 (median of three 10-second runs: ${search_rounds[*]}) | $search_rps req/s | pgbench plain full-text query: $fts_tps tps | $(ratio "$search_rps" "$fts_tps")x | >= 0.5x |
| search throughput, concurrency 4 | $search_rps req/s | pgbench quote_candidates() as the service calls it, each run right after one of the service's (median of ${candidates_rounds[*]}): $candidates_tps tps | $(ratio "$search_rps" "$candidates_tps")x | >= 0.7x |
| search throughput, concurrency 4 | $search_rps req/s | pgbench running all the service's statements (candidates, then the best ten with their speakers): $statements_tps tps | $(ratio "$search_rps" "$statements_tps")x | |
| search throughput, concurrency 4 | $search_rps req/s | pgbench websearch_to_tsquery of four distinctive words: $websearch_tps tps | $(ratio "$search_rps" "$websearch_tps")x | >= 2x |
| search, concurrency 16 | $search16_rps req/s, p95 $search16_p95 ms | | | p95 <= 100 ms |
| GET /quotes/{id}, concurrency 4 | $get_rps req/s | pgbench quote + article + speakers by id: $get_tps tps | $(ratio "$get_rps" "$get_tps")x | >= 0.6x |
| GET /quotes/{id}, concurrency 16 | $get16_rps req/s | the same pgbench, 16 clients: $get16_tps tps | $(ratio "$get16_rps" "$get16_tps")x | >= 0.6x |
| mixed reads, concurrency 16 (4 by id, 2 searches, 3 list pages, 1 speaker per 10) | $mixed_rps req/s, p95 $mixed_p95 ms, non-2xx ${mixed_errors:-0} | | | p95 <= 100 ms |
| POST /quotes, concurrency 4 | $post_rps req/s, p95 $post_p95 ms, non-2xx ${post_refused:-0} | pgbench insert quote + speaker + audit, one transaction each: $post_tps tps | $(ratio "$post_rps" "$post_tps")x | >= 0.3x |
| search throughput, concurrency 4, right after $written quotes were written (median of ${search_after_rounds[*]}) | $search_after_rps req/s | the same search before the writes: $search_rps req/s | $(ratio "$search_after_rps" "$search_rps")x | |
| service peak memory | $([ "$bulk" = 1 ] || echo "import $(kb import) MB, ")search $(kb search) MB | | | < 500 MB in import |

Database: $database_size on disk; quotes $quotes_size.

Phases of the run (wall time):

| phase | time |
| --- | --- |
$(cat "$work/steps.md")
$pieces_section

List endpoints, first page (51 rows read for a page of 50), concurrency 1 for 10 s, against pgbench running the same
two statements (the page, then its speakers) with the filter written out. 1% of the quotes are marked verified first.

$(cat "$work/lists.md")

Recall by alteration:

| alteration | queries | recall@1 | recall@10 |
| --- | --- | --- | --- |
$(jq -r '.perKind | to_entries[] | "| \(.key) | \(.value.count) | \(.value.recallAt1) | \(.value.recallAt10) |"' "$work/search.json")

Import summary: \`$(cat "$work/import.json")\`

Plans of the list queries:

\`\`\`
$(cat "$work/list-plans.txt")
\`\`\`

Plan of quote_candidates() as the service calls it, for one benchmark query (auto_explain of the nested statement):

\`\`\`
$(cat "$work/candidates-plan.txt")
\`\`\`

Plan of the same candidate query written out inline:

\`\`\`
$(cat "$work/search-plan.txt")
\`\`\`
MD
echo "== wrote $results/$label.md"
cat "$results/$label.md"
