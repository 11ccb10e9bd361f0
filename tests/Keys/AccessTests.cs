using System.Net;
using System.Security.Cryptography;
using System.Text;
using Attribution.Tests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Attribution.Tests.Keys;

public sealed class AccessTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    public static TheoryData<string> Roles => ["none", "revoked", "reader", "editor", "admin"];

    private static readonly string[] Anonymous = ["/health/", "/health/ready", "/health/live", "/openapi/{documentName}.json"];

    /// <summary>POSTs that compute an answer and store nothing: a reader may call them.</summary>
    private static readonly string[] ReadOnlyPosts = ["/extract/", "/quotes/verify", "/claims/match"];

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_endpoint_admits_exactly_the_roles_it_should(string role)
    {
        var client = role switch
        {
            "none" => api.AnonymousClient(),
            "admin" => api.CreateClient(),
            "revoked" => await RevokedClientAsync(),
            _ => (await api.ClientWithRoleAsync(role)).Client,
        };
        var endpoints = api.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Pattern: e.RoutePattern.RawText!)))
            .ToList();
        Assert.True(endpoints.Count >= 25, $"only {endpoints.Count} endpoints found");

        foreach (var (method, pattern) in endpoints)
        {
            var url = System.Text.RegularExpressions.Regex.Replace(pattern, @"\{\w+:long\}", "999999").Replace("{documentName}", "v1");
            var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PATCH") request.Content = Http.Content(new { });
            var status = (int)(await client.SendAsync(request)).StatusCode;

            var anonymous = Anonymous.Contains(pattern);
            var keys = pattern.StartsWith("/keys", StringComparison.Ordinal) || pattern.StartsWith("/webhooks", StringComparison.Ordinal); // admin only
            var expected = role switch
            {
                _ when anonymous => "allowed",
                "none" or "revoked" => "401",
                "reader" when keys || method != "GET" && !ReadOnlyPosts.Contains(pattern) => "403",
                "editor" when keys => "403",
                _ => "allowed",
            };
            var actual = status switch { 401 => "401", 403 => "403", _ => "allowed" };
            Assert.True(expected == actual, $"{role}: {method} {url} answered {status}, expected {expected}");
        }
    }

    private async Task<HttpClient> RevokedClientAsync()
    {
        var (client, id) = await api.ClientWithRoleAsync("admin");
        Assert.Equal(HttpStatusCode.NoContent, (await api.CreateClient().DeleteAsync($"/keys/{id}")).StatusCode);
        return client;
    }

    [Fact]
    public async Task A_key_in_use_stops_working_on_the_request_after_its_revocation()
    {
        var (client, id) = await api.ClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quotes")).StatusCode); // now remembered

        Assert.Equal(HttpStatusCode.NoContent, (await api.CreateClient().DeleteAsync($"/keys/{id}")).StatusCode);

        await (await client.GetAsync("/quotes")).ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_key_revoked_through_another_instance_stops_working_within_a_second()
    {
        var (client, id) = await api.ClientWithRoleAsync("reader");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/quotes")).StatusCode);

        await using (var connection = new NpgsqlConnection(api.ConnectionString))
            await connection.ExecuteAsync("update api_keys set revoked_at = now() where id = @id", new { id });
        var revoked = System.Diagnostics.Stopwatch.StartNew();

        // (When a request was sent, not when its answer came: under load an answer may take a while, and a request sent within
        // the cache's second of the revocation may still be served.)
        var status = HttpStatusCode.OK;
        var lastServedSentAt = TimeSpan.Zero;
        while (status == HttpStatusCode.OK && revoked.Elapsed < TimeSpan.FromSeconds(5))
        {
            var sentAt = revoked.Elapsed;
            status = (await client.GetAsync("/quotes")).StatusCode;
            if (status != HttpStatusCode.OK) break;
            lastServedSentAt = sentAt;
            await Task.Delay(50);
        }
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.True(lastServedSentAt < TimeSpan.FromSeconds(1.25), $"a request sent {lastServedSentAt.TotalSeconds:0.00} s after the revocation was served");
    }

    [Fact]
    public async Task Without_a_key_the_answer_is_a_401_problem_that_says_how_to_authenticate()
    {
        var response = await api.AnonymousClient().GetAsync("/quotes");

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Contains("X-Api-Key", (string?)problem["detail"]);
        Assert.Contains("ApiKey", response.Headers.WwwAuthenticate.ToString());
    }

    [Fact]
    public async Task A_reader_writing_gets_a_403_problem_naming_its_role()
    {
        var (reader, _) = await api.ClientWithRoleAsync("reader");

        var problem = await (await reader.PostJsonAsync("/speakers", new { name = "Not Allowed" })).ProblemAsync(HttpStatusCode.Forbidden);

        Assert.Contains("reader", (string?)problem["detail"]);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/speakers")).StatusCode);
    }

    [Fact]
    public async Task A_key_is_shown_once_stored_as_a_hash_and_revoked_at_once()
    {
        var admin = api.CreateClient();
        var created = await (await admin.PostJsonAsync("/keys", new { name = "CMS plug-in", role = "editor" })).JsonAsync(HttpStatusCode.Created);
        var secret = (string)created["key"]!;
        var editor = api.AnonymousClient();
        editor.DefaultRequestHeaders.Add("X-Api-Key", secret);

        Assert.True(secret.Length >= 40, "a key carries at least 128 random bits");
        Assert.Equal(HttpStatusCode.Created, (await editor.PostJsonAsync("/speakers", new { name = "Allowed Editor Write" })).StatusCode);
        var listed = (await admin.GetJsonAsync("/keys"))["items"]!.AsArray().Single(k => k!.Id() == created.Id())!;
        Assert.Null(listed["key"]);
        Assert.Equal("editor", (string?)listed["role"]);
        await using (var db = new NpgsqlConnection(api.ConnectionString))
        {
            var stored = await db.QuerySingleAsync<byte[]>("select key_hash from api_keys where id = @Id", new { Id = created.Id() });
            Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(secret)), stored);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/keys/{created.Id()}")).StatusCode);
        await (await editor.GetAsync("/speakers")).ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.NotNull((await admin.GetJsonAsync("/keys"))["items"]!.AsArray().Single(k => k!.Id() == created.Id())!["revokedAt"]);
        await (await admin.DeleteAsync("/keys/424242")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"name":"","role":"reader"}""", "name")]
    [InlineData("""{"name":"x","role":"owner"}""", "role")]
    public async Task An_invalid_key_request_is_400(string body, string field)
    {
        await (await api.CreateClient().PostRawAsync("/keys", body)).ProblemForAsync(HttpStatusCode.BadRequest, field);
    }

    [Fact]
    public async Task Past_the_rate_limit_a_key_gets_429_with_retry_after()
    {
        using var limited = api.WithWebHostBuilder(b => b.UseSetting("Attribution:RateLimit:PermitsPerMinute", "3"));
        var client = limited.CreateClient();

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/outlets")).StatusCode);
        var response = await client.GetAsync("/outlets");

        await response.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task The_openapi_document_declares_the_key_scheme_for_swagger_uis_authorize_button()
    {
        var document = await api.AnonymousClient().GetJsonAsync("/openapi/v1.json");

        var scheme = document["components"]!["securitySchemes"]!["ApiKey"]!;
        Assert.Equal(("apiKey", "header", "X-Api-Key"), ((string?)scheme["type"], (string?)scheme["in"], (string?)scheme["name"]));
        Assert.NotNull(document["security"]![0]!["ApiKey"]);
    }
}
