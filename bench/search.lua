-- wrk: cycles through the benchmark's search queries (search-paths.txt), each with the API key.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
local i = 0
wrk.headers["X-Api-Key"] = os.getenv("BENCH_KEY")
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
