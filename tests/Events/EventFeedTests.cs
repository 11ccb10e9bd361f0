using System.Net;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Events;

/// <summary>The change feed: every committed change once, in order, and nothing of a write that rolled back.</summary>
public sealed class EventFeedTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    /// <summary>
    /// Pages the feed from <paramref name="after"/> (the start when null) until it holds every outlet in
    /// <paramref name="until"/>. The feed holds events back while an older transaction is still open anywhere on the
    /// cluster (other test classes write at the same time), so an empty page means "not yet", not "done": a consumer reads
    /// on, and so does this, within a deadline.
    /// </summary>
    private async Task<List<JsonNode>> ReadUntilAsync(string types, int pageSize, IEnumerable<long> until, string? after = null)
    {
        var events = new List<JsonNode>();
        var cursor = after;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var page = await client.GetJsonAsync($"/events?types={types}&limit={pageSize}{(cursor is null ? "" : $"&after={cursor}")}");
            var items = page["items"]!.AsArray();
            events.AddRange(items.Select(i => i!));
            cursor = (string)page["nextCursor"]!;
            if (items.Count > 0) continue;
            var seen = events.Where(e => (string?)e["type"] == "outlet.created").Select(e => (long)e["resource"]!["id"]!).ToHashSet();
            if (seen.IsSupersetOf(until) || DateTime.UtcNow > deadline) return events;
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task The_feed_returns_every_event_of_100_concurrent_writes_exactly_once_in_order()
    {
        var created = await Task.WhenAll(Enumerable.Range(0, 100).Select(_ => api.CreateClient().OutletAsync()));

        var events = await ReadUntilAsync("outlet.created", 7, [.. created.Select(o => o.Id())]);

        var ids = events.Select(e => (long)e["resource"]!["id"]!).ToList();
        Assert.Equal(created.Select(o => o.Id()).Order(), ids.Intersect(created.Select(o => o.Id())).Order());
        Assert.Equal(ids.Count, ids.Distinct().Count());
        var eventIds = events.Select(e => long.Parse(((string)e["id"]!)["evt_".Length..])).ToList();
        Assert.Equal(eventIds.Count, eventIds.Distinct().Count());
        Assert.All(events, e => Assert.Equal("outlet.created", (string?)e["type"]));
    }

    [Fact]
    public async Task A_cursor_handed_out_while_writes_run_never_skips_one_committed_later()
    {
        // Writers and a reader at once: the reader pages the feed as it grows, and must end with every write, once.
        var writers = Enumerable.Range(0, 60).Select(_ => api.CreateClient().OutletAsync()).ToList();
        var seen = new List<long>();
        string? cursor = null;
        while (writers.Any(w => !w.IsCompleted) || cursor is null)
        {
            var page = await client.GetJsonAsync($"/events?types=outlet.created&limit=5{(cursor is null ? "" : $"&after={cursor}")}");
            seen.AddRange(page["items"]!.AsArray().Select(e => (long)e!["resource"]!["id"]!));
            cursor = (string)page["nextCursor"]!;
        }
        var created = (await Task.WhenAll(writers)).Select(o => o.Id()).ToHashSet();
        // Then on from the last cursor until every write has arrived, as a consumer would.
        seen.AddRange((await ReadUntilAsync("outlet.created", 50, created.Except(seen).ToList(), cursor)).Select(e => (long)e["resource"]!["id"]!));
        Assert.Subset(seen.ToHashSet(), created);
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    [Fact]
    public async Task A_write_that_rolled_back_emits_nothing()
    {
        var article = await client.ArticleAsync(body: "\u201cRolled back,\u201d he said.");
        var name = $"Never Created {Guid.NewGuid():N}";
        // The inline speaker is created, then the unknown one fails the write: all of it rolls back, its events too.
        await (await client.PostJsonAsync("/quotes", new
        {
            articleId = article.Id(), text = "Rolled back,", speakers = new object[] { new { name }, new { id = 987654321 } },
        })).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        var later = await client.OutletAsync(); // a later event: once the feed holds it, it has moved past the failed write

        var events = await ReadUntilAsync("speaker.created,quote.created,outlet.created", 200, [later.Id()]);
        Assert.Contains(events, e => (string?)e["type"] == "outlet.created" && (long)e["resource"]!["id"]! == later.Id());
        Assert.DoesNotContain(events, e => (string?)e["data"]?["name"] == name);
        Assert.DoesNotContain(events, e => (long?)e["data"]?["articleId"] == article.Id());
    }

    [Fact]
    public async Task Bad_cursors_and_types_are_400_and_keys_are_not_in_the_feed()
    {
        await (await client.GetAsync("/events?after=garbage")).ProblemForAsync(HttpStatusCode.BadRequest, "after");
        await (await client.GetAsync("/events?types=quote.exploded")).ProblemForAsync(HttpStatusCode.BadRequest, "types");
        await (await client.PostJsonAsync("/keys", new { name = "feed test", role = "reader" })).JsonAsync(HttpStatusCode.Created);
        var later = await client.OutletAsync();
        var all = await ReadUntilAsync("*", 500, [later.Id()]);
        Assert.Contains(all, e => (string?)e["type"] == "outlet.created" && (long)e["resource"]!["id"]! == later.Id());
        Assert.DoesNotContain(all, e => ((string)e["type"]!).StartsWith("key.", StringComparison.Ordinal));
    }
}
