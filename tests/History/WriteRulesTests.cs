using System.Net;
using Attribution.Api.Infrastructure;
using Attribution.Tests.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Attribution.Tests.History;

/// <summary>Every write is audited, concurrent writes create a speaker once, and Idempotency-Key keeps no secret.</summary>
public sealed class WriteRulesTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    private readonly HttpClient admin = api.CreateClient();

    [Fact]
    public async Task Concurrent_quotes_naming_the_same_new_speaker_create_one_speaker()
    {
        var name = $"Brand New Speaker {Guid.NewGuid():N}";
        var article = await admin.ArticleAsync(body: "\u201cOne,\u201d \u201cTwo,\u201d \u201cThree,\u201d \u201cFour,\u201d \u201cFive,\u201d \u201cSix,\u201d "
            + "\u201cSeven,\u201d \u201cEight,\u201d \u201cNine,\u201d \u201cTen,\u201d \u201cEleven,\u201d \u201cTwelve,\u201d she said.");
        var words = new[] { "One,", "Two,", "Three,", "Four,", "Five,", "Six,", "Seven,", "Eight,", "Nine,", "Ten,", "Eleven,", "Twelve," };

        var responses = await Task.WhenAll(words.Select(text =>
            api.CreateClient().PostJsonAsync("/quotes", new { articleId = article.Id(), text, speakers = new[] { new { name } } })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var speakers = (await admin.GetJsonAsync($"/speakers?q={Uri.EscapeDataString(name)}"))["items"]!.AsArray();
        Assert.Single(speakers);
        // And a later write naming him is not "ambiguous".
        Assert.Equal(HttpStatusCode.Created, (await admin.PostJsonAsync("/quotes",
            new { articleId = article.Id(), text = "she said.", kind = "partial", speakers = new[] { new { name } } })).StatusCode);
    }

    [Fact]
    public async Task Outlets_and_keys_are_audited_and_no_secret_reaches_the_history()
    {
        var outlet = await admin.OutletAsync();
        var outletHistory = (await admin.GetJsonAsync($"/outlets/{outlet.Id()}/history"))["items"]!.AsArray();
        Assert.Equal(("create", (string?)outlet["domain"]), ((string?)outletHistory[0]!["action"], (string?)outletHistory[0]!["after"]!["domain"]));

        var key = await (await admin.PostJsonAsync("/keys", new { name = "audited", role = "reader" })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/keys/{key.Id()}")).StatusCode);
        var keyHistory = await admin.GetJsonAsync($"/keys/{key.Id()}/history");
        Assert.Equal(["create", "revoke"], keyHistory["items"]!.AsArray().Select(h => (string?)h!["action"]));
        Assert.DoesNotContain((string)key["key"]!, keyHistory.ToJsonString());
        Assert.NotNull(keyHistory["items"]![1]!["after"]!["revokedAt"]);
    }

    [Fact]
    public async Task An_idempotent_key_creation_never_keeps_the_secret_and_its_replay_says_where_the_key_is()
    {
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/keys") { Content = Http.Content(new { name = "idempotent", role = "editor" }) };
            request.Headers.Add("Idempotency-Key", $"key-{Guid.NewGuid():N}");
            return request;
        }
        var first = Request();
        var key = first.Headers.GetValues("Idempotency-Key").Single();
        var created = await (await admin.SendAsync(first)).JsonAsync(HttpStatusCode.Created);
        var retry = Request();
        retry.Headers.Remove("Idempotency-Key");
        retry.Headers.Add("Idempotency-Key", key);
        var replay = await admin.SendAsync(retry);

        var problem = await replay.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal($"/keys/{created.Id()}", replay.Headers.Location?.ToString());
        Assert.DoesNotContain((string)created["key"]!, problem.ToJsonString());
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        var stored = await connection.QuerySingleAsync<(byte[]? Body, bool SecretWithheld)>(
            "select body, secret_withheld from idempotent_requests where key = @Key", new { Key = key });
        Assert.Equal((null, true), (stored.Body, stored.SecretWithheld));
        Assert.Equal(1, await connection.ExecuteScalarAsync<int>("select count(*) from api_keys where name = 'idempotent'"));
    }

    [Fact]
    public async Task A_request_still_running_holds_its_key_and_a_dead_one_frees_it_at_once()
    {
        var article = await admin.ArticleAsync(body: "\u201cHeld,\u201d he said.");
        var key = $"held-{Guid.NewGuid():N}";
        HttpRequestMessage Request()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, "/quotes")
            {
                Content = Http.Content(new { articleId = article.Id(), text = "Held,", speakers = new[] { new { name = "Holder" } } }),
            };
            request.Headers.Add("Idempotency-Key", key);
            return request;
        }

        // Another session holds the key's lock, as a request still running would.
        var lockId = await LockIdAsync("ATTRIBUTION_ADMIN_KEY", key);
        var running = new NpgsqlConnection(api.ConnectionString);
        await running.OpenAsync();
        await running.ExecuteAsync("select pg_advisory_lock(@Lock)", new { Lock = lockId });
        await (await admin.SendAsync(Request())).ProblemAsync(HttpStatusCode.Conflict);

        // Its process dies: the session ends, and the retry runs at once, once. (PostgreSQL frees a closed session's locks
        // when its backend has exited, a moment after the socket closes: wait for that, not for the service.)
        await running.DisposeAsync();
        NpgsqlConnection.ClearPool(running);
        await using (var probe = new NpgsqlConnection(api.ConnectionString))
        {
            await probe.OpenAsync();
            var freed = false;
            for (var attempt = 0; attempt < 250 && !freed; attempt++)
            {
                freed = await probe.ExecuteScalarAsync<bool>("select pg_try_advisory_lock(@Lock)", new { Lock = lockId });
                if (freed) await probe.ExecuteAsync("select pg_advisory_unlock(@Lock)", new { Lock = lockId });
                else await Task.Delay(20);
            }
            Assert.True(freed, "the closed session's lock was not freed within 5 s");
        }
        var done = await (await admin.SendAsync(Request())).JsonAsync(HttpStatusCode.Created);
        var again = await admin.SendAsync(Request());
        Assert.Equal(done.ToJsonString(), (await again.JsonAsync(HttpStatusCode.Created)).ToJsonString());
        Assert.Single((await admin.GetJsonAsync($"/articles/{article.Id()}/quotes"))["items"]!.AsArray());

        // Done, the request has released the key's lock itself, not left it to the reset of its pooled session.
        await using var after = new NpgsqlConnection(api.ConnectionString);
        await after.OpenAsync();
        Assert.True(await after.ExecuteScalarAsync<bool>("select pg_try_advisory_lock(@Lock)", new { Lock = lockId }));
    }

    /// <summary>The lock id the service uses: the first 64 bits of SHA-256 of "idempotency\n{actor}\n{key}".</summary>
    private static Task<long> LockIdAsync(string actor, string key) => Task.FromResult(System.Buffers.Binary.BinaryPrimitives.ReadInt64BigEndian(
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"idempotency\n{actor}\n{key}"))));

    [Fact]
    public async Task Expired_idempotency_records_are_purged()
    {
        await using (var connection = new NpgsqlConnection(api.ConnectionString))
            await connection.ExecuteAsync("""
                insert into idempotent_requests (actor, key, request_hash, status_code, created_at)
                values ('old', 'expired', '\x00', 201, now() - interval '25 hours'), ('old', 'fresh', '\x00', 201, now())
                """);

        // The service purges at start-up and then every hour; here the purge is run directly.
        await Idempotency.PurgeAsync(api.Services.GetRequiredService<NpgsqlDataSource>(), CancellationToken.None);
        await using var check = new NpgsqlConnection(api.ConnectionString);
        Assert.Equal(["fresh"], await check.QueryAsync<string>("select key from idempotent_requests where actor = 'old'"));
    }

    [Fact]
    public async Task The_service_refuses_a_database_whose_locale_differs_from_the_one_its_search_keys_were_made_under()
    {
        await using var other = await AttributionApi.CreateAsync();
        await using (var connection = new NpgsqlConnection(other.ConnectionString))
            await connection.ExecuteAsync("update database_settings set value = 'tr_TR.UTF-8' where name = 'lc_ctype'");

        var refused = Assert.ThrowsAny<Exception>(() => other.CreateClient());
        Assert.Contains("LC_CTYPE", refused.ToString());
    }

    [Fact]
    public async Task Search_shingles_come_from_a_documented_hash()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        var source = await connection.ExecuteScalarAsync<string>("select prosrc from pg_proc where proname = 'quote_shingles'");
        Assert.DoesNotContain("hashtext", source);
        var expected = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(
            System.Security.Cryptography.MD5.HashData("bridge rebuilt"u8));
        Assert.Equal([expected], (await connection.ExecuteScalarAsync<int[]>("select quote_shingles('The bridge, rebuilt!')"))!);
    }
}
