# Shell functions shared by the bench scripts (sourced after tools/pg.sh).

# bench_cluster: starts a throwaway cluster; sets $cluster, $pg_port and $socket, and stops and removes it on exit
# (with the service, if bench_service started one).
bench_cluster() {
    cluster=$(mktemp -d /tmp/attribution-bench-pg.XXXXXX)
    chmod 755 "$cluster"
    pg_port=$(pg_free_port)
    pg_start "$cluster" "$pg_port"
    socket=$(pg_socket_dir "$cluster")
    service_pid=""
    sampler_pid=""
    trap bench_cleanup EXIT
}

bench_cleanup() {
    [ -n "$sampler_pid" ] && kill "$sampler_pid" 2>/dev/null || true
    [ -n "$service_pid" ] && kill "$service_pid" 2>/dev/null && wait "$service_pid" 2>/dev/null || true
    pg_stop "$cluster"
    rm -rf "$cluster"
    [ -n "${huge_pages_before:-}" ] && echo "$huge_pages_before" > /proc/sys/vm/nr_hugepages || true
}

# bench_huge_pages MB: reserves huge pages for MB of shared memory when it may (as root), for the run only, and sets
# $huge_pages, the setting to give the cluster: on when they are reserved, else off. With 4 KB pages every new backend
# page-faults its way into shared_buffers: pgbench on a fresh connection ran at half speed for its first 10 to 20
# seconds (1,055 tps, then 2,280), so short runs measured mostly that; with huge pages there is no such warm-up
# (3,200 tps from the first second).
bench_huge_pages() {
    local want=$(( $1 / 2 + 128 )) have
    have=$(cat /proc/sys/vm/nr_hugepages 2>/dev/null || echo 0)
    if [ "$have" -lt "$want" ] && [ -w /proc/sys/vm/nr_hugepages ]; then
        huge_pages_before=$have
        echo "$want" > /proc/sys/vm/nr_hugepages
        have=$(cat /proc/sys/vm/nr_hugepages)
    fi
    huge_pages=$([ "$have" -ge "$want" ] && echo on || echo off)
}

# bench_service PORT KEY LOG [VAR=value ...]: runs the built service on the cluster (or on $bench_connection when set),
# without rate limits, with the extra settings given; sets $service_pid and waits until /health answers.
bench_service() {
    local port=$1 key=$2 log=$3
    shift 3
    env ConnectionStrings__Attribution="${bench_connection:-Host=$socket;Port=$pg_port;Username=postgres;Database=attribution;Maximum Pool Size=50}" \
        ATTRIBUTION_ADMIN_KEY="$key" Attribution__RateLimit__PermitsPerMinute=100000000 \
        Attribution__RateLimit__ExpensivePermitsPerMinute=100000000 Logging__LogLevel__Default=Warning "$@" \
        dotnet api/bin/Release/net10.0/Attribution.Api.dll --urls "http://127.0.0.1:$port" > "$log" 2>&1 &
    service_pid=$!
    for _ in $(seq 60); do curl -sf "http://127.0.0.1:$port/health" >/dev/null && return 0; sleep 1; done
    echo "The service did not start; see $log" >&2
    return 1
}
