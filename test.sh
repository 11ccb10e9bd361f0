#!/usr/bin/env bash
# Runs every test against a real PostgreSQL. Without ATTRIBUTION_TEST_CONNECTION (a connection string whose user may
# create databases) it installs PostgreSQL if missing and runs a throwaway cluster for the run.
set -euo pipefail
cd "$(dirname "$0")"
. tools/pg.sh

if [ -z "${ATTRIBUTION_TEST_CONNECTION:-}" ]; then
    pg_ensure_installed
    cluster=$(mktemp -d /tmp/attribution-test-pg.XXXXXX)
    chmod 755 "$cluster"
    port=$(pg_free_port)
    # Test classes run in parallel, each with its own service and pool, and some tests send 100 writes at once.
    PG_FSYNC=off PG_MAX_CONNECTIONS=400 pg_start "$cluster" "$port"
    trap 'pg_stop "$cluster"; rm -rf "$cluster"' EXIT
    export ATTRIBUTION_TEST_CONNECTION="Host=$(pg_socket_dir "$cluster");Port=$port;Username=postgres"
fi

results=$(mktemp -d /tmp/attribution-test-results.XXXXXX)
status=0
dotnet test Attribution.sln -c Release --logger "trx;LogFileName=tests.trx" --logger "console;verbosity=minimal" \
    --results-directory "$results" "$@" || status=$?

# One plain closing line that any CI can read: "N passed, N failed".
if counters=$(grep -o '<Counters [^>]*>' "$results"/*.trx 2>/dev/null); then
    passed=$(echo "$counters" | sed -E 's/.* passed="([0-9]+)".*/\1/')
    failed=$(echo "$counters" | sed -E 's/.* failed="([0-9]+)".*/\1/')
    echo "tests: $passed passed, $failed failed"
    [ "$passed" -gt 0 ] || status=1
fi
rm -rf "$results"
exit $status
