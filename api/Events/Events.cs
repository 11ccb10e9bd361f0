using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Events;

/// <summary>The resource an event is about.</summary>
public sealed record EventResource
{
    /// <example>quote</example>
    public required string Type { get; init; }
    /// <example>12</example>
    public required long Id { get; init; }
}

/// <summary>A change, as the change feed and webhooks carry it.</summary>
public sealed record Event
{
    /// <summary>Unique and stable: receivers deduplicate by it.</summary>
    /// <example>evt_41</example>
    public required string Id { get; init; }
    /// <summary>resource.action: quote.created, quote.updated, quote.reviewed, quote.retracted, article.updated, ...</summary>
    /// <example>quote.retracted</example>
    public required string Type { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    /// <summary>Who made the change: the key's name, "ATTRIBUTION_ADMIN_KEY" or "system (...)".</summary>
    /// <example>Fact desk</example>
    public required string Actor { get; init; }
    public required EventResource Resource { get; init; }
    /// <summary>The resource after the change (before it, for a deletion), as its GET returns it.</summary>
    public JsonElement? Data { get; init; }
}

/// <summary>A page of the change feed and the cursor to continue from.</summary>
public sealed record EventPage(IReadOnlyList<Event> Items, string NextCursor)
{
    public IReadOnlyList<Event> Items { get; init; } = Items;
    /// <summary>Always set: pass it back as <c>after</c> to get what happened since (an empty page means nothing yet).</summary>
    /// <example>MTIzNDo0MQ</example>
    public string NextCursor { get; init; } = NextCursor;
}

/// <summary>Query of <c>GET /events</c>.</summary>
public sealed record EventQuery
{
    /// <summary>The <c>nextCursor</c> of the previous page; without it the feed starts at the beginning.</summary>
    public string? After { get; init; }
    /// <summary>Comma-separated event types to keep (quote.retracted,quote.reviewed); all when absent.</summary>
    public string? Types { get; init; }
    /// <summary>Page size, 1 to 500 (default 100).</summary>
    public int? Limit { get; init; }
}

public sealed class EventQueryValidator : AbstractValidator<EventQuery>
{
    public EventQueryValidator()
    {
        RuleFor(q => q.After).Must(a => a is null || EventFeed.Decode(a) is not null)
            .WithMessage("'after' is not a cursor this API issued; pass back nextCursor unchanged.");
        RuleFor(q => q.Limit).InclusiveBetween(1, Paging.MaxLimit);
        RuleFor(q => q.Types).Must(t => t is null || EventFeed.SplitTypes(t).All(EventFeed.IsType))
            .WithMessage("'types' must be event types such as quote.created or quote.retracted, separated by commas.");
    }
}

/// <summary>
/// The change feed: the audit log read in (transaction id, id) order, and only up to the oldest transaction still running,
/// so that an event committed late by a concurrent transaction can never fall behind a cursor already handed out. An event
/// appears once every transaction that began before it has ended. Key and webhook changes are not in the feed.
/// </summary>
public static class EventFeed
{
    public static readonly string[] Entities = ["article", "speaker", "affiliation", "quote", "outlet", "claim", "review"];

    private static readonly Dictionary<string, string> Past = new()
    {
        ["create"] = "created", ["update"] = "updated", ["delete"] = "deleted", ["retract"] = "retracted", ["review"] = "reviewed",
    };

    public static bool IsType(string type) =>
        type == "*" || type.Split('.') is [var entity, var action] && Entities.Contains(entity) && Past.ContainsValue(action);

    public static string[] SplitTypes(string types) => types.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private const string SelectEvents = """
        select a.id, a.tx::text as tx, a.entity, a.entity_id, a.action, a.at, a.actor, coalesce(a.after, a.before)::text as data
        from audit_log a
        where (a.tx, a.id) > (@Tx::xid8, @Id)
          and a.tx < pg_snapshot_xmin(pg_current_snapshot())
          and a.entity = any(@Entities)
          and (@Types::text[] is null or a.entity || '.' || (case a.action when 'create' then 'created' when 'update' then 'updated'
                when 'delete' then 'deleted' when 'retract' then 'retracted' when 'review' then 'reviewed' end) = any(@Types))
        order by a.tx, a.id
        limit @Limit
        """;

    public sealed record Row
    {
        public long Id { get; init; }
        public string Tx { get; init; } = "0";
        public string Entity { get; init; } = "";
        public long EntityId { get; init; }
        public string Action { get; init; } = "";
        public DateTimeOffset At { get; init; }
        public string Actor { get; init; } = "";
        public string? Data { get; init; }

        public Event ToEvent() => new()
        {
            Id = $"evt_{Id}", Type = $"{Entity}.{Past[Action]}", OccurredAt = At, Actor = Actor,
            Resource = new EventResource { Type = Entity, Id = EntityId },
            Data = Data is null ? null : JsonDocument.Parse(Data).RootElement.Clone(),
        };
    }

    /// <summary>The events after a position, in feed order.</summary>
    public static async Task<List<Row>> ReadAsync(NpgsqlConnection connection, (ulong Tx, long Id) after, string[]? types, int limit,
        NpgsqlTransaction? transaction, CancellationToken ct) =>
        (await connection.QueryAsync<Row>(new CommandDefinition(SelectEvents, new
        {
            Tx = after.Tx.ToString(), after.Id, Entities, Types = types is null || types.Contains("*") ? null : types, Limit = limit,
        }, transaction, cancellationToken: ct))).AsList();

    public static string Encode((ulong Tx, long Id) position) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"{position.Tx}:{position.Id}"));

    public static (ulong Tx, long Id)? Decode(string cursor)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
            return parts is [var tx, var id] && ulong.TryParse(tx, out var t) && long.TryParse(id, out var i) && i >= 0 ? (t, i) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static IEndpointRouteBuilder MapEvents(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/events").WithTags("Events").WithValidation().WithReadWriteAccess()
            .MapGet("/", ListEvents).WithName("ListEvents").WithSummary("The change feed")
            .WithDescription("""
                Every change (created, updated, reviewed, retracted, deleted) of quotes, articles, speakers, affiliations, outlets,
                claims and fact-checks, in the order their transactions began, each once: `{id, type, occurredAt, actor,
                resource {type, id}, data}` with `data` the resource after the change. Pass `nextCursor` back as `after` to
                continue; an empty page means nothing new yet (poll again). A change appears once every transaction that began
                before it has ended, so a cursor never skips one committed late.
                """);
        return routes;
    }

    internal static async Task<Ok<EventPage>> ListEvents([Microsoft.AspNetCore.Http.AsParameters] EventQuery query, ReadDb db, CancellationToken ct)
    {
        var after = query.After is null ? (0UL, 0L) : Decode(query.After)!.Value;
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await ReadAsync(connection, after, query.Types is null ? null : SplitTypes(query.Types), query.Limit ?? 100, null, ct);
        var last = rows.Count > 0 ? (ulong.Parse(rows[^1].Tx), rows[^1].Id) : after;
        return TypedResults.Ok(new EventPage(rows.Select(r => r.ToEvent()).ToList(), Encode(last)));
    }
}
