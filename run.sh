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

echo "Attribution: http://127.0.0.1:$port  (Swagger UI: http://127.0.0.1:$port/swagger)"
dotnet run --project api/Attribution.Api.csproj -c Release -- --urls "http://127.0.0.1:$port"
