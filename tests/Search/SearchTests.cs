using System.Net;
using System.Text.Json.Nodes;
using Attribution.Api.DemoData;
using Attribution.Api.Search;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Search;

/// <summary>One class fixture holds the seed article's 11 quotes; each test searches them as they circulate altered.</summary>
public sealed class SearchTests(AttributionApi api) : IClassFixture<AttributionApi>, IAsyncLifetime
{
    private readonly HttpClient client = api.CreateClient();
    private readonly List<(SeedArticle.GoldQuote Gold, long Id)> quotes = [];

    public async Task InitializeAsync()
    {
        var existing = await client.GetJsonAsync($"/articles?url={Uri.EscapeDataString(SeedArticle.Url)}");
        var articleId = existing["items"]!.AsArray().FirstOrDefault()?.Id()
                        ?? (await client.ArticleAsync(body: SeedArticle.Page(), url: SeedArticle.Url, publishedAt: DateTimeOffset.Parse("2021-09-10T00:00:00Z"))).Id();
        var stored = (await client.GetJsonAsync($"/articles/{articleId}/quotes"))["items"]!.AsArray();
        foreach (var gold in SeedArticle.GoldQuotes().Quotes)
        {
            var id = stored.FirstOrDefault(q => (string?)q!["text"] == gold.Text)?.Id()
                     ?? (await client.QuoteAsync(SeedArticle.ToRequest(gold, articleId))).Id();
            quotes.Add((gold, id));
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string[] Words(string text) => text.Split([' ', '\u00a0'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The ways a quote circulates altered, each changing at most a fifth of its words.</summary>
    public static TheoryData<string> Alterations => ["fragment", "dropped", "added", "replaced", "reordered", "typo", "quote marks", "mixed"];

    private static string Alter(string text, string how)
    {
        var words = Words(text).ToList();
        var budget = Math.Max(1, words.Count / 5);
        switch (how)
        {
            case "fragment":
                return string.Join(' ', words.Skip(words.Count / 4).Take(Math.Max(6, words.Count / 2)));
            case "dropped":
                for (var i = 0; i < budget; i++) words.RemoveAt(1 + i * 3 % (words.Count - 2));
                break;
            case "added":
                for (var i = 0; i < budget; i++) words.Insert(2 + i * 4 % (words.Count - 2), "really");
                break;
            case "replaced":
                for (var i = 0; i < budget; i++) words[1 + i * 4 % (words.Count - 1)] = "something";
                break;
            case "reordered":
                (words[1], words[2]) = (words[2], words[1]);
                break;
            case "typo":
                var at = words.FindIndex(w => w.Length >= 6);
                words[at] = words[at][..2] + words[at][3] + words[at][2] + words[at][4..];
                break;
            case "quote marks":
                return "“" + text.Replace('’', '\'').Replace('\u00a0', ' ') + "”";
            case "mixed":
                words.RemoveAt(2);
                var longWord = words.FindLastIndex(w => w.Length >= 5);
                words[longWord] = words[longWord][..^1] + "x";
                break;
        }
        return string.Join(' ', words);
    }

    private async Task<JsonArray> SearchAsync(string text, string extra = "") =>
        (await client.GetJsonAsync($"/quotes/search?text={Uri.EscapeDataString(text)}{extra}"))["items"]!.AsArray();

    [Theory]
    [MemberData(nameof(Alterations))]
    public async Task Every_seed_quote_is_found_first_from_an_altered_copy(string how)
    {
        foreach (var (gold, id) in quotes)
        {
            var query = Alter(gold.Text, how);
            var results = await SearchAsync(query);
            Assert.True(results.Count > 0 && results[0]!["quote"]!.Id() == id,
                $"{how}: \"{query}\" found {(results.Count == 0 ? "nothing" : results[0]!["quote"]!["text"])} instead of \"{gold.Text}\"");
        }
    }

    [Fact]
    public async Task A_text_that_only_shares_some_words_is_a_weak_match_and_min_score_leaves_it_out()
    {
        const string text = "foxes and the chicken coop were discussed by farmers at the county fair";
        var weak = await SearchAsync(text);

        Assert.NotEmpty(weak);
        Assert.All(weak, r => Assert.Equal("weak", (string?)r!["match"]));
        Assert.All(weak, r => Assert.True((double)r!["score"]! < SearchEndpoints.WeakBelow));
        Assert.Empty((await client.GetJsonAsync($"/quotes/search?minScore=0.6&text={Uri.EscapeDataString(text)}"))["items"]!.AsArray());
        await (await client.GetAsync("/quotes/search?minScore=2&text=one+two+three")).ProblemForAsync(HttpStatusCode.BadRequest, "minScore");
    }

    [Fact]
    public async Task A_verbatim_fragment_is_an_exact_match_and_an_altered_one_is_not()
    {
        var (gold, id) = quotes.First(q => q.Gold.Text.StartsWith("Warlords", StringComparison.Ordinal));

        var exact = (await SearchAsync("they will remain BUSINESSMEN and political leaders"))[0]!;
        var altered = (await SearchAsync(Alter(gold.Text, "replaced")))[0]!;

        Assert.Equal((id, "exact", 1.0), (exact["quote"]!.Id(), (string?)exact["match"], (double)exact["score"]!));
        Assert.Equal("altered", (string?)altered["match"]);
        Assert.InRange((double)altered["score"]!, 0.5, 0.99);
        Assert.Equal("Romain Malejacq", (string?)exact["quote"]!["speakers"]![0]!["name"]);
    }

    [Theory]
    [InlineData("", "text")]
    [InlineData("foxes%20run", "text")]
    [InlineData("a%20b%20c&limit=0", "limit")]
    [InlineData("a%20b%20c&from=2021-02-01&to=2021-01-01", "to")]
    public async Task Queries_too_short_to_tell_quotes_apart_are_400(string text, string field)
    {
        await (await client.GetAsync($"/quotes/search?text={text}")).ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Search_filters_by_speaker_and_leaves_out_retracted_quotes()
    {
        var article = await client.ArticleAsync(body: "“Nobody expects the quarterly results to surprise anyone at all,” she said.");
        var speaker = await client.SpeakerAsync("Filter Person");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "Nobody expects the quarterly results to surprise anyone at all,", speakers = new[] { new { id = speaker.Id() } } });

        Assert.Equal(quote.Id(), (await SearchAsync("nobody expects quarterly results to surprise", $"&speakerId={speaker.Id()}"))[0]!["quote"]!.Id());
        Assert.Empty(await SearchAsync("nobody expects quarterly results to surprise", "&speakerId=1"));
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/quotes/{quote.Id()}?reason=test")).StatusCode);
        Assert.Empty(await SearchAsync("nobody expects quarterly results to surprise anyone"));
    }

    [Fact]
    public async Task Appearances_list_every_copy_earliest_first_and_flag_a_misattribution()
    {
        const string text = "The fox will guard the henhouse only until it gets hungry again,";
        var early = await client.ArticleAsync(body: $"“{text}” said Ann Early.", publishedAt: DateTimeOffset.Parse("2020-01-01T00:00:00Z"));
        var late = await client.ArticleAsync(body: $"“{text}” said Bob Late.", publishedAt: DateTimeOffset.Parse("2022-01-01T00:00:00Z"));
        var altered = await client.ArticleAsync(body: "“The fox will guard the hen house only until it gets hungry again,” Ann Early said.",
            publishedAt: DateTimeOffset.Parse("2021-01-01T00:00:00Z"));
        var original = await client.QuoteAsync(new { articleId = early.Id(), text, speakers = new[] { new { name = "Ann Early" } } });
        var misattributed = await client.QuoteAsync(new { articleId = late.Id(), text, speakers = new[] { new { name = "Bob Late" } } });
        var copy = await client.QuoteAsync(new { articleId = altered.Id(), text = "The fox will guard the hen house only until it gets hungry again,", speakers = new[] { new { name = "Ann Early" } } });

        var appearances = (await client.GetJsonAsync($"/quotes/{misattributed.Id()}/appearances"))["items"]!.AsArray();

        Assert.Equal([original.Id(), copy.Id(), misattributed.Id()], appearances.Select(a => a!["quote"]!.Id()));
        Assert.Equal([true, true, false], appearances.Select(a => (bool)a!["differentSpeaker"]!));
        Assert.Equal(["exact", "altered", "exact"], appearances.Select(a => (string?)a!["match"]));
        await (await client.GetAsync("/quotes/999999/appearances")).ProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class WordAlignmentTests
{
    [Theory]
    [InlineData("government", "govenrment", true)]
    [InlineData("government", "governmnet", true)]
    [InlineData("provinces", "provincs", true)]
    [InlineData("cat", "cut", false)]
    [InlineData("taliban", "italian", false)]
    public void Typos_are_one_or_two_edits_on_words_of_four_letters_or_more(string a, string b, bool typo)
    {
        Assert.Equal(typo, WordAlignment.IsTypo(a, b));
    }

    [Fact]
    public void Scores_fall_with_each_change_and_unrelated_text_scores_low()
    {
        string[] text = ["they", "will", "remain", "businessmen", "and", "political", "leaders", "connected", "to", "global", "networks"];

        var exact = WordAlignment.Compare(text[2..8], text);
        var oneDropped = WordAlignment.Compare(["they", "will", "remain", "businessmen", "political", "leaders", "connected", "to", "global", "networks"], text);
        var unrelated = WordAlignment.Compare(["the", "price", "of", "bread", "rose", "again", "this", "week"], text);

        Assert.Equal((1.0, true), (exact.Score, exact.Exact));
        Assert.InRange(oneDropped.Score, 0.85, 0.99);
        Assert.InRange(unrelated.Score, 0, 0.2);
    }
}
