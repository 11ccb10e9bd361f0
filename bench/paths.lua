-- wrk: cycles through a file of paths (BENCH_PATHS: the search queries, or the mixed read load), each with the API key.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
wrk.headers["X-Api-Key"] = os.getenv("BENCH_KEY")
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end

-- The 95th percentile of latency, which wrk's own summary leaves out; bench/run.sh reads the line.
done = function(summary, latency, requests)
  io.write(string.format("p95 %.1f ms\n", latency:percentile(95) / 1000))
end
