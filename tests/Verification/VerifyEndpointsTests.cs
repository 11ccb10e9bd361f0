using System.Net;
using System.Text.Json.Nodes;
using Attribution.Api.DemoData;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Verification;

/// <summary>POST /quotes/verify: one test per verdict, over the seed article stored with a quote.</summary>
public sealed class VerifyEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();
    private const string Mccaul = "We are going to go back to a pre-9/11 state – a breeding ground for terrorism,";

    private async Task<(JsonNode Article, JsonNode Quote, string Speaker)> SeedAsync()
    {
        var speaker = $"Michael McCaul {Data.Next()}";
        var article = await client.ArticleAsync(body: SeedArticle.Page());
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = Mccaul, verb = "warned", speakers = new[] { new { name = speaker } } });
        return (article, quote, speaker);
    }

    private async Task<JsonNode> VerifyAsync(object request) =>
        await (await client.PostJsonAsync("/quotes/verify", request)).JsonAsync(HttpStatusCode.OK);

    [Fact]
    public async Task The_same_words_with_other_marks_case_and_spacing_are_verbatim()
    {
        var (article, quote, speaker) = await SeedAsync();
        var answer = await VerifyAsync(new { text = "\"we are going to go back to a PRE-9/11 state -  a breeding ground for terrorism\"", speaker, articleId = article.Id() });

        Assert.Equal("verbatim", (string?)answer["verdict"]);
        Assert.Equal(quote.Id(), (long)answer["quotes"]![0]!["id"]!);
        Assert.Equal(article.Id(), (long)answer["article"]!["id"]!);
        Assert.Equal(((int)quote["start"]!, (int)quote["end"]!), ((int)answer["span"]!["start"]!, (int)answer["span"]!["end"]!));
        Assert.All(answer["diff"]!.AsArray(), d => Assert.Equal("same", (string?)d!["op"]));
    }

    [Fact]
    public async Task A_close_copy_is_altered_with_a_word_diff()
    {
        var (article, _, speaker) = await SeedAsync();
        var answer = await VerifyAsync(new { text = "We are going back to a pre-9/11 state, a breeding ground for terror", speaker, url = (string)article["url"]! });

        Assert.Equal("altered", (string?)answer["verdict"]);
        var diff = answer["diff"]!.AsArray().Select(d => ((string?)d!["op"], (string?)d["text"], (string?)d["source"])).ToList();
        Assert.Contains(("dropped", null, "to"), diff);
        Assert.Contains(("changed", "terror", "terrorism"), diff);
        Assert.InRange((double)answer["score"]!, 0.75, 0.99);
    }

    [Fact]
    public async Task Words_on_record_for_someone_else_are_misattributed()
    {
        var (_, _, speaker) = await SeedAsync();
        var answer = await VerifyAsync(new { text = Mccaul, speaker = "Douglas London" });

        Assert.Equal("misattributed", (string?)answer["verdict"]);
        Assert.Contains(speaker, answer["creditedTo"]!.AsArray().Select(n => (string?)n));
    }

    [Fact]
    public async Task Words_only_in_the_article_text_are_checked_against_the_speaker_the_text_gives()
    {
        var (article, _, _) = await SeedAsync();
        const string graemeWood = "Afghanistan's availability as a sanctuary for terrorists is, to say the least, related to its status";

        var right = await VerifyAsync(new { text = graemeWood, speaker = "Graeme Wood", articleId = article.Id() });
        var wrong = await VerifyAsync(new { text = graemeWood, speaker = "Romain Malejacq", articleId = article.Id() });

        Assert.Equal(("verbatim", "misattributed"), ((string?)right["verdict"], (string?)wrong["verdict"]));
        Assert.Empty(right["quotes"]!.AsArray());
        Assert.Equal(["Graeme Wood"], wrong["creditedTo"]!.AsArray().Select(n => (string?)n));
        var page = SeedArticle.Page().EnumerateRunes().Select(r => r.ToString()).ToArray();
        Assert.StartsWith("Afghanistan", string.Concat(page[(int)right["span"]!["start"]!..(int)right["span"]!["end"]!]));
    }

    [Fact]
    public async Task Words_nobody_said_are_not_found()
    {
        var (article, _, _) = await SeedAsync();
        var answer = await VerifyAsync(new { text = "The moon landing was staged in a studio in Nevada", articleId = article.Id() });

        Assert.Equal("not_found", (string?)answer["verdict"]);
        Assert.Empty(answer["quotes"]!.AsArray());
        Assert.Empty(answer["diff"]!.AsArray());
    }

    [Fact]
    public async Task Bad_input_is_a_problem_naming_the_field()
    {
        await (await client.PostJsonAsync("/quotes/verify", new { text = "" })).ProblemForAsync(HttpStatusCode.BadRequest, "text");
        await (await client.PostJsonAsync("/quotes/verify", new { text = "two words", articleId = 1, url = "https://a.example/x" })).ProblemForAsync(HttpStatusCode.BadRequest, "url");
        await (await client.PostJsonAsync("/quotes/verify", new { text = "two words", articleId = 999999 })).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "articleId");
        await (await client.PostJsonAsync("/quotes/verify", new { text = "two words", url = "https://unknown.example/none" })).ProblemForAsync(HttpStatusCode.UnprocessableEntity, "url");
    }
}
