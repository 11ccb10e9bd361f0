using System.Net;
using System.Text.Json.Nodes;
using Attribution.Api.DemoData;
using Attribution.Api.Extraction;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Extraction;

/// <summary>POST /extract and POST /articles/{id}/extract over the real pipeline and database.</summary>
public sealed class ExtractionEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Extract_returns_the_seed_articles_quotes_with_code_point_offsets_and_stores_nothing()
    {
        var page = SeedArticle.Page();
        var before = await client.GetJsonAsync("/quotes?limit=100");
        var body = await (await client.PostJsonAsync("/extract", new { text = page, title = "Afghanistan under Taliban" })).JsonAsync(HttpStatusCode.OK);

        var quotes = body["quotes"]!.AsArray();
        Assert.True(quotes.Count >= 10);
        var codePoints = page.EnumerateRunes().Select(r => r.ToString()).ToArray();
        foreach (var quote in quotes)
        {
            Assert.Equal((string?)quote!["text"], string.Concat(codePoints[(int)quote["start"]!..(int)quote["end"]!]));
            Assert.InRange((double)quote["confidence"]!, 0, 1);
        }
        var mccaul = quotes.Single(q => ((string?)q!["text"])!.StartsWith("We are going to go back", StringComparison.Ordinal))!;
        Assert.Equal(("direct", "warned", "Michael McCaul", "person"), ((string?)mccaul["kind"], (string?)mccaul["verb"], (string?)mccaul["speaker"]!["name"], (string?)mccaul["speaker"]!["kind"]));
        Assert.Equal("the ranking Republican member of the US House Foreign Affairs Committee", (string?)mccaul["speaker"]!["affiliation"]);
        Assert.Equal(before.ToJsonString(), (await client.GetJsonAsync("/quotes?limit=100")).ToJsonString());
    }

    [Fact]
    public async Task The_extractor_is_warmed_up_in_the_background_once_the_service_has_started()
    {
        _ = client; // the service is started
        var warmUp = Assert.Single(api.Services.GetServices<IHostedService>().OfType<ExtractorWarmUp>());
        var finished = await Task.WhenAny(warmUp.ExecuteTask!, Task.Delay(TimeSpan.FromMinutes(1)));
        Assert.Same(warmUp.ExecuteTask, finished);
        Assert.True(warmUp.ExecuteTask!.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Extract_dates_quotes_from_the_publication_date()
    {
        var body = await (await client.PostJsonAsync("/extract", new
        {
            text = "Mayor Ines Duarte said yesterday that the bridge would reopen in May.", publishedAt = "2024-03-15T08:00:00Z",
        })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("2024-03-14", (string?)body["quotes"]![0]!["saidOn"]);
    }

    [Fact]
    public async Task Explain_names_the_rules_behind_each_quote_and_is_left_out_otherwise()
    {
        const string text = "Jane Roe met Tom Hale in Geneva. \u201CWe have a deal,\u201D she said. \u201CIt took a year.\u201D";
        var explained = await (await client.PostJsonAsync("/extract?explain=true", new { text })).JsonAsync(HttpStatusCode.OK);
        var quotes = explained["quotes"]!.AsArray();
        Assert.Equal(("cueAfter", "pronoun"), ((string?)quotes[0]!["explanation"]!["rule"], (string?)quotes[0]!["explanation"]!["speaker"]));
        Assert.Equal(("runOn", "Jane Roe"), ((string?)quotes[1]!["explanation"]!["rule"], (string?)quotes[1]!["speaker"]!["name"]));

        var plain = await (await client.PostJsonAsync("/extract", new { text })).JsonAsync(HttpStatusCode.OK);
        Assert.All(plain["quotes"]!.AsArray(), q => Assert.Null(q!["explanation"]));
    }

    [Fact]
    public async Task A_reader_key_may_extract_but_not_save()
    {
        var (reader, _) = await api.ClientWithRoleAsync("reader");
        var article = await client.ArticleAsync(body: "\u201CWe will win,\u201D said coach Ana Silva.");
        Assert.Equal(HttpStatusCode.OK, (await reader.PostJsonAsync("/extract", new { text = "\u201CWe will win,\u201D said coach Ana Silva." })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostJsonAsync($"/articles/{article.Id()}/extract?save=true", new { })).StatusCode);
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        Assert.Contains("text", await (await client.PostJsonAsync("/extract", new { text = "" })).ProblemForAsync(HttpStatusCode.BadRequest, "text"));
        await (await client.PostJsonAsync("/extract", new { text = 5 })).ProblemAsync(HttpStatusCode.BadRequest);
        await (await client.PostJsonAsync("/extract", new { text = "\u201CWe will win,\u201D said Ana Silva.", language = "English!" })).ProblemForAsync(HttpStatusCode.BadRequest, "language");
        await (await client.PostJsonAsync("/articles/999999/extract", new { })).ProblemAsync(HttpStatusCode.NotFound);
        var bodyless = await client.ArticleAsync();
        await (await client.PostJsonAsync($"/articles/{bodyless.Id()}/extract?save=true", new { })).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "body");
    }

    [Fact]
    public async Task The_answer_names_the_language_given_or_else_detected()
    {
        const string french = "\u00AB\u00A0Nous allons reconstruire le pont avant le printemps\u00A0\u00BB, a déclaré Marie Dupont, maire de la ville.";
        var detected = await (await client.PostJsonAsync("/extract", new { text = french })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("fr", true, "Marie Dupont"), ((string?)detected["language"], (bool)detected["languageDetected"]!, (string?)detected["quotes"]![0]!["speaker"]!["name"]));

        // A tag the caller gives is kept; in a language without word lists, quotes stay under the unattended threshold.
        const string italian = "\u201CRicostruiremo il ponte prima della primavera,\u201D said Maria Rossi, sindaca della città.";
        var given = await (await client.PostJsonAsync("/extract", new { text = italian, language = "it" })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("it", false), ((string?)given["language"], (bool)given["languageDetected"]!));
        Assert.InRange((double)Assert.Single(given["quotes"]!.AsArray())!["confidence"]!, 0, QuoteExtractor.UnreadLanguageCeiling);

        var tagged = await client.ArticleAsync(body: italian, language: "it");
        var stored = await (await client.PostJsonAsync($"/articles/{tagged.Id()}/extract", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("it", false), ((string?)stored["language"], (bool)stored["languageDetected"]!));
        var untagged = await client.ArticleAsync(body: french, language: null);
        var read = await (await client.PostJsonAsync($"/articles/{untagged.Id()}/extract", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(("fr", true), ((string?)read["language"], (bool)read["languageDetected"]!));
    }

    [Fact]
    public async Task Saving_stores_the_quotes_with_matched_speakers_and_a_second_run_adds_nothing()
    {
        var speaker = await client.SpeakerAsync("Aaron Zelin"); // this class's database is its own: the name is free
        var article = await client.ArticleAsync(body: SeedArticle.Page());

        var preview = await (await client.PostJsonAsync($"/articles/{article.Id()}/extract", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.All(preview["quotes"]!.AsArray(), q => Assert.Null(q!["quoteId"]));
        Assert.Empty((await client.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray());

        var first = await (await client.PostJsonAsync($"/articles/{article.Id()}/extract?save=true", new { })).JsonAsync(HttpStatusCode.OK);
        var ids = first["quotes"]!.AsArray().Select(q => (long)q!["quoteId"]!).ToList();
        Assert.Equal(preview["quotes"]!.AsArray().Count, ids.Distinct().Count());

        var stored = (await client.GetJsonAsync($"/articles/{article.Id()}/quotes?limit=100"))["items"]!.AsArray();
        Assert.Equal(ids.Count, stored.Count);
        var zelin = stored.Single(q => ((string?)q!["text"])!.StartsWith("Without information", StringComparison.Ordinal))!;
        Assert.Equal(speaker.Id(), (long)zelin["speakers"]![0]!["id"]!); // matched to the stored speaker, not created again

        var second = await (await client.PostJsonAsync($"/articles/{article.Id()}/extract?save=true", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(ids, second["quotes"]!.AsArray().Select(q => (long)q!["quoteId"]!).ToList());
        Assert.Equal(ids.Count, (await client.GetJsonAsync($"/articles/{article.Id()}/quotes?limit=100"))["items"]!.AsArray().Count);
    }
}
