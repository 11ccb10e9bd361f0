using System.Buffers.Text;
using System.Security.Cryptography;
using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Keys;

public static class KeyEndpoints
{
    public static IEndpointRouteBuilder MapKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/keys").WithTags("Keys").WithValidation().RequireAuthorization(nameof(Role.Admin))
            // Key responses are never cached anywhere; a new key's secret is never kept for an Idempotency-Key replay.
            .AddEndpointFilter(async (context, next) =>
            {
                context.HttpContext.Response.Headers.CacheControl = "no-store";
                return await next(context);
            });

        group.MapPost("/", CreateKey).WithMetadata(new Idempotency.CarriesSecret())
            .WithRequestExample(new { name = "Fact desk", role = "editor" }).WithName("CreateKey").WithSummary("Create an API key")
            .WithDescription("Creates a key with a role (reader, editor or admin). The secret `key` is in this response only; store it now.");
        group.MapGet("/", ListKeys).WithName("ListKeys").WithSummary("List API keys")
            .WithDescription("Keys in the order they were created, revoked ones included, without secrets.");
        group.MapDelete("/{id:long}", RevokeKey).WithName("RevokeKey").WithSummary("Revoke an API key")
            .WithDescription("Revokes a key: the next request with it gets 401 (through another instance of the service, within a second). The key stays listed, with revokedAt.");
        group.MapHistory("key");
        return routes;
    }

    private const string Columns = "id, name, role, key_prefix, created_at, revoked_at";

    private const string InsertKey = $"""
        insert into api_keys (name, role, key_hash, key_prefix) values (@Name, @Role, @KeyHash, @KeyPrefix)
        returning {Columns}
        """;

    private const string SelectKeyPage = $"""
        select {Columns} from api_keys where id > coalesce(@After, 0) order by id limit @Limit + 1
        """;

    private const string SelectKeyForUpdate = $"select {Columns} from api_keys where id = @Id for update";

    private const string RevokeKeyById = $"update api_keys set revoked_at = coalesce(revoked_at, now()) where id = @Id returning {Columns}";

    internal static Task<Results<Created<CreatedKeyResponse>, ProblemHttpResult>> CreateKey(KeyRequest request, NpgsqlDataSource db, HttpContext http)
    {
        var secret = "attr_" + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        return db.WriteAsync<Created<CreatedKeyResponse>>(http, async write =>
        {
            var stored = await write.Connection.QuerySingleAsync<KeyResponse>(write.Command(InsertKey, new
            {
                Name = request.Name.Trim(), Role = DbEnum.Name(request.Role), KeyHash = ApiKeyAuthentication.Hash(secret), KeyPrefix = secret[..10],
            }));
            await write.AuditAsync("key", stored.Id, AuditAction.Create, null, stored); // without the secret
            return TypedResults.Created($"/keys/{stored.Id}", new CreatedKeyResponse
            {
                Id = stored.Id, Name = stored.Name, Role = stored.Role, KeyPrefix = stored.KeyPrefix, CreatedAt = stored.CreatedAt, Key = secret,
            });
        });
    }

    internal static async Task<Ok<Page<KeyResponse>>> ListKeys([AsParameters] PageQuery query, NpgsqlDataSource db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<KeyResponse>(new CommandDefinition(SelectKeyPage,
            new { After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), k => k.Id));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> RevokeKey(long id, NpgsqlDataSource db, KeyCache keys, HttpContext http)
    {
        var result = await db.WriteAsync<NoContent>(http, async write =>
        {
            var before = await write.Connection.QuerySingleOrDefaultAsync<KeyResponse>(write.Command(SelectKeyForUpdate, new { Id = id }));
            if (before is null) return Problems.NotFound("key", id);
            var after = await write.Connection.QuerySingleAsync<KeyResponse>(write.Command(RevokeKeyById, new { Id = id }));
            await write.AuditAsync("key", id, AuditAction.Revoke, before, after);
            return TypedResults.NoContent();
        });
        keys.Forget(); // after the commit, so that no look-up made before it is remembered
        return result;
    }
}
