using System.Text.Json;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using Npgsql;

namespace Attribution.Api.History;

public enum AuditAction
{
    Create,
    Update,
    Delete,
    Retract,
    Review,
    Revoke,
}

/// <summary>Writes the audit record of a change inside the change's own transaction: who, when, what, before and after.</summary>
public static class Audit
{
    private const string InsertAudit = """
        insert into audit_log (entity, entity_id, action, key_id, actor, before, after)
        values (@Entity, @EntityId, @Action, @KeyId, @Actor, @Before::jsonb, @After::jsonb)
        """;

    private const string CopyAudit = "copy audit_log (entity, entity_id, action, key_id, actor, after) from stdin (format binary)";

    /// <summary>Records many creations at once (an import), in the write's transaction.</summary>
    public static async Task RecordCreatedAsync(Write write, string entity, IEnumerable<(long Id, object After)> created)
    {
        await using var copy = await write.Connection.BeginBinaryImportAsync(CopyAudit, write.Ct);
        foreach (var (id, after) in created)
        {
            await copy.StartRowAsync(write.Ct);
            await copy.WriteAsync(entity, NpgsqlTypes.NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(id, NpgsqlTypes.NpgsqlDbType.Bigint, write.Ct);
            await copy.WriteAsync(DbEnum.Name(AuditAction.Create), NpgsqlTypes.NpgsqlDbType.Text, write.Ct);
            if (write.Actor.KeyId is { } keyId) await copy.WriteAsync(keyId, NpgsqlTypes.NpgsqlDbType.Bigint, write.Ct);
            else await copy.WriteNullAsync(write.Ct);
            await copy.WriteAsync(write.Actor.Name, NpgsqlTypes.NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(JsonSerializer.Serialize(after, after.GetType(), Json.Options), NpgsqlTypes.NpgsqlDbType.Jsonb, write.Ct);
        }
        await copy.CompleteAsync(write.Ct);
    }

    public static Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor, string entity, long id,
        AuditAction action, object? before, object? after, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(InsertAudit, new
        {
            Entity = entity, EntityId = id, Action = DbEnum.Name(action), actor.KeyId, Actor = actor.Name,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, Json.Options),
        }, transaction, cancellationToken: ct));
}
