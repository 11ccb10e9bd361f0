using System.Data;
using Attribution.Api.History;
using Attribution.Api.Keys;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;

namespace Attribution.Api.Infrastructure;

/// <summary>A stored resource whose version is its ETag.</summary>
public interface IVersioned
{
    long Version { get; }
}

/// <summary>One write in progress: its connection and transaction, who makes it, and the request's cancellation.</summary>
public sealed class Write(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor, CancellationToken ct)
{
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;
    public Actor Actor { get; } = actor;
    public CancellationToken Ct { get; } = ct;

    /// <summary>A command of this write, in its transaction.</summary>
    public CommandDefinition Command(string sql, object? parameters = null, int? timeout = null) =>
        new(sql, parameters, Transaction, commandTimeout: timeout, cancellationToken: Ct);

    /// <summary>Records the change in the audit log, in this write's transaction.</summary>
    public Task AuditAsync(string entity, long id, AuditAction action, object? before, object? after) =>
        Audit.RecordAsync(Connection, Transaction, Actor, entity, id, action, before, after, Ct);
}

/// <summary>How a kind of stored resource is read and locked for a change, and when a change is refused whatever it is.</summary>
/// <param name="Entity">The name in the audit log and in messages: "quote".</param>
/// <param name="Lock">Reads the resource and locks its row until the write ends; null when there is none.</param>
/// <param name="Frozen">Why the resource cannot be changed at all (a retracted quote), or null.</param>
public sealed record Stored<T>(string Entity, Func<Write, long, Task<T?>> Lock, Func<T, string?>? Frozen = null) where T : class, IVersioned;

/// <summary>What a change did: the resource after it (null when it is gone), or why it was refused.</summary>
public readonly record struct Change<T>(T? After, ProblemHttpResult? Refused)
{
    public static implicit operator Change<T>(ProblemHttpResult refused) => new(default, refused);
    public static implicit operator Change<T>(T after) => new(after, null);
}

/// <summary>
/// The one skeleton of every write: a transaction; for a change, the row lock, 404, the frozen check and If-Match
/// (412); the audit record; the Idempotency-Key record, in the same transaction, so that a committed write is
/// always replayed and never run twice; the commit; the commit's position for reading it back from a replica; and the
/// ETag of the result. Handlers say only what changes.
/// A handler that refuses (returns a problem) rolls everything back.
/// </summary>
public static class Writes
{
    /// <summary>Runs <paramref name="work"/> in one transaction and commits unless it returns a problem.</summary>
    public static async Task<Results<TOk, ProblemHttpResult>> WriteAsync<TOk>(this NpgsqlDataSource db, HttpContext http,
        Func<Write, Task<Results<TOk, ProblemHttpResult>>> work) where TOk : IResult
    {
        var ct = http.RequestAborted;
        await using var connection = await db.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, ct);
        var outcome = await work(new Write(connection, transaction, Actor.From(http.User), ct));
        if (outcome.Result is ProblemHttpResult) return outcome;
        await Idempotency.RecordAsync(http, connection, transaction, outcome.Result);
        await transaction.CommitAsync(ct);
        if (http.RequestServices.GetRequiredService<Replicas>().Enabled)
            http.Response.Headers[Replicas.PositionHeader] = await Replicas.PositionAsync(connection, ct);
        return outcome;
    }

    /// <summary>
    /// Changes one stored resource: locks it (404 when unknown), refuses a frozen one (409) or a stale If-Match (412),
    /// runs <paramref name="change"/>, audits the resource before and after under <paramref name="action"/>, commits,
    /// and sets the ETag of the resource after the change.
    /// </summary>
    public static Task<Results<TOk, ProblemHttpResult>> ChangeAsync<T, TOk>(this NpgsqlDataSource db, HttpContext http, Stored<T> stored, long id,
        AuditAction action, Func<Write, T, Task<Change<T>>> change, Func<T?, TOk> respond) where T : class, IVersioned where TOk : IResult =>
        db.WriteAsync<TOk>(http, async write =>
        {
            var current = await stored.Lock(write, id);
            if (current is null) return Problems.NotFound(stored.Entity, id);
            if (stored.Frozen?.Invoke(current) is { } frozen) return Problems.Conflict(frozen);
            if (!ETags.IfMatchAllows(http.Request, current.Version)) return ETags.PreconditionFailed(stored.Entity, id);

            var changed = await change(write, current);
            if (changed.Refused is { } refused) return refused;
            await write.AuditAsync(stored.Entity, id, action, current, changed.After);
            if (changed.After is { } after) ETags.Set(http.Response, after.Version);
            return respond(changed.After);
        });

    /// <summary>Creates a resource: <paramref name="create"/> inserts it; the audit record, commit, ETag and 201 follow.</summary>
    public static Task<Results<Created<T>, ProblemHttpResult>> CreateAsync<T>(this NpgsqlDataSource db, HttpContext http, string entity,
        Func<Write, Task<Change<T>>> create, Func<T, long> id, Func<T, string>? location = null) where T : class =>
        db.WriteAsync<Created<T>>(http, async write =>
        {
            var created = await create(write);
            if (created.Refused is { } refused) return refused;
            var value = created.After!;
            await write.AuditAsync(entity, id(value), AuditAction.Create, null, value);
            if (value is IVersioned versioned) ETags.Set(http.Response, versioned.Version);
            return TypedResults.Created(location?.Invoke(value) ?? $"/{entity}s/{id(value)}", value);
        });
}
