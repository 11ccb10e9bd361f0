#!/usr/bin/env bash
# Fuzz run: bench/fuzz.sh [requests] [seeds...] (default 20,000 requests for each of the seeds 1 2 3).
# Requests are generated from the OpenAPI document against the real pipeline and PostgreSQL (tests/Errors/Fuzzer.cs);
# writes bench/results/fuzz.md. Fails if any request got a 5xx, internals in its body, or a 4xx that is not a problem.
set -euo pipefail
cd "$(dirname "$0")/.."
requests=${1:-20000}
shift || true
seeds=${*:-1 2 3}
mkdir -p bench/results
report=bench/results/fuzz.md
{
    echo "# Fuzz: $requests requests a seed, generated from the OpenAPI document"
    echo
    echo "Run with \`bench/fuzz.sh $requests $seeds\` on $(date -u +%Y-%m-%d)."
    echo
} > "$report"
status=0
for seed in $seeds; do
    out=$(mktemp)
    FUZZ_REQUESTS=$requests FUZZ_SEED=$seed FUZZ_REPORT=$out ./test.sh --filter "FullyQualifiedName~FuzzTests" >/dev/null || status=1
    { echo '```'; cat "$out"; echo '```'; echo; } >> "$report"
    rm -f "$out"
done
cat "$report"
exit $status
