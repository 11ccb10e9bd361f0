using System.Diagnostics;
using System.Text.Json;

namespace Attribution.Bench;

/// <summary>Runs the queries through GET /quotes/search one at a time: recall@1, recall@10 and latency percentiles.</summary>
public static class Measure
{
    public static async Task RunAsync(string directory, string url, string key)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var queries = File.ReadLines(Path.Combine(directory, "queries.jsonl")).Select(l => JsonSerializer.Deserialize<Queries.Query>(l)!).ToList();

        foreach (var warm in queries.Take(50)) await SearchAsync(http, warm.Text);
        var latencies = new List<double>();
        var at1 = new Dictionary<string, int>();
        var at10 = new Dictionary<string, int>();
        var paths = new List<string>();
        foreach (var query in queries)
        {
            var clock = Stopwatch.StartNew();
            var results = await SearchAsync(http, query.Text);
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            var rank = results.FindIndex(r => r.Text == query.ExpectedText && r.Url == query.ExpectedUrl);
            if (rank == 0) at1[query.Kind] = at1.GetValueOrDefault(query.Kind) + 1;
            if (rank is >= 0 and < 10) at10[query.Kind] = at10.GetValueOrDefault(query.Kind) + 1;
            paths.Add(SearchPath(query.Text));
        }
        await File.WriteAllLinesAsync(Path.Combine(directory, "search-paths.txt"), paths);

        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Ceiling(p * latencies.Count) - 1];
        var perKind = Queries.Kinds.ToDictionary(k => k, k => new
        {
            count = queries.Count(q => q.Kind == k),
            recallAt1 = (double)at1.GetValueOrDefault(k) / queries.Count(q => q.Kind == k),
            recallAt10 = (double)at10.GetValueOrDefault(k) / queries.Count(q => q.Kind == k),
        });
        var summary = new
        {
            queries = queries.Count,
            recallAt1 = (double)at1.Values.Sum() / queries.Count,
            recallAt10 = (double)at10.Values.Sum() / queries.Count,
            p50 = Percentile(0.50), p95 = Percentile(0.95), p99 = Percentile(0.99),
            perKind,
        };
        Console.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static string SearchPath(string text) => $"/quotes/search?limit=10&text={Uri.EscapeDataString(text)}";

    private sealed record Hit(string Text, string Url);

    private static async Task<List<Hit>> SearchAsync(HttpClient http, string text)
    {
        using var response = await http.GetAsync(SearchPath(text));
        response.EnsureSuccessStatusCode();
        using var document = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return document.RootElement.GetProperty("items").EnumerateArray()
            .Select(i => new Hit(i.GetProperty("quote").GetProperty("text").GetString()!, i.GetProperty("quote").GetProperty("article").GetProperty("url").GetString()!))
            .ToList();
    }
}
