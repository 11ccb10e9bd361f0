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
/// Turns speaker references into speaker ids inside the caller's transaction, by the rule of the SQL function
/// <c>speaker_matches</c> (which imports use too): an inline speaker is matched by Wikidata id, then by exact name or
/// alias (ignoring case and accents), else created. Anonymous speakers ("a senior official") are only matched among the
/// speakers already quoted in the same article: the same description in two articles is not evidence of the same
/// source. The names' advisory locks (<c>speaker_lock_bucket</c>) are taken first, so that concurrent writes naming
/// the same new speaker create it once.
/// </summary>
public static class SpeakerResolver
{
    /// <summary>The speakers' ids (in order), how many of them were created now, or the errors.</summary>
    public sealed record Resolution(IReadOnlyList<long> Ids, IDictionary<string, string[]>? Errors, int Created = 0);

    private const string SpeakerExists = "select exists (select 1 from speakers where id = @Id)";

    private const string LockNames = """
        select count(pg_advisory_xact_lock(737, bucket))
        from (select distinct speaker_lock_bucket(n) as bucket from unnest(@Names::text[]) n order by 1) buckets
        """;

    private const string SelectMatches = "select speaker_matches(@Name, @Kind, @WikidataId, @ArticleId)";

    private const string InsertSpeaker = $"""
        insert into speakers (name, kind, wikidata_id) values (@Name, @Kind, @WikidataId)
        on conflict (wikidata_id) do nothing
        returning {SpeakerEndpoints.Columns}
        """;

    public static async Task<Resolution> ResolveAsync(Write write, IReadOnlyList<ISpeakerReference> references, long articleId, string field,
        IReadOnlyCollection<long>? known = null)
    {
        var names = references.Where(r => r.Id is null && r.Name is not null).Select(r => r.Name!.Trim()).ToArray();
        if (names.Length > 0) await write.Connection.ExecuteScalarAsync<long>(write.Command(LockNames, new { Names = names }));

        var ids = new List<long>(references.Count);
        var errors = new Dictionary<string, string[]>();
        var created = 0;
        for (var i = 0; i < references.Count; i++)
        {
            var (id, error, isNew) = references[i].Id is { } given && known?.Contains(given) == true
                ? (given, null, false)
                : await ResolveOneAsync(write, references[i], articleId);
            if (isNew) created++;
            if (error is not null) errors[$"{field}[{i}]"] = [error];
            else if (ids.Contains(id)) errors[$"{field}[{i}]"] = [$"Speaker {id} is listed twice."];
            else ids.Add(id);
        }
        return new Resolution(ids, errors.Count == 0 ? null : errors, created);
    }

    private static async Task<(long Id, string? Error, bool Created)> ResolveOneAsync(Write write, ISpeakerReference reference, long articleId)
    {
        if (reference.Id is { } id)
        {
            var exists = await write.Connection.ExecuteScalarAsync<bool>(write.Command(SpeakerExists, new { Id = id }));
            return exists ? (id, null, false) : (0, $"There is no speaker with id {id}.", false);
        }

        var name = reference.Name!.Trim();
        var kind = DbEnum.Name(reference.Kind ?? SpeakerKind.Person);
        var matches = await write.Connection.ExecuteScalarAsync<long[]>(write.Command(SelectMatches,
            new { Name = name, Kind = kind, reference.WikidataId, ArticleId = articleId }));
        if (matches!.Length == 1) return (matches[0], null, false);
        if (matches.Length > 1)
            return (0, $"'{name}' matches several speakers ({string.Join(", ", matches)}); give the id of the one meant.", false);

        var created = await write.Connection.QuerySingleOrDefaultAsync<SpeakerResponse>(write.Command(InsertSpeaker,
            new { Name = name, Kind = kind, reference.WikidataId }));
        if (created is null) // another transaction created this Wikidata id meanwhile
            return ((await write.Connection.ExecuteScalarAsync<long[]>(write.Command(SelectMatches,
                new { Name = name, Kind = kind, reference.WikidataId, ArticleId = articleId })))![0], null, false);
        await write.AuditAsync("speaker", created.Id, AuditAction.Create, null, created);
        return (created.Id, null, true);
    }
}
