using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.Errors;

/// <summary>Every error is one shape of problem document, whatever the client accepts, with a detail and no .NET internals.</summary>
public sealed partial class ProblemShapeTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient client = api.CreateClient();

    [GeneratedRegex(@"\b(?:System|Attribution|Microsoft|Npgsql)\.[A-Za-z]")]
    private static partial Regex DotNetType();

    private static async Task<string> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.ProblemAsync(status);
        var detail = (string?)problem["detail"];
        Assert.False(string.IsNullOrWhiteSpace(detail), $"no detail in {problem.ToJsonString()}");
        Assert.DoesNotMatch(DotNetType(), problem.ToJsonString());
        Assert.DoesNotContain("   at ", problem.ToJsonString());
        return detail!;
    }

    public static TheoryData<string, string, string, string?, HttpStatusCode> ErrorsOfEveryKind => new()
    {
        { "GET", "/quotes", "none", null, HttpStatusCode.Unauthorized },
        { "POST", "/keys", "reader", """{"name":"x"}""", HttpStatusCode.Forbidden },
        { "POST", "/speakers", "admin", """{"name":""}""", HttpStatusCode.BadRequest },
        { "POST", "/speakers", "admin", "name=x", HttpStatusCode.UnsupportedMediaType },
        { "GET", "/quotes/987654", "admin", null, HttpStatusCode.NotFound },
        { "GET", "/nowhere", "admin", null, HttpStatusCode.NotFound },
        { "PUT", "/quotes/1", "admin", "{}", HttpStatusCode.MethodNotAllowed },
    };

    [Theory]
    [MemberData(nameof(ErrorsOfEveryKind))]
    public async Task Errors_are_problem_documents_with_a_detail_whatever_accept_says(string method, string url, string role, string? body,
        HttpStatusCode status)
    {
        var http = role switch
        {
            "none" => api.AnonymousClient(),
            "admin" => api.CreateClient(),
            _ => (await api.ClientWithRoleAsync(role)).Client,
        };
        foreach (var accept in new[] { "text/html", "application/xml", "image/png;q=0.9", "*/*", "application/json" })
        {
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            request.Headers.TryAddWithoutValidation("Accept", accept);
            if (body is not null)
                request.Content = new StringContent(body, Encoding.UTF8, body.StartsWith('{') ? "application/json" : "application/x-www-form-urlencoded");
            await AssertProblemAsync(await http.SendAsync(request), status);
        }
    }

    [Theory]
    [InlineData("""{"articleId":"one","text":"x","speakers":[{"name":"X"}]}""", "articleId", "whole number")]
    [InlineData("""["not","an","object"]""", "body", "JSON object")]
    [InlineData("""{"text":"x","kind":"rumour","articleId":1,"speakers":[{"name":"X"}]}""", "kind", "direct, partial, indirect")]
    [InlineData("""{"text":"x","articleId":1,"speakers":[{"name":"X"}],"colour":"red"}""", "colour", "not a field")]
    [InlineData("""{"text":"x","articleId":1,"articleId":2,"speakers":[{"name":"X"}]}""", "articleId", "")]
    public async Task Json_errors_name_the_field_in_plain_words(string body, string field, string words)
    {
        var response = await client.PostRawAsync("/quotes", body);
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var problem = await (await client.PostRawAsync("/quotes", body)).ProblemAsync(HttpStatusCode.BadRequest);
        var errors = problem["errors"]!.AsObject();
        var (key, messages) = errors.Single();
        Assert.True(key == field || key == "body", $"field {key} in {problem.ToJsonString()}");
        Assert.Contains(words, messages!.ToJsonString());
    }

    /// <summary>Bodies the JSON reader lets through but no resource can hold, for a field named <c>{0}</c>.</summary>
    public static TheoryData<string> MalformedPatches => ["duplicate keys", "invalid UTF-8", "lone surrogate", "NUL", "not an object"];

    private static byte[] Malformed(string what, string field) => what switch
    {
        "duplicate keys" => Encoding.UTF8.GetBytes($$"""{"{{field}}":"a","{{field}}":"b"}"""),
        "invalid UTF-8" => [.. Encoding.UTF8.GetBytes($$"""{"{{field}}":"X"""), 0xC3, 0x28, .. "\"}"u8],
        "lone surrogate" => Encoding.UTF8.GetBytes($$"""{"{{field}}":"A\ud800B"}"""),
        "NUL" => Encoding.UTF8.GetBytes($$"""{"{{field}}":"A\u0000B"}"""),
        _ => "[1,2]"u8.ToArray(),
    };

    [Theory]
    [MemberData(nameof(MalformedPatches))]
    public async Task A_malformed_merge_patch_is_400_on_every_resource(string what)
    {
        var article = await client.ArticleAsync();
        var speaker = await client.SpeakerAsync($"Patched {Data.Next()}");
        var quoteArticle = await client.ArticleAsync(body: "\u201cPatch me,\u201d she said.");
        var quote = await client.QuoteAsync(new { articleId = quoteArticle.Id(), text = "Patch me,", speakers = new[] { new { name = "Patcher" } } });
        foreach (var (url, field) in new[] { ($"/articles/{article.Id()}", "title"), ($"/speakers/{speaker.Id()}", "description"), ($"/quotes/{quote.Id()}", "verb") })
        {
            var content = new ByteArrayContent(Malformed(what, field)) { Headers = { ContentType = new MediaTypeHeaderValue("application/merge-patch+json") } };
            var detail = await AssertProblemAsync(await client.PatchAsync(url, content), HttpStatusCode.BadRequest);
            Assert.True(detail.Contains(field) || detail.Contains("body"), $"{what} on {url}: {detail}");
        }
    }

    [Fact]
    public async Task Nul_in_a_query_parameter_is_400_naming_it()
    {
        var message = await (await client.GetAsync("/quotes?q=a%00b")).ProblemForAsync(HttpStatusCode.BadRequest, "q");
        Assert.Contains("NUL", message);
        await (await client.GetAsync("/speakers?q=%00")).ProblemForAsync(HttpStatusCode.BadRequest, "q");
    }

    [Fact]
    public async Task Every_response_says_nosniff_and_key_responses_are_never_stored()
    {
        Assert.Equal("nosniff", (await client.GetAsync("/outlets")).Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("nosniff", (await api.AnonymousClient().GetAsync("/quotes")).Headers.GetValues("X-Content-Type-Options").Single());
        var created = await client.PostJsonAsync("/keys", new { name = "cache test", role = "reader" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.True(created.Headers.CacheControl?.NoStore);
        Assert.True((await client.GetAsync("/keys")).Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task The_extract_limit_in_characters_comes_before_the_byte_limit()
    {
        // 350,000 CJK characters are 1 MiB of UTF-8: over the general body limit, within the 500,000 characters /extract takes.
        var text = string.Concat(Enumerable.Repeat("\u4ed6\u8bf4\u4eca\u5929\u5929\u6c14\u5f88\u597d\u3002", 350_000 / 9 + 1))[..350_000];
        var answer = await (await client.PostJsonAsync("/extract", new { text })).JsonAsync(HttpStatusCode.OK);
        Assert.NotNull(answer["quotes"]);
    }
}
