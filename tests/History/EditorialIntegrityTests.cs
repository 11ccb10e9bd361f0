using System.Net;
using System.Net.Http.Headers;
using Attribution.Tests.Infrastructure;

namespace Attribution.Tests.History;

public sealed class EditorialIntegrityTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient admin = api.CreateClient();

    private async Task<(HttpClient Editor, long KeyId, long QuoteId)> QuoteByEditorAsync(string words)
    {
        var (editor, keyId) = await api.ClientWithRoleAsync("editor");
        var article = await editor.ArticleAsync(body: $"“{words},” the minister said.");
        var quote = await editor.QuoteAsync(new { articleId = article.Id(), text = $"{words},", speakers = new[] { new { name = $"Minister {words}" } } });
        return (editor, keyId, quote.Id());
    }

    [Fact]
    public async Task Every_change_is_in_the_history_with_who_when_before_and_after()
    {
        var (editor, keyId) = await api.ClientWithRoleAsync("editor");
        var article = await editor.ArticleAsync(body: "“Old,” he said.");
        await (await editor.PatchJsonAsync($"/articles/{article.Id()}", new { title = "Corrected title" })).JsonAsync(HttpStatusCode.OK);

        var history = (await admin.GetJsonAsync($"/articles/{article.Id()}/history"))["items"]!.AsArray();

        Assert.Equal(["create", "update"], history.Select(h => (string?)h!["action"]));
        Assert.All(history, h => Assert.Equal(keyId, (long)h!["keyId"]!));
        Assert.Null(history[0]!["before"]);
        Assert.Equal("A test article", (string?)history[1]!["before"]!["title"]);
        Assert.Equal("Corrected title", (string?)history[1]!["after"]!["title"]);
        Assert.True((DateTimeOffset)history[0]!["at"]! <= (DateTimeOffset)history[1]!["at"]!);
    }

    [Fact]
    public async Task A_speaker_created_inline_by_a_quote_has_its_own_history()
    {
        var (_, keyId, quoteId) = await QuoteByEditorAsync("Inline");
        var speakerId = (await admin.GetJsonAsync($"/quotes/{quoteId}"))["speakers"]![0]!.Id();

        var history = (await admin.GetJsonAsync($"/speakers/{speakerId}/history"))["items"]!.AsArray();

        var created = Assert.Single(history)!;
        Assert.Equal(("create", keyId, "Minister Inline"), ((string?)created["action"], (long)created["keyId"]!, (string?)created["after"]!["name"]));
    }

    [Fact]
    public async Task A_retracted_quote_keeps_its_row_and_history_and_leaves_default_lists()
    {
        var (editor, _, quoteId) = await QuoteByEditorAsync("Retracted");

        await (await editor.DeleteAsync($"/quotes/{quoteId}")).ProblemForAsync(HttpStatusCode.BadRequest, "reason");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.DeleteAsync($"/quotes/{quoteId}?reason=Wrong%20minister")).StatusCode);

        var quote = await admin.GetJsonAsync($"/quotes/{quoteId}");
        Assert.Equal("Wrong minister", (string?)quote["retraction"]!["reason"]);
        Assert.Equal("editor key", (string?)quote["retraction"]!["retractedBy"]);
        Assert.DoesNotContain(quoteId, (await admin.GetJsonAsync("/quotes?limit=500"))["items"]!.AsArray().Select(q => q!.Id()));
        Assert.Contains(quoteId, (await admin.GetJsonAsync("/quotes?limit=500&includeRetracted=true"))["items"]!.AsArray().Select(q => q!.Id()));
        Assert.Equal(["create", "retract"], (await admin.GetJsonAsync($"/quotes/{quoteId}/history"))["items"]!.AsArray().Select(h => (string?)h!["action"]));
        await (await editor.DeleteAsync($"/quotes/{quoteId}?reason=again")).ProblemAsync(HttpStatusCode.Conflict);
        await (await editor.PatchJsonAsync($"/quotes/{quoteId}", new { verb = "claimed" })).ProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_review_records_the_verdict_reviewer_and_time_and_can_be_filtered()
    {
        var (editor, _, quoteId) = await QuoteByEditorAsync("Reviewed");
        Assert.Equal("unverified", (string?)(await admin.GetJsonAsync($"/quotes/{quoteId}"))["status"]);

        var reviewed = await (await editor.PostJsonAsync($"/quotes/{quoteId}/review", new { status = "disputed", note = "Audio says otherwise." }))
            .JsonAsync(HttpStatusCode.OK);

        Assert.Equal("disputed", (string?)reviewed["status"]);
        Assert.Equal(("Audio says otherwise.", "editor key"), ((string?)reviewed["review"]!["note"], (string?)reviewed["review"]!["reviewedBy"]));
        Assert.Equal([quoteId], (await admin.GetJsonAsync("/quotes?status=disputed"))["items"]!.AsArray().Select(q => q!.Id()));
        Assert.Equal("review", (string?)(await admin.GetJsonAsync($"/quotes/{quoteId}/history"))["items"]![1]!["action"]);
        await (await editor.PostJsonAsync($"/quotes/{quoteId}/review", new { status = "fine" })).ProblemForAsync(HttpStatusCode.BadRequest, "status");
        await (await admin.GetAsync("/quotes?status=fine")).ProblemForAsync(HttpStatusCode.BadRequest, "status");
    }

    [Fact]
    public async Task A_stale_if_match_gets_412_and_changes_nothing()
    {
        var (editor, _, quoteId) = await QuoteByEditorAsync("Versioned");
        var first = await editor.GetAsync($"/quotes/{quoteId}");
        var etag = first.Headers.ETag!;

        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/quotes/{quoteId}") { Content = Http.Content(new { verb = "declared" }) };
        patch.Headers.IfMatch.Add(etag);
        var updated = await editor.SendAsync(patch);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.NotEqual(etag, updated.Headers.ETag);

        var stale = new HttpRequestMessage(HttpMethod.Patch, $"/quotes/{quoteId}") { Content = Http.Content(new { verb = "stale" }) };
        stale.Headers.IfMatch.Add(etag);
        await (await editor.SendAsync(stale)).ProblemAsync(HttpStatusCode.PreconditionFailed);
        var staleDelete = new HttpRequestMessage(HttpMethod.Delete, $"/quotes/{quoteId}?reason=x");
        staleDelete.Headers.IfMatch.Add(etag);
        await (await editor.SendAsync(staleDelete)).ProblemAsync(HttpStatusCode.PreconditionFailed);

        var now = await editor.GetJsonAsync($"/quotes/{quoteId}");
        Assert.Equal("declared", (string?)now["verb"]);
        Assert.Null(now["retraction"]);
    }

    [Fact]
    public async Task Of_two_concurrent_patches_with_the_same_if_match_exactly_one_succeeds()
    {
        var (editor, _, quoteId) = await QuoteByEditorAsync("Raced");
        var etag = (await editor.GetAsync($"/quotes/{quoteId}")).Headers.ETag!;

        HttpRequestMessage Patch(string verb)
        {
            var request = new HttpRequestMessage(HttpMethod.Patch, $"/quotes/{quoteId}") { Content = Http.Content(new { verb }) };
            request.Headers.IfMatch.Add(etag);
            return request;
        }
        var responses = await Task.WhenAll(editor.SendAsync(Patch("first")), editor.SendAsync(Patch("second")));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], responses.Select(r => r.StatusCode).Order());
        var winner = responses.Single(r => r.StatusCode == HttpStatusCode.OK);
        Assert.Equal((string?)(await winner.JsonAsync(HttpStatusCode.OK))["verb"], (string?)(await editor.GetJsonAsync($"/quotes/{quoteId}"))["verb"]);
    }

    [Fact]
    public async Task A_retried_post_with_the_same_idempotency_key_creates_nothing_new()
    {
        var (editor, _) = await api.ClientWithRoleAsync("editor");
        var article = await editor.ArticleAsync(body: "“Once,” she said.");
        var body = new { articleId = article.Id(), text = "Once,", speakers = new[] { new { name = "Idem Potent" } } };

        async Task<HttpResponseMessage> Post(object content)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/quotes") { Content = Http.Content(content) };
            request.Headers.Add("Idempotency-Key", "retry-1");
            return await editor.SendAsync(request);
        }
        var first = await Post(body);
        var retry = await Post(body);
        var misuse = await Post(new { articleId = article.Id(), text = "Once,", speakers = new[] { new { name = "Someone Else" } } });

        var original = await first.JsonAsync(HttpStatusCode.Created);
        var replayed = await retry.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(original.ToJsonString(), replayed.ToJsonString());
        Assert.Equal(first.Headers.Location, retry.Headers.Location);
        Assert.Equal("true", retry.Headers.GetValues("Idempotent-Replayed").Single());
        await misuse.ProblemAsync(HttpStatusCode.UnprocessableEntity);
        Assert.Single((await editor.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray());

        // Keys are per client: another client's same key with its own request is a request of its own.
        var other = api.CreateClient();
        var otherRequest = new HttpRequestMessage(HttpMethod.Post, "/quotes")
        {
            Content = Http.Content(new { articleId = article.Id(), text = "she said.", kind = "partial", speakers = new[] { new { name = "Idem Potent" } } }),
        };
        otherRequest.Headers.Add("Idempotency-Key", "retry-1");
        Assert.Equal(HttpStatusCode.Created, (await other.SendAsync(otherRequest)).StatusCode);
        Assert.Equal(2, (await editor.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray().Count);
    }
}
