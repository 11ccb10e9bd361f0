#!/usr/bin/env bash
# Runs Attribution on http://127.0.0.1:${PORT:-5080} (Swagger UI at /swagger).
# Without ConnectionStrings__Attribution it installs PostgreSQL if missing and runs a private cluster in .data/pg.
set -euo pipefail
cd "$(dirname "$0")"
. tools/pg.sh

port=${PORT:-5080}
if [ -z "${ConnectionStrings__Attribution:-}" ]; then
    pg_ensure_installed
    pg_port=${ATTRIBUTION_PG_PORT:-55439}
    pg_start .data/pg "$pg_port"
    trap 'echo "Stopping PostgreSQL..."; pg_stop .data/pg' EXIT
    export ConnectionStrings__Attribution="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=attribution"
fi
export Attribution__LoadDemoData=${Attribution__LoadDemoData:-true}

# A bootstrap admin key, made once and kept in .data/admin-key, unless one is given.
if [ -z "${ATTRIBUTION_ADMIN_KEY:-}" ]; then
    mkdir -p .data
    [ -s .data/admin-key ] || (umask 077; echo "attr_admin_$(head -c 32 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')" > .data/admin-key)
    ATTRIBUTION_ADMIN_KEY=$(cat .data/admin-key)
    export ATTRIBUTION_ADMIN_KEY
fi

echo "Attribution: http://127.0.0.1:$port  (Swagger UI: http://127.0.0.1:$port/swagger)"
echo "Admin key:   $ATTRIBUTION_ADMIN_KEY"
echo "             send it as X-Api-Key (Swagger UI: Authorize); make reader and editor keys with POST /keys."
dotnet run --project api/Attribution.Api.csproj -c Release -- --urls "http://127.0.0.1:$port"
