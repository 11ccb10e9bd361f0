using System.Net;
using System.Text.Json.Nodes;
using Attribution.Api.DemoData;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Quotes;

/// <summary>The real article and its 11 hand-checked quotes, posted through the API.</summary>
public sealed class SeedArticleTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();
    private readonly SeedArticle.Gold gold = SeedArticle.GoldQuotes();

    private async Task<long> PostArticleAsync() =>
        (await client.ArticleAsync(body: SeedArticle.Page(), url: Data.UniqueUrl())).Id();

    private static object Request(SeedArticle.GoldQuote quote, long articleId, bool withOffsets) => new
    {
        articleId, text = quote.Text, kind = quote.Kind.ToString().ToLowerInvariant(), verb = quote.Verb,
        start = withOffsets ? quote.Start : (int?)null, end = withOffsets ? quote.End : (int?)null,
        speakers = quote.Speakers.Select(s => new { name = s.Name, kind = s.Kind.ToString().ToLowerInvariant(), role = s.Affiliation }),
    };

    [Fact]
    public async Task All_gold_quotes_post_with_their_offsets_and_each_speaker_lists_them()
    {
        var articleId = await PostArticleAsync();
        var posted = new List<JsonNode>();
        foreach (var quote in gold.Quotes)
            posted.Add(await client.QuoteAsync(Request(quote, articleId, withOffsets: true)));

        Assert.Equal(11, posted.Count);
        foreach (var (quote, stored) in gold.Quotes.Zip(posted))
        {
            Assert.Equal((quote.Start, quote.End), ((int)stored["start"]!, (int)stored["end"]!));
            Assert.Equal(quote.Text, (string?)stored["selector"]!["exact"]);
            Assert.Equal(quote.Speakers.Select(s => s.Name), stored["speakers"]!.AsArray().Select(s => (string?)s!["name"]));
            Assert.Equal(quote.Speakers.Select(s => s.Affiliation), stored["speakers"]!.AsArray().Select(s => (string?)s!["statedAffiliation"]));
        }

        var bySpeaker = posted.SelectMany(q => q["speakers"]!.AsArray().Select(s => (Speaker: s!.Id(), Quote: q.Id())))
            .ToLookup(x => x.Speaker, x => x.Quote);
        Assert.Equal(11, bySpeaker.Count); // 12 attributions: the United Nations is quoted twice
        foreach (var speaker in bySpeaker)
        {
            // Other tests of this class post the same article again; named speakers are shared across articles.
            var listed = (await client.GetJsonAsync($"/speakers/{speaker.Key}/quotes"))["items"]!.AsArray()
                .Where(q => (long)q!["articleId"]! == articleId).Select(q => q!.Id());
            Assert.Equal(speaker.OrderByDescending(id => id), listed);
        }
    }

    [Fact]
    public async Task Gold_quotes_posted_without_offsets_get_the_gold_offsets()
    {
        var articleId = await PostArticleAsync();

        foreach (var quote in gold.Quotes)
        {
            var stored = await client.QuoteAsync(Request(quote, articleId, withOffsets: false));
            Assert.Equal((quote.Start, quote.End), ((int)stored["start"]!, (int)stored["end"]!));
        }
    }

    [Fact]
    public async Task A_gold_quote_retyped_with_straight_quotes_and_plain_spaces_still_matches()
    {
        var articleId = await PostArticleAsync();
        var quote = gold.Quotes.First(q => q.Text.Contains('\u00a0') && q.Text.Contains('’'));
        var retyped = quote.Text.Replace('\u00a0', ' ').Replace('’', '\'');

        var stored = await client.QuoteAsync(new { articleId, text = retyped, speakers = new[] { new { name = quote.Speakers[0].Name } } });

        Assert.Equal((quote.Start, quote.End), ((int)stored["start"]!, (int)stored["end"]!));
        Assert.Equal(quote.Text, (string?)stored["selector"]!["exact"]);
    }
}
