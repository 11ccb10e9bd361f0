#!/usr/bin/env bash
# Lints the OpenAPI document with Redocly and Spectral (versions pinned in tools/openapi/package.json, installed from
# npm); fails on any error. The document is the one the service serves, taken from the test server.
set -euo pipefail
cd "$(dirname "$0")/.."
document=$(mktemp /tmp/attribution-openapi.XXXXXX.json)
trap 'rm -f "$document"' EXIT
OPENAPI_OUT=$document ./test.sh --filter "FullyQualifiedName~OpenApiTests.Every_operation_has_an_id" >/dev/null
command -v npm >/dev/null || { apt-get update -qq && apt-get install -y -qq npm; }
cd tools/openapi
npm ci --no-audit --no-fund --loglevel=error
echo "== Redocly"
npx redocly lint "$document" --config redocly.yaml
echo "== Spectral"
npx spectral lint "$document" --ruleset .spectral.yaml --fail-severity error
