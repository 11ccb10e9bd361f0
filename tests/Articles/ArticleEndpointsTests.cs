using System.Net;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Articles;

public sealed class ArticleEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Fact]
    public async Task Creating_an_article_stores_its_canonical_url_and_fields()
    {
        var outlet = await client.OutletAsync();
        var response = await client.PostJsonAsync("/articles", new
        {
            url = "HTTPS://News.Example.ORG:443/world/story/?utm_source=rss&b=2&a=1&fbclid=xyz#comments",
            title = "Story", outletId = outlet.Id(), publishedAt = "2021-09-05T10:00:00+02:00",
            authors = new[] { "James M. Dorsey" }, language = "en-GB", body = "He said “hello”.",
        });
        var article = await response.JsonAsync(HttpStatusCode.Created);

        Assert.Equal("https://news.example.org/world/story?a=1&b=2", (string?)article["url"]);
        Assert.Equal(outlet.Id(), (long)article["outletId"]!);
        Assert.Equal(DateTimeOffset.Parse("2021-09-05T08:00:00Z"), (DateTimeOffset)article["publishedAt"]!);
        Assert.Equal("James M. Dorsey", (string?)article["authors"]![0]);
        Assert.Equal("en-GB", (string?)article["language"]);
        Assert.Equal("He said “hello”.", (string?)article["body"]);
        Assert.Equal(16, (int)article["bodyLength"]!);
    }

    [Fact]
    public async Task The_same_article_under_another_spelling_of_its_url_is_409_with_the_existing_id()
    {
        var first = await client.ArticleAsync(url: "https://example.com/a/b");

        var response = await client.PostJsonAsync("/articles", new { url = "http://EXAMPLE.com/a/b/?utm_medium=email".Replace("http:", "https:") });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(first.Id(), (long)problem["existingId"]!);
        Assert.Contains("url", problem["errors"]!.AsObject().Select(e => e.Key));
    }

    [Fact]
    public async Task Articles_are_found_by_any_spelling_of_their_url_and_by_outlet_without_bodies()
    {
        var outlet = await client.OutletAsync();
        var article = await client.ArticleAsync(body: "Body text.", outletId: outlet.Id(), url: "https://example.net/find-me");
        await client.ArticleAsync(outletId: outlet.Id());

        var byUrl = await client.GetJsonAsync("/articles?url=" + Uri.EscapeDataString("https://Example.net/find-me/?utm_campaign=x"));
        var byOutlet = await client.GetJsonAsync($"/articles?outletId={outlet.Id()}");

        Assert.Equal(article.Id(), Assert.Single(byUrl["items"]!.AsArray())!.Id());
        Assert.Equal(2, byOutlet["items"]!.AsArray().Count);
        Assert.All(byOutlet["items"]!.AsArray(), a => Assert.Null(a!["body"]));
        Assert.Equal(10, (int)byUrl["items"]![0]!["bodyLength"]!);
    }

    [Theory]
    [InlineData("""{"url":"ftp://example.com/x"}""", "url")]
    [InlineData("""{"url":"not a url"}""", "url")]
    [InlineData("""{"url":"https://example.com/x","language":"english!"}""", "language")]
    [InlineData("""{"url":"https://example.com/x","outletId":-1}""", "outletId")]
    [InlineData("""{"url":"https://example.com/x","publishedAt":"yesterday"}""", "publishedAt")]
    [InlineData("""{"url":"https://example.com/x","authors":"one"}""", "authors")]
    public async Task An_invalid_article_is_400_naming_the_field(string body, string field)
    {
        var response = await client.PostRawAsync("/articles", body);
        await response.ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task An_article_of_an_unknown_outlet_is_422()
    {
        var response = await client.PostJsonAsync("/articles", new { url = Data.UniqueUrl(), outletId = 999999 });
        await response.ProblemForAsync(HttpStatusCode.UnprocessableEntity, "outletId");
    }

    [Fact]
    public async Task Patching_changes_only_the_fields_given_and_null_clears()
    {
        var article = await client.ArticleAsync(body: "Text.");

        var patched = await (await client.PatchJsonAsync($"/articles/{article.Id()}", new { title = "New title", language = (string?)null }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("New title", (string?)patched["title"]);
        Assert.Null(patched["language"]);
        Assert.Equal((string?)article["url"], (string?)patched["url"]);
        Assert.Equal("Text.", (string?)patched["body"]);
        Assert.True((DateTimeOffset)patched["updatedAt"]! > (DateTimeOffset)article["updatedAt"]!);
    }

    [Fact]
    public async Task Patching_to_another_articles_url_is_409_and_changes_nothing()
    {
        var taken = await client.ArticleAsync();
        var article = await client.ArticleAsync();

        var response = await client.PatchJsonAsync($"/articles/{article.Id()}", new { url = (string?)taken["url"], title = "Changed" });

        await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("A test article", (string?)(await client.GetJsonAsync($"/articles/{article.Id()}"))["title"]);
    }

    [Fact]
    public async Task Correcting_the_body_moves_quote_offsets_to_where_the_quote_now_is()
    {
        var article = await client.ArticleAsync(body: "Intro. “We will win,” she said.");
        var quote = await client.QuoteAsync(new { articleId = article.Id(), text = "We will win,", speakers = new[] { new { name = "Ann Lee" } } });
        Assert.Equal(8, (int)quote["start"]!);

        await (await client.PatchJsonAsync($"/articles/{article.Id()}", new { body = "A longer intro. “We will win,” she said." }))
            .JsonAsync(HttpStatusCode.OK);

        var moved = await client.GetJsonAsync($"/quotes/{quote.Id()}");
        Assert.Equal(17, (int)moved["start"]!);
        Assert.Equal(29, (int)moved["end"]!);
        Assert.Equal("A longer intro. “", (string?)moved["selector"]!["prefix"]);
    }

    [Fact]
    public async Task A_body_correction_that_drops_a_direct_quote_is_422_and_changes_nothing()
    {
        var article = await client.ArticleAsync(body: "“We will win,” she said.");
        await client.QuoteAsync(new { articleId = article.Id(), text = "We will win,", speakers = new[] { new { name = "Ann Lee" } } });

        var response = await client.PatchJsonAsync($"/articles/{article.Id()}", new { body = "She said nothing." });

        await response.ProblemForAsync(HttpStatusCode.UnprocessableEntity, "body");
        Assert.Equal("“We will win,” she said.", (string?)(await client.GetJsonAsync($"/articles/{article.Id()}"))["body"]);
    }

    [Fact]
    public async Task Deleting_an_article_with_quotes_is_409_and_without_is_204_then_404()
    {
        var quoted = await client.ArticleAsync(body: "“Yes,” he said.");
        await client.QuoteAsync(new { articleId = quoted.Id(), text = "Yes,", speakers = new[] { new { name = "Bo Dee" } } });
        var plain = await client.ArticleAsync();

        await (await client.DeleteAsync($"/articles/{quoted.Id()}")).ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await client.DeleteAsync($"/articles/{plain.Id()}")).StatusCode);
        await (await client.GetAsync($"/articles/{plain.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.DeleteAsync($"/articles/{plain.Id()}")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_articles_quotes_are_listed_and_an_unknown_article_is_404()
    {
        var article = await client.ArticleAsync(body: "“One,” he said. “Two,” he added.");
        await client.QuoteAsync(new { articleId = article.Id(), text = "One,", speakers = new[] { new { name = "Cy Vance" } } });
        await client.QuoteAsync(new { articleId = article.Id(), text = "Two,", speakers = new[] { new { name = "Cy Vance" } } });

        var quotes = await client.GetJsonAsync($"/articles/{article.Id()}/quotes");

        Assert.Equal(["Two,", "One,"], quotes["items"]!.AsArray().Select(q => (string?)q!["text"]));
        await (await client.GetAsync("/articles/424242/quotes")).ProblemAsync(HttpStatusCode.NotFound);
        await (await client.PatchJsonAsync("/articles/424242", new { title = "x" })).ProblemAsync(HttpStatusCode.NotFound);
    }
}
