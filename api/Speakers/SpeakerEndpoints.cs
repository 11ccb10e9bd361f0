using System.Text.Json;
using Attribution.Api.History;
using Attribution.Api.Keys;
using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Dapper;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Attribution.Api.Speakers;

public static class SpeakerEndpoints
{
    public static IEndpointRouteBuilder MapSpeakers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/speakers").WithTags("Speakers").WithValidation().WithReadWriteAccess();

        group.MapPost("/", CreateSpeaker).WithRequestExample(new
            {
                name = "Maria Lopez", kind = "person", aliases = new[] { "M. Lopez" }, description = "Mayor of Springfield since 2019",
            }).WithName("CreateSpeaker").WithSummary("Create a speaker")
            .WithDescription("Registers a person, organisation, group or anonymous source. A Wikidata id already held by another speaker gets 409 with that speaker's id.");
        group.MapGet("/", ListSpeakers).WithName("ListSpeakers").WithSummary("Find speakers")
            .WithDescription("Speakers in the order they were created; `q` keeps those whose name or an alias contains it, ignoring case and accents.");
        group.MapGet("/{id:long}", GetSpeaker).WithName("GetSpeaker").WithSummary("Get a speaker")
            .WithDescription("One speaker by id.");
        group.MapPatch("/{id:long}", PatchSpeaker).WithName("PatchSpeaker").WithSummary("Correct a speaker")
            .WithDescription("Applies a JSON merge patch (RFC 7396): fields present replace the stored ones, null clears an optional field. With If-Match, a stale ETag gets 412.")
            .Accepts<SpeakerRequest>(MergePatch.MediaType, "application/json").WithProblems(409, 412)
            .WithRequestExample(new { description = "Source quoted in the demo article" });
        group.MapPost("/{id:long}/affiliations", CreateAffiliation)
            .WithRequestExample(new { organisation = "Washington Institute for Near East Policy", role = "Senior fellow", from = "2016-01-01" })
            .WithName("CreateAffiliation").WithSummary("Add an affiliation")
            .WithDescription("Records the speaker's role at an organisation over a time range; either end may be open.");
        group.MapGet("/{id:long}/affiliations", ListAffiliations).WithName("ListAffiliations").WithSummary("List a speaker's affiliations")
            .WithDescription("The speaker's affiliations in the order they were recorded.");
        group.MapGet("/{id:long}/quotes", ListSpeakerQuotes).WithName("ListSpeakerQuotes").WithSummary("List a speaker's quotes")
            .WithDescription("Quotes attributed to the speaker (alone or with others), newest first, each with its article and speakers; retracted ones only with includeRetracted=true.");
        group.MapHistory("speaker");
        return routes;
    }

    internal const string Columns = "id, name, kind, aliases, wikidata_id, description, created_at, updated_at, xmin::text::bigint as version";

    private const string InsertSpeaker = $"""
        insert into speakers (name, kind, aliases, wikidata_id, description)
        values (@Name, @Kind, @Aliases, @WikidataId, @Description)
        on conflict (wikidata_id) do nothing
        returning {Columns}
        """;

    private const string UpdateSpeaker = $"""
        update speakers
        set name = @Name, kind = @Kind, aliases = @Aliases, wikidata_id = @WikidataId, description = @Description, updated_at = now()
        where id = @Id
        returning {Columns}
        """;

    private const string SelectSpeaker = $"select {Columns} from speakers where id = @Id";

    private const string SelectSpeakerIdByWikidataId = "select id from speakers where wikidata_id = @WikidataId";

    private const string SpeakerExists = "select exists (select 1 from speakers where id = @Id)";

    private const string SelectSpeakerPage = $"""
        select {Columns} from speakers
        where id > coalesce(@After, 0)
          and (@Q::text is null or speaker_search_text(name, aliases) like contains_pattern(search_key(@Q)))
        order by id
        limit @Limit + 1
        """;

    private const string AffiliationColumns = "id, organisation, role, valid_from as from, valid_to as to";

    private const string InsertAffiliation = $"""
        insert into affiliations (speaker_id, organisation, role, valid_from, valid_to)
        select @SpeakerId, @Organisation, @Role, @From, @To
        from speakers where id = @SpeakerId
        returning {AffiliationColumns}
        """;

    private const string SelectAffiliationPage = $"""
        select {AffiliationColumns} from affiliations
        where speaker_id = @SpeakerId and id > coalesce(@After, 0)
        order by id
        limit @Limit + 1
        """;

    internal static Task<Results<Created<SpeakerResponse>, ProblemHttpResult>> CreateSpeaker(SpeakerRequest request, NpgsqlDataSource db,
        HttpContext http) =>
        db.CreateAsync<SpeakerResponse>(http, "speaker", async write =>
            await write.Connection.QuerySingleOrDefaultAsync<SpeakerResponse>(write.Command(InsertSpeaker, Parameters(request)))
                is { } created ? created : await WikidataConflict(write.Connection, request.WikidataId!, write.Ct),
            speaker => speaker.Id);

    internal static async Task<Ok<Page<SpeakerResponse>>> ListSpeakers([AsParameters] SpeakerListQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<SpeakerResponse>(new CommandDefinition(SelectSpeakerPage,
            new { After = query.After(), Limit = query.LimitOrDefault(), Q = query.Q?.Trim() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), s => s.Id));
    }

    internal static async Task<Results<Ok<SpeakerResponse>, ProblemHttpResult>> GetSpeaker(long id, ReadDb db, HttpResponse response,
        CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        var speaker = await connection.QuerySingleOrDefaultAsync<SpeakerResponse>(new CommandDefinition(SelectSpeaker, new { Id = id }, cancellationToken: ct));
        if (speaker is null) return Problems.NotFound("speaker", id);
        ETags.Set(response, speaker.Version);
        return TypedResults.Ok(speaker);
    }

    internal static Task<Results<Ok<SpeakerResponse>, ProblemHttpResult>> PatchSpeaker(long id, JsonElement patch, NpgsqlDataSource db,
        IValidator<SpeakerRequest> validator, IOptions<JsonOptions> json, HttpContext http) =>
        db.ChangeAsync(http, Stored, id, AuditAction.Update, async (write, current) =>
        {
            var request = new SpeakerRequest
            {
                Name = current.Name, Kind = current.Kind, Aliases = current.Aliases,
                WikidataId = current.WikidataId, Description = current.Description,
            };
            var merged = await MergePatch.ApplyAsync(request, patch, json.Value.SerializerOptions, validator, write.Ct);
            if (merged.Errors is not null) return Problems.Invalid(merged.Errors);

            var holder = merged.Value!.WikidataId is null ? null : await write.Connection.QuerySingleOrDefaultAsync<long?>(
                write.Command(SelectSpeakerIdByWikidataId, new { merged.Value.WikidataId }));
            if (holder is not null && holder != id) return await WikidataConflict(write.Connection, merged.Value.WikidataId!, write.Ct);
            return await write.Connection.QuerySingleAsync<SpeakerResponse>(write.Command(UpdateSpeaker, Parameters(merged.Value, id)));
        }, TypedResults.Ok);

    internal static Task<Results<Created<AffiliationResponse>, ProblemHttpResult>> CreateAffiliation(long id, AffiliationRequest request,
        NpgsqlDataSource db, HttpContext http) =>
        db.WriteAsync<Created<AffiliationResponse>>(http, async write =>
        {
            var created = await write.Connection.QuerySingleOrDefaultAsync<AffiliationResponse>(write.Command(InsertAffiliation,
                new { SpeakerId = id, Organisation = request.Organisation.Trim(), Role = request.Role?.Trim(), request.From, request.To }));
            if (created is null) return Problems.NotFound("speaker", id);
            await write.AuditAsync("affiliation", created.Id, AuditAction.Create, null, new { speakerId = id, affiliation = created });
            return TypedResults.Created($"/speakers/{id}/affiliations", created);
        });

    internal static async Task<Results<Ok<Page<AffiliationResponse>>, ProblemHttpResult>> ListAffiliations(
        long id, [AsParameters] PageQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (!await Exists(connection, id, ct)) return Problems.NotFound("speaker", id);
        var rows = await connection.QueryAsync<AffiliationResponse>(new CommandDefinition(SelectAffiliationPage,
            new { SpeakerId = id, After = query.After(), Limit = query.LimitOrDefault() }, cancellationToken: ct));
        return TypedResults.Ok(rows.AsList().ToPage(query.LimitOrDefault(), a => a.Id));
    }

    internal static async Task<Results<Ok<Page<QuoteResponse>>, ProblemHttpResult>> ListSpeakerQuotes(
        long id, [AsParameters] QuotePageQuery query, ReadDb db, CancellationToken ct)
    {
        await using var connection = await db.OpenConnectionAsync(ct);
        if (!await Exists(connection, id, ct)) return Problems.NotFound("speaker", id);
        return TypedResults.Ok(await QuoteStore.ListAsync(connection,
            new QuoteListQuery { SpeakerId = id, Limit = query.Limit, Cursor = query.Cursor, IncludeRetracted = query.IncludeRetracted }, ct));
    }

    /// <summary>How speakers are changed: read and locked with their row.</summary>
    private static readonly Stored<SpeakerResponse> Stored = new("speaker", (write, id) =>
        write.Connection.QuerySingleOrDefaultAsync<SpeakerResponse>(write.Command(SelectSpeaker + " for update", new { Id = id })));

    private static Task<bool> Exists(NpgsqlConnection connection, long id, CancellationToken ct) =>
        connection.ExecuteScalarAsync<bool>(new CommandDefinition(SpeakerExists, new { Id = id }, cancellationToken: ct));

    private static object Parameters(SpeakerRequest s, long id = 0) => new
    {
        Id = id, Name = s.Name.Trim(), Kind = DbEnum.Name(s.Kind), Aliases = s.Aliases.Select(a => a.Trim()).Distinct().ToArray(),
        s.WikidataId, Description = s.Description?.Trim(),
    };

    private static async Task<ProblemHttpResult> WikidataConflict(NpgsqlConnection connection, string wikidataId, CancellationToken ct)
    {
        var holder = await connection.ExecuteScalarAsync<long>(
            new CommandDefinition(SelectSpeakerIdByWikidataId, new { WikidataId = wikidataId }, cancellationToken: ct));
        return Problems.Conflict("wikidataId", $"Speaker {holder} already has Wikidata id {wikidataId}.", holder);
    }
}
