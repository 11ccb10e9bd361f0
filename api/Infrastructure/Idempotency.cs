using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Attribution.Api.Keys;
using Dapper;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// POSTs with an Idempotency-Key header are done once per client and key: a retry with the same body gets the first
/// response again (with Idempotent-Replayed: true), a reuse with another body gets 422, and a retry while the first
/// is still running gets 409. Responses are kept for 24 hours, then purged.
/// <para>
/// "Still running" is a PostgreSQL advisory lock held by the request's own session, so a request that dies with its
/// process frees the key at once. A write stores its response in its own transaction (<see cref="Writes"/>): a
/// committed write is always replayed, never run again, and a write that rolled back leaves nothing to replay.
/// Responses that carry a secret (a new API key) are never stored: their replay says where the resource is and that
/// its secret was shown once.
/// </para>
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    public static readonly TimeSpan Kept = TimeSpan.FromHours(24);

    private const string TryLock = "select pg_try_advisory_lock(@Lock)";

    private const string Unlock = "select pg_advisory_unlock(@Lock)";

    private const string SelectStored = """
        select request_hash, status_code, content_type, location, body, secret_withheld from idempotent_requests
        where actor = @Actor and key = @Key and created_at > now() - @Kept
        """;

    private const string Store = """
        insert into idempotent_requests (actor, key, request_hash, status_code, content_type, location, body, secret_withheld)
        values (@Actor, @Key, @Hash, @Status, @ContentType, @Location, @Body, @SecretWithheld)
        on conflict (actor, key) do update
            set request_hash = excluded.request_hash, status_code = excluded.status_code, content_type = excluded.content_type,
                location = excluded.location, body = excluded.body, secret_withheld = excluded.secret_withheld, created_at = now()
        """;

    private const string Purge = "delete from idempotent_requests where created_at < now() - @Kept";

    private sealed record Stored(byte[] RequestHash, int StatusCode, string? ContentType, string? Location, byte[]? Body, bool SecretWithheld);

    /// <summary>The Idempotency-Key of the request being served, and whether its response is stored already.</summary>
    private sealed class Claim(string actor, string key, byte[] hash)
    {
        public string Actor { get; } = actor;
        public string Key { get; } = key;
        public byte[] Hash { get; } = hash;
        public bool Recorded { get; set; }
    }

    /// <summary>Endpoint metadata: the response carries a secret, which is never stored for a replay.</summary>
    public sealed class CarriesSecret;

    public static IServiceCollection AddAttributionIdempotency(this IServiceCollection services) =>
        services.AddHostedService<PurgeExpired>();

    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        if (values is not [{ Length: > 0 and <= 200 } key] || key.Contains('\0'))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Idempotency-Key conflict",
                "Idempotency-Key must be one value of 1 to 200 characters.");
            return;
        }

        var actor = Actor.From(context.User).Scope;
        context.Request.EnableBuffering();
        var claim = new Claim(actor, key, await HashAsync(context.Request));
        var ids = new { Actor = actor, Key = key, Lock = LockId(actor, key), Kept };
        var ct = context.RequestAborted;

        // The session holding the lock lives as long as this request; it ends with the process if that dies.
        await using var session = await context.RequestServices.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync(ct);
        if (!await session.ExecuteScalarAsync<bool>(new CommandDefinition(TryLock, ids, cancellationToken: ct)))
        {
            await Problems.WriteAsync(context, StatusCodes.Status409Conflict, "Idempotency-Key conflict",
                "A request with this Idempotency-Key is still in progress; retry later.");
            return;
        }
        try
        {
            if (await session.QuerySingleOrDefaultAsync<Stored>(new CommandDefinition(SelectStored, ids, cancellationToken: ct)) is { } stored)
            {
                if (!stored.RequestHash.AsSpan().SequenceEqual(claim.Hash))
                    await Problems.WriteAsync(context, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key conflict",
                        "This Idempotency-Key was used with a different request; use a new key.");
                else await ReplayAsync(context, stored);
                return;
            }

            context.Features.Set(claim);
            var original = context.Response.Body;
            using var buffer = new MemoryStream();
            context.Response.Body = buffer;
            try
            {
                await next(context);
            }
            finally
            {
                context.Response.Body = original;
            }
            // Writes stored their response in their own transaction; what remains stored nothing, and a failure to
            // keep its answer must not turn it into an error.
            if (!claim.Recorded && context.Response.StatusCode < 500)
            {
                try
                {
                    await session.ExecuteAsync(new CommandDefinition(Store, Parameters(claim, context.Response.StatusCode,
                        context.Response.ContentType, Location(context.Response), buffer.ToArray(), false), cancellationToken: CancellationToken.None));
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    context.RequestServices.GetRequiredService<Incidents>().Report("idempotency-store", e, "Could not keep a response for its Idempotency-Key");
                }
            }
            buffer.Position = 0;
            await buffer.CopyToAsync(original, ct);
        }
        finally
        {
            if (session.State == System.Data.ConnectionState.Open)
                try { await session.ExecuteAsync(new CommandDefinition(Unlock, ids)); }
                catch (Exception e) when (e is NpgsqlException or TimeoutException) { } // the lock ends with the session anyway
        }
    });

    /// <summary>Called by <see cref="Writes"/> just before a write commits: stores the response the write is about to give.</summary>
    internal static async Task RecordAsync(HttpContext context, NpgsqlConnection connection, NpgsqlTransaction transaction, IResult result)
    {
        if (context.Features.Get<Claim>() is not { } claim) return;
        var status = (result as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK;
        var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
        var secret = context.GetEndpoint()?.Metadata.GetMetadata<CarriesSecret>() is not null;
        byte[]? body = null;
        if (!secret && result is IValueHttpResult { Value: { } value })
        {
            var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        }
        await connection.ExecuteAsync(new CommandDefinition(Store,
            Parameters(claim, status, body is null ? null : "application/json; charset=utf-8", location, body, secret), transaction,
            cancellationToken: context.RequestAborted));
        claim.Recorded = true;
    }

    private static object Parameters(Claim claim, int status, string? contentType, string? location, byte[]? body, bool secretWithheld) => new
    {
        claim.Actor, claim.Key, claim.Hash, Status = status, ContentType = contentType, Location = location, Body = body,
        SecretWithheld = secretWithheld,
    };

    private static string? Location(HttpResponse response) =>
        response.Headers.Location.ToString() is { Length: > 0 } location ? location : null;

    /// <summary>The advisory lock of a client's key: 64 bits of its SHA-256.</summary>
    private static long LockId(string actor, string key) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes($"idempotency\n{actor}\n{key}")));

    private static async Task<byte[]> HashAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0) sha.AppendData(chunk, 0, read);
        request.Body.Position = 0;
        return sha.GetHashAndReset();
    }

    private static async Task ReplayAsync(HttpContext context, Stored stored)
    {
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (stored.Location is not null) context.Response.Headers.Location = stored.Location;
        if (stored.SecretWithheld)
        {
            await Problems.WriteAsync(context, StatusCodes.Status409Conflict, "Already done; the secret was shown once",
                $"The first request with this Idempotency-Key created {stored.Location}. Its secret was in that response only and is "
                + "not kept; if it was lost, revoke that key and create another.");
            return;
        }
        context.Response.StatusCode = stored.StatusCode;
        if (stored.ContentType is not null) context.Response.ContentType = stored.ContentType;
        if (stored.Body is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Deletes the responses older than <see cref="Kept"/>: at start-up, then every Attribution:Idempotency:PurgeMinutes (60).</summary>
    internal sealed class PurgeExpired(NpgsqlDataSource db, IConfiguration configuration, Incidents incidents) : BackgroundService
    {
        protected override async Task ExecuteAsync(CancellationToken stoppingToken)
        {
            var every = TimeSpan.FromMinutes(configuration.GetValue("Attribution:Idempotency:PurgeMinutes", 60.0));
            do
            {
                try
                {
                    await PurgeAsync(db, stoppingToken);
                }
                catch (Exception e) when (e is NpgsqlException or TimeoutException)
                {
                    incidents.Report("idempotency-purge", e, "Could not purge expired Idempotency-Key responses");
                }
            } while (await Delay(every, stoppingToken));
        }

        private static async Task<bool> Delay(TimeSpan every, CancellationToken ct)
        {
            try
            {
                await Task.Delay(every, ct);
                return true;
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }
    }

    internal static async Task<int> PurgeAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        return await connection.ExecuteAsync(new CommandDefinition(Purge, new { Kept }, cancellationToken: ct));
    }
}
