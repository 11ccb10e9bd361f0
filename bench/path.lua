-- wrk: GET one path (BENCH_PATH) again and again with the API key; prints the 95th percentile latency.
wrk.headers["X-Api-Key"] = os.getenv("BENCH_KEY")
wrk.path = os.getenv("BENCH_PATH")
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\n", latency:percentile(95) / 1000))
end
