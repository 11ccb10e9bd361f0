using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Attribution.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Attribution.Tests.Quotes;

/// <summary>How many SQL statements a write sends, counted from Npgsql's own traces of the one request (its trace id).</summary>
public sealed class QuoteStatementsTests : IClassFixture<AttributionApi>, IDisposable
{
    private readonly HttpClient client;
    private readonly ConcurrentBag<Activity> commands = [];
    private readonly ActivityListener listener;

    private readonly ITestOutputHelper output;

    public QuoteStatementsTests(AttributionApi api, ITestOutputHelper output)
    {
        this.output = output;
        client = api.CreateClient();
        // ASP.NET Core's request activity carries the trace id of the request's traceparent header; Npgsql's command
        // activities are its children, so other tests running at the same time do not count.
        listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "Microsoft.AspNetCore",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => { if (activity.Source.Name == "Npgsql") commands.Add(activity); },
        };
        ActivitySource.AddActivityListener(listener);
    }

    public void Dispose() => listener.Dispose();

    [Fact]
    public async Task A_patch_sends_at_most_eight_statements()
    {
        var article = await client.ArticleAsync(body: "\u201CThe bridge will open in May,\u201D said Jane Roe. \u201COr in June,\u201D she added.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "The bridge will open in May,", speakers = new[] { new { name = "Jane Roe" } } });

        var trace = ActivityTraceId.CreateRandom();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/quotes/{quote.Id()}")
        {
            Content = new StringContent("""{"verb":"added"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        };
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var sent = commands.Where(c => c.TraceId == trace).ToList();
        var statements = sent.Sum(c => Statements((c.GetTagItem("db.query.text") ?? c.GetTagItem("db.statement")) as string));
        output.WriteLine($"{statements} statements in {sent.Count} round trips (BEGIN and COMMIT not counted)");
        Assert.True(sent.Count > 0, "no Npgsql command was traced for the request");
        Assert.True(statements <= 8, $"{statements} statements in {sent.Count} round trips:\n" +
            string.Join("\n", sent.Select(c => (c.GetTagItem("db.query.text") ?? c.GetTagItem("db.statement")) as string)));
    }

    [Fact]
    public async Task A_patch_that_reorders_the_speakers_keeps_both()
    {
        var article = await client.ArticleAsync(body: "\u201CWe agree,\u201D said Jane Roe and Tom Hale.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "We agree,", speakers = new[] { new { name = "Jane Roe" }, new { name = "Tom Hale" } } });
        var ids = quote["speakers"]!.AsArray().Select(s => (long)s!["id"]!).ToArray();

        var patched = await (await client.PatchJsonAsync($"/quotes/{quote.Id()}", new { speakers = new[] { new { id = ids[1] }, new { id = ids[0] } } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal([ids[1], ids[0]], patched["speakers"]!.AsArray().Select(s => (long)s!["id"]!));
    }

    private static int Statements(string? sql) => sql is null ? 1 : sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Length;
}
