using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Imports;

public sealed class ImportExportTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task An_import_creates_articles_speakers_and_quotes_and_the_same_file_again_adds_nothing()
    {
        var id = Ndjson.Unique();
        var known = await client.SpeakerAsync($"Known Person {id}", wikidataId: $"Q9{Random.Shared.Next(100000, 999999)}");
        var file = Ndjson.Lines(
            new { text = $"We will rebuild the bridge {id}.", kind = "direct", verb = "said", saidOn = "2021-03-04",
                  speaker = new { name = "Whatever Name", wikidataId = (string)known["wikidataId"]! }, affiliation = "mayor",
                  article = new { url = $"https://import.example/{id}/a?utm_source=x", title = "Bridge", outlet = $"Import Times {id}", publishedAt = "2021-03-05T10:00:00Z" } },
            new { text = $"Taxes stay where they are {id}", kind = "partial",
                  speakers = new object[] { new { name = $"Ann Import {id}" }, new { name = $"Bob Import {id}", role = "treasurer" } },
                  article = new { url = $"https://import.example/{id}/a" } },
            new { text = $"it was a mistake {id}", kind = "indirect", speaker = new { name = "a senior official", kind = "anonymous" },
                  article = new { url = $"https://import.example/{id}/b" } });

        var summary = await (await client.ImportAsync(file)).JsonAsync(HttpStatusCode.OK);
        var again = await (await client.ImportAsync(file)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal((3L, 3L, 2L, 3L), ((long)summary["lines"]!, (long)summary["quotesCreated"]!, (long)summary["articlesCreated"]!, (long)summary["speakersCreated"]!));
        Assert.Equal((0L, 0L, 0L), ((long)again["quotesCreated"]!, (long)again["articlesCreated"]!, (long)again["speakersCreated"]!));
        var article = (await client.GetJsonAsync($"/articles?url={Uri.EscapeDataString($"https://import.example/{id}/a")}"))["items"]![0]!;
        var quotes = (await client.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray();
        Assert.Equal(2, quotes.Count);
        var bridge = quotes.Single(q => ((string)q!["text"]!).StartsWith("We will", StringComparison.Ordinal))!;
        Assert.Equal((known.Id(), "mayor", "2021-03-04"), (bridge["speakers"]![0]!.Id(), (string?)bridge["statedAffiliation"], (string?)bridge["saidOn"]));
        Assert.Equal($"Import Times {id}", (string?)bridge["article"]!["outlet"]!["name"]);
        var taxes = quotes.Single(q => ((string)q!["text"]!).StartsWith("Taxes", StringComparison.Ordinal))!;
        Assert.Equal([$"Ann Import {id}", $"Bob Import {id}"], taxes["speakers"]!.AsArray().Select(s => (string?)s!["name"]));
        Assert.Equal("treasurer", (string?)taxes["speakers"]![1]!["role"]);
        var created = (await client.GetJsonAsync($"/quotes/{taxes.Id()}/history"))["items"]![0]!;
        Assert.Equal("create", (string?)created["action"]);
        // The snapshot audited is the quote as it is read, with its speakers in order and their roles.
        Assert.True(JsonNode.DeepEquals(await client.GetJsonAsync($"/quotes/{taxes.Id()}"), created["after"]), created["after"]!.ToJsonString());
    }

    [Fact]
    public async Task An_import_naming_an_article_already_stored_spends_no_article_id_on_it()
    {
        var id = Ndjson.Unique();
        object Line(string article, string words) => new
        {
            text = $"{words} {id}.", speaker = new { name = $"Id Keeper {id}" }, article = new { url = $"https://ids.example/{id}/{article}" },
        };
        await (await client.ImportAsync(Ndjson.Lines(Line("a", "First words")))).JsonAsync(HttpStatusCode.OK);

        await (await client.ImportAsync(Ndjson.Lines(Line("a", "More words"), Line("b", "New words")))).JsonAsync(HttpStatusCode.OK);

        async Task<long> ArticleId(string article) =>
            (await client.GetJsonAsync($"/articles?url={Uri.EscapeDataString($"https://ids.example/{id}/{article}")}"))["items"]![0]!.Id();
        Assert.Equal(await ArticleId("a") + 1, await ArticleId("b"));
    }

    [Fact]
    public async Task An_import_with_bad_lines_is_422_listing_them_and_writes_nothing()
    {
        var id = Ndjson.Unique();
        var good = new { text = "Fine words here.", speaker = new { name = "Good Speaker" }, article = new { url = $"https://bad.example/{id}" } };
        var file = Ndjson.Lines(good, new { text = "", speaker = new { name = "X" }, article = new { url = $"https://bad.example/{id}" } },
            good, "{not json", new { text = "No article", speaker = new { name = "X" } }, new { text = "x", speaker = new { name = "X" }, article = new { url = "ftp://x" } });

        var problem = await (await client.ImportAsync(file)).ProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal(["line 2", "line 4", "line 5", "line 6"], problem["errors"]!.AsObject().Select(e => e.Key));
        Assert.Contains("text", (string?)problem["errors"]!["line 2"]![0]);
        Assert.Equal(4, (int)problem["invalidLines"]!);
        Assert.Empty((await client.GetJsonAsync($"/articles?url={Uri.EscapeDataString($"https://bad.example/{id}")}"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_quotebank_sample_imports_one_quote_per_url_and_keeps_unattributed_ones_without_speaker()
    {
        var id = Ndjson.Unique();
        var file = Ndjson.Lines(
            new { quoteID = "2015-08-31-000271", quotation = $"we are going to win this thing {id}", speaker = "Bernie Sanders", qids = new[] { "Q359442" },
                  date = "2015-08-31 00:00:00", numOccurrences = 2, probas = new[] { new object[] { "Bernie Sanders", "0.9" } },
                  urls = new[] { $"http://qb.example/{id}/1", $"http://qb.example/{id}/2" }, phase = "A" },
            new { quoteID = "2015-08-31-000272", quotation = $"nobody said this on record {id}", speaker = "None", qids = Array.Empty<string>(),
                  date = "2015-08-31 00:00:00", numOccurrences = 1, probas = Array.Empty<object>(), urls = new[] { $"http://qb.example/{id}/3" }, phase = "A" });

        var summary = await (await client.ImportAsync(file, "?format=quotebank")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(3, (long)summary["quotesCreated"]!);
        var sanders = (await client.GetJsonAsync($"/quotes?q={id}&limit=10"))["items"]!.AsArray();
        Assert.Equal(3, sanders.Count);
        Assert.All(sanders.Where(q => ((string)q!["text"]!).StartsWith("we are", StringComparison.Ordinal)),
            q => Assert.Equal(("Bernie Sanders", "Q359442", "2015-08-31"), ((string?)q!["speakers"]![0]!["name"], (string?)q["speakers"]![0]!["wikidataId"], (string?)q["saidOn"])));
        Assert.Empty(sanders.Single(q => ((string)q!["text"]!).StartsWith("nobody", StringComparison.Ordinal))!["speakers"]!.AsArray());
    }

    [Fact]
    public async Task An_export_re_imports_to_the_same_data()
    {
        var id = Ndjson.Unique();
        var article = await client.ArticleAsync(body: $"“Export me {id},” said the minister. Others agreed.", publishedAt: DateTimeOffset.Parse("2020-02-02T00:00:00Z"));
        await client.QuoteAsync(new { articleId = article.Id(), text = $"Export me {id},", verb = "said", speakers = new object[] { new { name = $"Minister {id}", role = "minister" }, new { name = "the cabinet", kind = "group" } } });
        await client.ImportAsync(Ndjson.Lines(new { text = $"Imported too {id}", kind = "indirect", saidOn = "2020-01-01", speaker = new { name = $"Other {id}", wikidataId = "Q1234567" },
            affiliation = "spokesman", article = new { url = $"https://rt.example/{id}", title = "RT", outlet = "RT Times", publishedAt = "2020-01-02T00:00:00Z" } }));

        var exported = await client.GetAsync($"/exports/quotes?q={id}");
        var text = await exported.Content.ReadAsStringAsync();
        Assert.Equal("application/x-ndjson", exported.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2", exported.Headers.GetValues("X-Total-Count").Single());

        await using var other = await AttributionApi.CreateAsync();
        var otherClient = other.CreateClient();
        var summary = await (await otherClient.ImportAsync(text)).JsonAsync(HttpStatusCode.OK);
        var reExported = await (await otherClient.GetAsync($"/exports/quotes?q={id}")).Content.ReadAsStringAsync();

        Assert.Equal(2, (long)summary["quotesCreated"]!);
        Assert.Equal(text.Split('\n').Order(), reExported.Split('\n').Order());
    }

    [Fact]
    public async Task A_csv_export_has_a_header_and_quoted_fields()
    {
        var id = Ndjson.Unique();
        var article = await client.ArticleAsync(body: $"“Commas, \"quotes\" and more {id},” he said.");
        await client.QuoteAsync(new { articleId = article.Id(), text = $"Commas, \"quotes\" and more {id},", speakers = new[] { new { name = "Csv Person" } } });

        var csv = await (await client.GetAsync($"/exports/quotes?format=csv&q={id}")).Content.ReadAsStringAsync();
        var lines = csv.TrimEnd('\n').Split('\n');

        Assert.StartsWith("id,text,kind,verb,saidOn,speakers", lines[0]);
        Assert.Contains($"\"Commas, \"\"quotes\"\" and more {id},\",direct", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public async Task Bad_import_and_export_requests_are_problems()
    {
        await (await client.PostAsync("/imports", new StringContent("{}", Encoding.UTF8, "application/json"))).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
        await (await client.ImportAsync("{}", "?format=xml")).ProblemForAsync(HttpStatusCode.BadRequest, "format");
        await (await client.ImportAsync("")).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "body");
        await (await client.GetAsync("/exports/quotes?format=xml")).ProblemForAsync(HttpStatusCode.BadRequest, "format");
        await (await client.GetAsync("/exports/quotes?kind=rumour")).ProblemForAsync(HttpStatusCode.BadRequest, "kind");
    }
}
