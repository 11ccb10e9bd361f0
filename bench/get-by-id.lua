-- wrk: GET /quotes/{id} for ids spread over the corpus.
local count = tonumber(os.getenv("BENCH_QUOTES"))
local i = 0
wrk.headers["X-Api-Key"] = os.getenv("BENCH_KEY")
request = function()
  i = i + 1
  return wrk.format("GET", "/quotes/" .. ((i * 7919) % count + 1))
end
