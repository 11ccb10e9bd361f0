using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Attribution.Bench;

/// <summary>
/// The write load of the fault run (bench/fault.sh): workers post quotes, each with its own Idempotency-Key, and retry a
/// failed post with the same key and body until it is acknowledged (201) or its attempts run out; /health is polled
/// meanwhile. Writes what was acknowledged, what was given up and the health timeline, for the script to check against
/// the database.
/// </summary>
public static class Fault
{
    private sealed record Outcome(string Text, bool Acknowledged, int Attempts, long? Id);

    public static async Task RunAsync(string directory, string url, string key, int workers, TimeSpan duration)
    {
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var article = await (await http.PostAsJsonAsync("/articles", new { url = $"https://fault.example/{Guid.NewGuid():N}", title = "Fault run" }))
            .Content.ReadFromJsonAsync<JsonElement>();
        var articleId = article.GetProperty("id").GetInt64();

        var health = new List<(double At, int Status)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(duration);
        var poller = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                int status;
                try { status = (int)(await http.GetAsync("/health")).StatusCode; }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { status = 0; }
                lock (health) if (health.Count == 0 || health[^1].Status != status) health.Add((clock.Elapsed.TotalSeconds, status));
                await Task.Delay(100);
            }
        });

        var outcomes = new List<Outcome>();
        var next = 0;
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var n = Interlocked.Increment(ref next);
                var text = $"Fault run quote number {n} {Guid.NewGuid():N}";
                var body = new { articleId, text, kind = "direct", speakers = new[] { new { name = $"Fault Speaker {n % 40}" } } };
                var idempotencyKey = $"fault-{n}-{Guid.NewGuid():N}";
                var outcome = new Outcome(text, false, 0, null);
                for (var attempt = 1; attempt <= 60; attempt++)
                {
                    outcome = outcome with { Attempts = attempt };
                    try
                    {
                        using var request = new HttpRequestMessage(HttpMethod.Post, "/quotes") { Content = JsonContent.Create(body) };
                        request.Headers.Add("Idempotency-Key", idempotencyKey);
                        using var response = await http.SendAsync(request);
                        if (response.StatusCode == HttpStatusCode.Created)
                        {
                            var created = await response.Content.ReadFromJsonAsync<JsonElement>();
                            outcome = outcome with { Acknowledged = true, Id = created.GetProperty("id").GetInt64() };
                            break;
                        }
                        if ((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.Conflict) break; // a refusal: not retried
                    }
                    catch (Exception e) when (e is HttpRequestException or TaskCanceledException) { }
                    await Task.Delay(250);
                }
                lock (outcomes) outcomes.Add(outcome);
            }
        })));
        await poller;

        await File.WriteAllLinesAsync(Path.Combine(directory, "acknowledged.txt"), outcomes.Where(o => o.Acknowledged).Select(o => o.Text));
        await File.WriteAllLinesAsync(Path.Combine(directory, "attempted.txt"), outcomes.Select(o => o.Text));
        var summary = new
        {
            articleId,
            posts = outcomes.Count,
            acknowledged = outcomes.Count(o => o.Acknowledged),
            givenUp = outcomes.Count(o => !o.Acknowledged),
            retried = outcomes.Count(o => o.Attempts > 1),
            retriedAcknowledged = outcomes.Count(o => o.Attempts > 1 && o.Acknowledged),
            writesPerSecond = outcomes.Count(o => o.Acknowledged) / duration.TotalSeconds,
            health = health.Select(h => new { at = Math.Round(h.At, 1), status = h.Status }),
        };
        Console.WriteLine(JsonSerializer.Serialize(summary, new JsonSerializerOptions { WriteIndented = true }));
    }
}
