using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Keys;
using Dapper;
using Npgsql;

namespace Attribution.Api.Speakers;

/// <summary>How a write names a speaker: by id, or inline by name (and kind, Wikidata id).</summary>
public interface ISpeakerReference
{
    long? Id { get; }
    string? Name { get; }
    SpeakerKind? Kind { get; }
    string? WikidataId { get; }
}

/// <summary>
/// Turns speaker references into speaker ids inside the caller's transaction. An inline speaker is matched by
/// Wikidata id, then by exact name or alias (ignoring case and accents), else created. Anonymous speakers
/// ("a senior official") are only matched among the speakers already quoted in the same article: the same
/// description in two articles is not evidence of the same source.
/// </summary>
public static class SpeakerResolver
{
    public sealed record Resolution(IReadOnlyList<long> Ids, IDictionary<string, string[]>? Errors);

    private const string SpeakerExists = "select exists (select 1 from speakers where id = @Id)";

    private const string SelectByWikidataId = "select id from speakers where wikidata_id = @WikidataId";

    private const string SelectByNameOrAlias = """
        select id from speakers
        where kind <> 'anonymous' and (search_key(name) = search_key(@Name) or search_keys(aliases) @> array[search_key(@Name)])
        order by id
        limit 5
        """;

    private const string SelectAnonymousInArticle = """
        select distinct s.id from speakers s
        join quote_speakers qs on qs.speaker_id = s.id
        join quotes q on q.id = qs.quote_id
        where q.article_id = @ArticleId and s.kind = 'anonymous' and search_key(s.name) = search_key(@Name)
        """;

    private const string InsertSpeaker = $"""
        insert into speakers (name, kind, wikidata_id) values (@Name, @Kind, @WikidataId)
        on conflict (wikidata_id) do nothing
        returning {SpeakerEndpoints.Columns}
        """;

    public static async Task<Resolution> ResolveAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        IReadOnlyList<ISpeakerReference> references, long articleId, string field, Actor actor, CancellationToken ct)
    {
        var ids = new List<long>(references.Count);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < references.Count; i++)
        {
            var (id, error) = await ResolveOneAsync(connection, transaction, references[i], articleId, actor, ct);
            if (error is not null) errors[$"{field}[{i}]"] = [error];
            else if (ids.Contains(id)) errors[$"{field}[{i}]"] = [$"Speaker {id} is listed twice."];
            else ids.Add(id);
        }
        return new Resolution(ids, errors.Count == 0 ? null : errors);
    }

    private static async Task<(long Id, string? Error)> ResolveOneAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        ISpeakerReference reference, long articleId, Actor actor, CancellationToken ct)
    {
        if (reference.Id is { } id)
        {
            var exists = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(SpeakerExists, new { Id = id }, transaction, cancellationToken: ct));
            return exists ? (id, null) : (0, $"There is no speaker with id {id}.");
        }

        var name = reference.Name!.Trim();
        var kind = reference.Kind ?? SpeakerKind.Person;
        if (reference.WikidataId is not null)
        {
            var byWikidata = await connection.QuerySingleOrDefaultAsync<long?>(
                new CommandDefinition(SelectByWikidataId, new { reference.WikidataId }, transaction, cancellationToken: ct));
            if (byWikidata is { } found) return (found, null);
        }
        else
        {
            var matches = (await connection.QueryAsync<long>(new CommandDefinition(
                kind == SpeakerKind.Anonymous ? SelectAnonymousInArticle : SelectByNameOrAlias,
                new { Name = name, ArticleId = articleId }, transaction, cancellationToken: ct))).AsList();
            if (matches.Count == 1) return (matches[0], null);
            if (matches.Count > 1)
                return (0, $"'{name}' matches several speakers ({string.Join(", ", matches)}); give the id of the one meant.");
        }

        var created = await connection.QuerySingleOrDefaultAsync<SpeakerResponse>(new CommandDefinition(InsertSpeaker,
            new { Name = name, Kind = DbEnum.Name(kind), reference.WikidataId }, transaction, cancellationToken: ct));
        if (created is null) // another transaction created this Wikidata id meanwhile
            return (await connection.ExecuteScalarAsync<long>(
                new CommandDefinition(SelectByWikidataId, new { reference.WikidataId }, transaction, cancellationToken: ct)), null);
        await Audit.RecordAsync(connection, transaction, actor, "speaker", created.Id, AuditAction.Create, null, created, ct);
        return (created.Id, null);
    }
}
