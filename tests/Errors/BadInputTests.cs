using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Errors;

/// <summary>Bad input gets a clear problem document with the right status, never a 500, and stores nothing.</summary>
public sealed class BadInputTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [Theory]
    [InlineData("/outlets")]
    [InlineData("/articles")]
    [InlineData("/speakers")]
    [InlineData("/quotes")]
    public async Task Malformed_json_is_400(string url)
    {
        var problem = await (await client.PostRawAsync(url, """{"name": "unterminated""")).ProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]);
    }

    [Fact]
    public async Task An_empty_body_is_400()
    {
        await (await client.PostRawAsync("/speakers", "")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_wrong_type_is_400_naming_the_field()
    {
        var message = await (await client.PostRawAsync("/quotes", """{"articleId":"one","text":"x","speakers":[{"name":"X"}]}"""))
            .ProblemForAsync(HttpStatusCode.BadRequest, "articleId");
        Assert.DoesNotContain("LineNumber", message);
        await (await client.PostRawAsync("/speakers", """{"name":null}""")).ProblemForAsync(HttpStatusCode.BadRequest, "name");
        await (await client.PostRawAsync("/speakers", """{"name":"X","kind":1}""")).ProblemForAsync(HttpStatusCode.BadRequest, "kind");
        await (await client.PostRawAsync("/speakers", """["not","an","object"]""")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unknown_field_is_400_so_that_typos_are_not_silently_dropped()
    {
        await (await client.PostRawAsync("/speakers", """{"name":"X","wikidata_id":"Q1"}""")).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_body_over_1_MiB_is_413()
    {
        var huge = new string('a', 1024 * 1024 + 1);
        var problem = await (await client.PostRawAsync("/speakers", $$"""{"name":"x","description":"{{huge}}"}"""))
            .ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains("1048576", (string?)problem["detail"]);
    }

    [Fact]
    public async Task An_article_body_over_its_character_limit_is_400_and_the_byte_limit_never_comes_first()
    {
        // 1,000,001 CJK characters are 3 MB of UTF-8: under the article operations' byte limit, over the character limit.
        var tooLong = new string('\u6587', 1_000_001);
        var problem = await (await client.PostRawAsync("/articles", $$"""{"url":"https://example.com/huge","body":"{{tooLong}}"}"""))
            .ProblemForAsync(HttpStatusCode.BadRequest, "body");
        Assert.Contains("1,000,000", problem);
        Assert.Empty((await client.GetJsonAsync("/articles?url=https://example.com/huge"))["items"]!.AsArray());

        // The longest body allowed, written as JSON escapes (six bytes a character), fits.
        var longest = string.Concat(Enumerable.Repeat("\\u6587", 1_000_000));
        await (await client.PostRawAsync("/articles", $$"""{"url":"https://example.com/longest","body":"{{longest}}"}""")).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_non_json_media_type_is_415()
    {
        await (await client.PostRawAsync("/speakers", "name=X", "application/x-www-form-urlencoded")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Invalid_utf8_is_400()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"name":"X""").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();
        var content = new ByteArrayContent(bytes) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } };
        await (await client.PostAsync("/speakers", content)).ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("""{"name":"A\u0000B"}""", "name", "NUL")]
    [InlineData("""{"name":"A\ud800B"}""", "name", "valid text")]
    [InlineData("""{"name":"X","aliases":["ok","bad\u0000"]}""", "aliases", "Item 1 must not contain the NUL")]
    public async Task Strings_postgresql_cannot_store_are_400_naming_the_field(string body, string field, string reason)
    {
        Assert.Contains(reason, await (await client.PostRawAsync("/speakers", body)).ProblemForAsync(HttpStatusCode.BadRequest, field));
    }

    [Fact]
    public async Task Overlong_strings_are_400_not_truncated()
    {
        var name = new string('x', 100_000);
        Assert.Contains("300", await (await client.PostJsonAsync("/speakers", new { name })).ProblemForAsync(HttpStatusCode.BadRequest, "name"));
    }

    [Fact]
    public async Task Sql_metacharacters_control_characters_and_emoji_are_stored_literally()
    {
        const string name = "Robert'); DROP TABLE speakers;-- \\ % _ \t\u0001 😀 O’Brien";
        var speaker = await client.SpeakerAsync(name);

        Assert.Equal(name, (string?)(await client.GetJsonAsync($"/speakers/{speaker.Id()}"))["name"]);
        Assert.Equal(speaker.Id(), Assert.Single((await client.GetJsonAsync("/speakers?q=" + Uri.EscapeDataString("drop table")))["items"]!.AsArray())!.Id());
        var q = await client.GetJsonAsync("/quotes?q=" + Uri.EscapeDataString("'); drop table quotes; --"));
        Assert.Empty(q["items"]!.AsArray());
    }

    [Theory]
    [InlineData("/quotes?limit=0", "limit")]
    [InlineData("/quotes?limit=501", "limit")]
    [InlineData("/quotes?limit=ten", "limit")]
    [InlineData("/quotes?cursor=garbage", "cursor")]
    [InlineData("/quotes?from=2021-13-01", "from")]
    [InlineData("/quotes?from=2021-05-01&to=2021-04-01", "to")]
    [InlineData("/quotes?kind=rumour", "kind")]
    [InlineData("/quotes?speakerId=abc", "speakerId")]
    [InlineData("/speakers?cursor=aWQ6LTE", "cursor")]
    [InlineData("/articles?url=notaurl", "url")]
    [InlineData("/outlets?limit=-5", "limit")]
    public async Task Bad_query_parameters_are_400_naming_the_parameter(string url, string field)
    {
        await (await client.GetAsync(url)).ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Theory]
    [InlineData("/quotes/1x")]
    [InlineData("/nowhere")]
    public async Task Unknown_routes_are_404_problem_documents(string url)
    {
        await (await client.GetAsync(url)).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_wrong_method_is_405_problem_document()
    {
        await (await client.PutAsync("/quotes/1", Http.Content(new { }))).ProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
