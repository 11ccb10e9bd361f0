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

    public static Task RecordAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, Actor actor, string entity, long id,
        AuditAction action, object? before, object? after, CancellationToken ct) =>
        connection.ExecuteAsync(new CommandDefinition(InsertAudit, new
        {
            Entity = entity, EntityId = id, Action = DbEnum.Name(action), actor.KeyId, Actor = actor.Name,
            Before = before is null ? null : JsonSerializer.Serialize(before, Json.Options),
            After = after is null ? null : JsonSerializer.Serialize(after, Json.Options),
        }, transaction, cancellationToken: ct));
}
