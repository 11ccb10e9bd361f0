using System.Security.Cryptography;
using System.Text;
using Attribution.Api.Keys;
using Dapper;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>
/// POSTs with an Idempotency-Key header are done once per client and key: a retry with the same body gets the first
/// response again (with Idempotent-Replayed: true), a reuse with another body gets 422, and a retry while the first
/// is still running gets 409. Responses are kept for 24 hours; a server error is not kept, so it can be retried.
/// </summary>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Abandoned = TimeSpan.FromMinutes(5);

    private const string Claim = """
        insert into idempotent_requests (actor, key, request_hash) values (@Actor, @Key, @Hash)
        on conflict (actor, key) do update
            set request_hash = excluded.request_hash, created_at = now(), status_code = null, content_type = null, location = null, body = null
            where idempotent_requests.created_at < now() - interval '24 hours'
               or (idempotent_requests.status_code is null and idempotent_requests.created_at < now() - @Abandoned)
        returning true
        """;

    private const string SelectStored = """
        select request_hash, status_code, content_type, location, body from idempotent_requests where actor = @Actor and key = @Key
        """;

    private const string Complete = """
        update idempotent_requests set status_code = @Status, content_type = @ContentType, location = @Location, body = @Body
        where actor = @Actor and key = @Key
        """;

    private const string Release = "delete from idempotent_requests where actor = @Actor and key = @Key";

    private sealed record Stored(byte[] RequestHash, int? StatusCode, string? ContentType, string? Location, byte[]? Body);

    public static IApplicationBuilder UseIdempotency(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || !context.Request.Headers.TryGetValue(Header, out var values)
            || context.User.Identity?.IsAuthenticated != true)
        {
            await next(context);
            return;
        }
        if (values is not [{ Length: > 0 and <= 200 } key])
        {
            await Problem(context, StatusCodes.Status400BadRequest, "Idempotency-Key must be one value of 1 to 200 characters.");
            return;
        }

        var actor = Actor.From(context.User).Scope;
        context.Request.EnableBuffering();
        var hash = await HashAsync(context.Request);
        var db = context.RequestServices.GetRequiredService<NpgsqlDataSource>();
        var ids = new { Actor = actor, Key = key };

        await using (var connection = await db.OpenConnectionAsync(context.RequestAborted))
        {
            var claimed = await connection.ExecuteScalarAsync<bool?>(
                new CommandDefinition(Claim, new { Actor = actor, Key = key, Hash = hash, Abandoned }, cancellationToken: context.RequestAborted));
            if (claimed != true)
            {
                var stored = await connection.QuerySingleAsync<Stored>(new CommandDefinition(SelectStored, ids, cancellationToken: context.RequestAborted));
                if (!stored.RequestHash.AsSpan().SequenceEqual(hash))
                    await Problem(context, StatusCodes.Status422UnprocessableEntity, "This Idempotency-Key was used with a different request; use a new key.");
                else if (stored.StatusCode is null)
                    await Problem(context, StatusCodes.Status409Conflict, "A request with this Idempotency-Key is still in progress; retry later.");
                else
                    await Replay(context, stored);
                return;
            }
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            completed = context.Response.StatusCode < 500;
        }
        finally
        {
            context.Response.Body = original;
            await using var connection = await db.OpenConnectionAsync(CancellationToken.None);
            if (completed)
                await connection.ExecuteAsync(new CommandDefinition(Complete, new
                {
                    Actor = actor, Key = key, Status = context.Response.StatusCode, context.Response.ContentType,
                    Location = context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    Body = buffer.ToArray(),
                }));
            else
                await connection.ExecuteAsync(new CommandDefinition(Release, ids));
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    });

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

    private static async Task Replay(HttpContext context, Stored stored)
    {
        context.Response.StatusCode = stored.StatusCode!.Value;
        if (stored.ContentType is not null) context.Response.ContentType = stored.ContentType;
        if (stored.Location is not null) context.Response.Headers.Location = stored.Location;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        if (stored.Body is { Length: > 0 } body) await context.Response.Body.WriteAsync(body, context.RequestAborted);
    }

    private static Task Problem(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        return context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = "Idempotency-Key conflict", Detail = detail },
        }).AsTask();
    }
}
