using System.Text.Json;
using Attribution.Api.Infrastructure;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Attribution.Api.History;

/// <summary>One recorded change of a resource.</summary>
public sealed record HistoryEntry
{
    /// <example>41</example>
    public required long Id { get; init; }
    /// <example>update</example>
    public required AuditAction Action { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The key that made the change (null for the bootstrap admin key and the system).</summary>
    /// <example>3</example>
    public long? KeyId { get; init; }
    /// <summary>The key's name, "ATTRIBUTION_ADMIN_KEY", or "system (...)".</summary>
    /// <example>CMS plug-in</example>
    public required string Actor { get; init; }
    /// <summary>The resource before the change; null for a creation.</summary>
    public JsonElement? Before { get; init; }
    /// <summary>The resource after the change; null for a deletion.</summary>
    public JsonElement? After { get; init; }
}

public static class HistoryEndpoints
{
    private const string SelectHistoryPage = """
        select id, action, at, key_id, actor, before::text as before, after::text as after
        from audit_log
        where entity = @Entity and entity_id = @EntityId and id > coalesce(@After, 0)
        order by id
        limit @Limit + 1
        """;

    private sealed record Row
    {
        public long Id { get; init; }
        public string Action { get; init; } = "";
        public DateTimeOffset At { get; init; }
        public long? KeyId { get; init; }
        public string Actor { get; init; } = "";
        public string? Before { get; init; }
        public string? After { get; init; }
    }

    /// <summary>Maps <c>GET {group}/{id}/history</c>: the resource's changes, oldest first.</summary>
    public static RouteGroupBuilder MapHistory(this RouteGroupBuilder group, string entity)
    {
        group.MapGet("/{id:long}/history", (long id, [AsParameters] PageQuery query, ReadDb db, CancellationToken ct) =>
                ListHistory(entity, id, query, db, ct))
            .WithName($"Get{char.ToUpperInvariant(entity[0])}{entity[1..]}History").WithSummary($"The {entity}'s history")
            .WithDescription($"Every create, update and other change of the {entity}, oldest first: who (key), when, and the {entity} before and after.");
        return group;
    }

    internal static async Task<Results<Ok<Page<HistoryEntry>>, ProblemHttpResult>> ListHistory(string entity, long id, PageQuery query,
        ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<Row>(new CommandDefinition(SelectHistoryPage,
            new { Entity = entity, EntityId = id, After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct))).AsList();
        if (rows.Count == 0 && query.Cursor is null) return Problems.NotFound(entity, id);
        var entries = rows.Select(r => new HistoryEntry
        {
            Id = r.Id, Action = Enum.Parse<AuditAction>(r.Action, ignoreCase: true), At = r.At, KeyId = r.KeyId, Actor = r.Actor,
            Before = r.Before is null ? null : JsonDocument.Parse(r.Before).RootElement,
            After = r.After is null ? null : JsonDocument.Parse(r.After).RootElement,
        }).ToList();
        return TypedResults.Ok(entries.ToPage(query.LimitOrDefault(), e => e.Id));
    }
}
