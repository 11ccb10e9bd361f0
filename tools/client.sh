#!/usr/bin/env bash
# Generates a C# client from the OpenAPI document with Kiota (a dotnet tool from NuGet), builds tools/client with it,
# and runs its fact-checker flow against a fresh service with the demo article. Fails if any step does.
set -euo pipefail
cd "$(dirname "$0")/.."
. tools/pg.sh
. bench/lib.sh
kiota_version=1.38.0
tools=.tools/kiota
[ -x "$tools/kiota" ] || dotnet tool install Microsoft.OpenApi.Kiota --tool-path "$tools" --version "$kiota_version" >/dev/null

document=$(mktemp /tmp/attribution-openapi.XXXXXX.json)
OPENAPI_OUT=$document ./test.sh --filter "FullyQualifiedName~OpenApiTests.Every_operation_has_an_id" >/dev/null
echo "== generate"
"$tools/kiota" generate -l CSharp -c AttributionClient -n Attribution.Client -d "$document" -o tools/client/Generated --clean-output \
    --log-level Error >/dev/null 2>&1
rm -f "$document"
echo "== build"
dotnet build tools/client -c Release -v q -nologo >/dev/null
dotnet build api -c Release -v q -nologo >/dev/null

echo "== run against a fresh service"
pg_ensure_installed
bench_cluster
bench_service 5095 client-sample-key "$(mktemp /tmp/attribution-client-service.XXXXXX.log)" Attribution__LoadDemoData=true
dotnet tools/client/bin/Release/net10.0/Attribution.ClientSample.dll "http://127.0.0.1:5095" client-sample-key
