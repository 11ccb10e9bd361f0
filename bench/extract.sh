#!/usr/bin/env bash
# Extraction of 500,000 characters in process, Release build: bench/extract.sh. Writes bench/results/extract.md.
# (bench/limits.sh times the same size through POST /extract, with the service's memory.)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Attribution.Bench -c Release -v q -nologo >/dev/null
table=$(dotnet bench/Attribution.Bench/bin/Release/net10.0/Attribution.Bench.dll extract tests/Extraction/Corpus)
cat > bench/results/extract.md <<MD
# Extraction of 500,000 characters, in process

Run with \`bench/extract.sh\` on $(nproc) cores, $(date -u +%Y-%m-%d), Release build: each text extracted eight times, in one
process. Target: under 1 s and 200 MB per call. The first call of the first text is what a service's first extraction
after it starts costs: it compiles the rules' regular expressions (the later texts' first calls find them compiled). The
next calls run while .NET's tiered compilation recompiles the hot methods in the background, first instrumented, then
optimised with what it measured; calls 6 to 8 are the steady state of a service that has extracted a few texts. The
machine is shared and noisy: the same build moves by a third from run to run.

$table
MD
cat bench/results/extract.md
