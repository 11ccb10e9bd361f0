using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
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

        var sent = await TracedAsync(new HttpRequestMessage(HttpMethod.Patch, $"/quotes/{quote.Id()}")
        {
            Content = new StringContent("""{"verb":"added"}""", System.Text.Encoding.UTF8, "application/merge-patch+json"),
        }, HttpStatusCode.OK);

        var statements = sent.Sum(c => Statements(Sql(c)));
        output.WriteLine($"{statements} statements in {sent.Count} round trips (BEGIN and COMMIT not counted)");
        Assert.True(statements <= 8, $"{statements} statements in {sent.Count} round trips:\n" + string.Join("\n", sent.Select(Sql)));
    }

    [Fact]
    public async Task A_new_quote_by_a_known_speaker_takes_five_round_trips()
    {
        // The article (locked), the speaker, the quote with its speakers unless already stored, the quote as stored, the
        // audit record: checking for the same quote and inserting the quote and its speakers were three round trips.
        var article = await client.ArticleAsync();
        var speaker = await client.SpeakerAsync("Marta Ilves");

        var sent = await TracedAsync(new HttpRequestMessage(HttpMethod.Post, "/quotes")
        {
            Content = JsonContent.Create(new { articleId = article.Id(), text = "We will open the bridge in May.", speakers = new[] { new { id = speaker.Id() } } }),
        }, HttpStatusCode.Created);

        output.WriteLine($"{sent.Count} round trips (BEGIN and COMMIT not counted)");
        Assert.True(sent.Count <= 5, $"{sent.Count} round trips:\n" + string.Join("\n", sent.Select(Sql)));
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

    /// <summary>Sends the request with a trace id of its own; the Npgsql commands it sent.</summary>
    private async Task<List<Activity>> TracedAsync(HttpRequestMessage request, HttpStatusCode expected)
    {
        var trace = ActivityTraceId.CreateRandom();
        request.Headers.Add("traceparent", $"00-{trace}-{ActivitySpanId.CreateRandom()}-01");
        var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        var sent = commands.Where(c => c.TraceId == trace).ToList();
        Assert.True(sent.Count > 0, "no Npgsql command was traced for the request");
        return sent;
    }

    private static string? Sql(Activity command) => (command.GetTagItem("db.query.text") ?? command.GetTagItem("db.statement")) as string;

    private static int Statements(string? sql) => sql is null ? 1 : sql.Split(";\n", StringSplitOptions.RemoveEmptyEntries).Length;
}
