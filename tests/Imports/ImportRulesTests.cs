using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Imports;

/// <summary>An import follows the rules of POST /quotes: the same anchoring, the same speaker matching, the same audit.</summary>
public sealed class ImportRulesTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task A_direct_quote_missing_from_its_articles_body_is_refused_as_post_quotes_refuses_it()
    {
        var id = Ndjson.Unique();
        var article = await client.ArticleAsync(body: $"\u201cWe will build the road {id},\u201d the mayor said.");
        var url = (string)article["url"]!;
        var file = Ndjson.Lines(
            new { text = $"We will build the road {id},", speaker = new { name = $"Mayor {id}" }, article = new { url } },
            new { text = $"Words the article never printed {id}", speaker = new { name = $"Mayor {id}" }, article = new { url } });

        var problem = await (await client.ImportAsync(file)).ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(["line 2"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("does not occur", (string?)problem["errors"]!["line 2"]![0]);
        var post = await client.PostJsonAsync("/quotes", new { articleId = article.Id(), text = $"Words the article never printed {id}", speakers = new[] { new { name = "X" } } });
        await post.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Empty((await client.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray());

        // Without the bad line, the quote is anchored in the body like one posted: span and selector filled in.
        await (await client.ImportAsync(Ndjson.Lines(new { text = $"We will build the road {id},", speaker = new { name = $"Mayor {id}" }, article = new { url } })))
            .JsonAsync(HttpStatusCode.OK);
        var quote = (await client.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]![0]!;
        Assert.Equal((1, 1 + $"We will build the road {id},".Length), ((int)quote["start"]!, (int)quote["end"]!));
        Assert.Equal("\u201d the mayor said.", (string?)quote["selector"]!["suffix"]);
    }

    [Fact]
    public async Task A_line_whose_two_speakers_are_ambiguous_is_422_naming_the_line_not_500()
    {
        var id = Ndjson.Unique();
        foreach (var name in new[] { $"Twin A {id}", $"Twin A {id}", $"Twin B {id}", $"Twin B {id}" })
            await client.SpeakerAsync(name);
        var file = Ndjson.Lines(new
        {
            text = $"Two ambiguous speakers {id}", speakers = new[] { new { name = $"Twin A {id}" }, new { name = $"Twin B {id}" } },
            article = new { url = $"https://ambiguous.example/{id}" },
        });

        var problem = await (await client.ImportAsync(file)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        var reason = (string?)problem["errors"]!["line 1"]![0];
        Assert.Contains($"Twin A {id}", reason);
        Assert.Contains($"Twin B {id}", reason);
        Assert.Empty((await client.GetJsonAsync($"/articles?url=https://ambiguous.example/{id}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Imported_resources_have_the_same_history_snapshot_as_posted_ones()
    {
        var id = Ndjson.Unique();
        await (await client.ImportAsync(Ndjson.Lines(new
        {
            text = $"Snapshot words {id}", speaker = new { name = $"Snap Shot {id}" },
            article = new { url = $"https://snapshot.example/{id}", outlet = $"Snapshot Times {id}" },
        }))).JsonAsync(HttpStatusCode.OK);
        var imported = (await client.GetJsonAsync($"/quotes?q={id}"))["items"]![0]!;
        var article = await client.ArticleAsync(body: $"\u201cPosted words {id},\u201d he said.");
        var posted = await client.QuoteAsync(new { articleId = article.Id(), text = $"Posted words {id},", speakers = new[] { new { name = $"Post Ed {id}" } } });

        static JsonNode After(JsonNode history) => history["items"]![0]!["after"]!;
        var importedAfter = After(await client.GetJsonAsync($"/quotes/{imported.Id()}/history"));
        var postedAfter = After(await client.GetJsonAsync($"/quotes/{posted.Id()}/history"));
        Assert.Equal(postedAfter.AsObject().Select(p => p.Key).Order(), importedAfter.AsObject().Select(p => p.Key).Order());
        Assert.Equal($"Snap Shot {id}", (string?)importedAfter["speakers"]![0]!["name"]);

        var speaker = After(await client.GetJsonAsync($"/speakers/{imported["speakers"]![0]!.Id()}/history"));
        Assert.Equal($"Snap Shot {id}", (string?)speaker["name"]);
        var outlet = After(await client.GetJsonAsync($"/outlets/{imported["article"]!["outlet"]!.Id()}/history"));
        Assert.Equal($"Snapshot Times {id}", (string?)outlet["name"]);
        Assert.NotNull(After(await client.GetJsonAsync($"/articles/{imported["articleId"]}/history"))["url"]);
    }

    [Fact]
    public async Task A_line_over_the_limit_is_refused_without_being_read_whole_and_the_others_are_checked()
    {
        var id = Ndjson.Unique();
        var good = System.Text.Json.JsonSerializer.Serialize(new { text = $"Fine {id}", speaker = new { name = "Fine" }, article = new { url = $"https://long.example/{id}" } });
        var huge = new string('x', 3 * 1024 * 1024); // 3 MiB without a newline
        var problem = await (await client.ImportAsync($"{good}\n{huge}\n{good}\n{{oops\n")).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["line 2", "line 4"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("longer than", (string?)problem["errors"]!["line 2"]![0]);

        var endless = await client.ImportAsync(huge); // no newline at all
        Assert.Contains("longer than", (string?)(await endless.ProblemAsync(HttpStatusCode.UnprocessableEntity))["errors"]!["line 1"]![0]);
    }

    [Fact]
    public async Task Csv_cells_a_spreadsheet_would_evaluate_are_escaped()
    {
        var id = Ndjson.Unique();
        var article = await client.ArticleAsync(body: $"\u201c=HYPERLINK(\"http://evil.example\") {id}\u201d, he said.");
        await client.QuoteAsync(new
        {
            articleId = article.Id(), text = $"=HYPERLINK(\"http://evil.example\") {id}", speakers = new[] { new { name = $"@admin {id}" } },
        });

        var csv = await (await client.GetAsync($"/exports/quotes?format=csv&q={id}")).Content.ReadAsStringAsync();

        var row = csv.TrimEnd('\n').Split('\n')[1];
        Assert.Contains($"\"'=HYPERLINK(\"\"http://evil.example\"\") {id}\"", row);
        Assert.Contains($",'@admin {id},", row);
        Assert.DoesNotContain(",=", row);
        Assert.DoesNotContain(",@", row);
    }
}
