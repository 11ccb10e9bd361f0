#!/usr/bin/env bash
# Runs Attribution on http://127.0.0.1:${PORT:-5080} (Swagger UI at /swagger).
# Without ConnectionStrings__Attribution it installs PostgreSQL if missing and runs a private cluster in .data/pg,
# reachable only through a Unix socket in that folder.
set -euo pipefail
cd "$(dirname "$0")"
. tools/pg.sh

mkdir -p .data
# One ./run.sh per folder: a second one would share (and, on exit, stop) the first one's cluster.
exec 9>.data/run.lock
if ! flock -n 9; then
    echo "Another ./run.sh is already serving from $(pwd)/.data; stop it first (Ctrl-C in its terminal)." >&2
    exit 1
fi

port=${PORT:-5080}
if [ -z "${ConnectionStrings__Attribution:-}" ]; then
    pg_ensure_installed
    pg_port=${ATTRIBUTION_PG_PORT:-55439}
    pg_start .data/pg "$pg_port"
    trap 'echo "Stopping PostgreSQL..."; pg_stop .data/pg' EXIT
    export ConnectionStrings__Attribution="Host=$(pg_socket_dir .data/pg);Port=$pg_port;Username=postgres;Database=attribution"
fi
export Attribution__LoadDemoData=${Attribution__LoadDemoData:-true}

# A bootstrap admin key, made once and kept in .data/admin-key (readable by this user only), unless one is given.
if [ -z "${ATTRIBUTION_ADMIN_KEY:-}" ]; then
    [ -s .data/admin-key ] || (umask 077; echo "attr_admin_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')" > .data/admin-key)
    ATTRIBUTION_ADMIN_KEY=$(cat .data/admin-key)
    export ATTRIBUTION_ADMIN_KEY
    key_from="the admin key is in .data/admin-key: KEY=\$(cat .data/admin-key)"
else
    key_from="the admin key is the ATTRIBUTION_ADMIN_KEY you set"
fi

echo "Attribution: http://127.0.0.1:$port  (Swagger UI: http://127.0.0.1:$port/swagger)"
echo "             $key_from"
echo "             send it as X-Api-Key (Swagger UI: Authorize); make reader and editor keys with POST /keys."
dotnet run --project api/Attribution.Api.csproj -c Release -- --urls "http://127.0.0.1:$port"
