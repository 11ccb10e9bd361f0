-- wrk: POST /quotes, each a new quote of a random article by a random existing speaker. Texts are unique: each wrk
-- thread numbers its own requests under its own id and the run's (BENCH_RUN: wrk seeds every run alike, so a second
-- run would otherwise send the first one's quotes again, and get 409s). Prints the 95th percentile latency; counts
-- refused writes.
local articles = tonumber(os.getenv("BENCH_ARTICLES"))
local speakers = tonumber(os.getenv("BENCH_SPEAKERS"))
local run = os.getenv("BENCH_RUN") or "0"
local threads = {}
local n = 0
wrk.method = "POST"
wrk.headers["X-Api-Key"] = os.getenv("BENCH_KEY")
wrk.headers["Content-Type"] = "application/json"

setup = function(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

request = function()
  n = n + 1
  local body = string.format('{"articleId":%d,"text":"bench write %s %d %d","kind":"direct","verb":"said","speakers":[{"id":%d}]}',
    math.random(articles), run, tid, n, math.random(speakers))
  return wrk.format(nil, "/quotes", nil, body)
end

done = function(summary, latency, requests)
  io.write(string.format("p95 %.1f ms\n", latency:percentile(95) / 1000))
  io.write(string.format("non-2xx %d\n", summary.errors.status))
end
