using System.Text.Json;
using Attribution.Api.Articles;
using Attribution.Api.History;
using Attribution.Api.Infrastructure;
using Attribution.Api.Outlets;
using Attribution.Api.Quotes;
using Attribution.Api.Speakers;
using Dapper;
using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Imports;

/// <summary>
/// Merges an import in the caller's write: the checked lines stream from their spool file into a temporary staging
/// table through binary COPY, then a few set-based statements merge them: outlets by name, articles by canonical URL,
/// speakers by the rule of <c>speaker_matches</c> under the same advisory locks as POST /quotes, quotes by (article,
/// text), so that importing the same file twice adds nothing. A quote on an article that has a body is anchored by
/// <see cref="QuoteAnchor"/>, as POST /quotes does; every created resource is audited with the same snapshot as when it
/// is created one at a time. A name matching several speakers, or a quote missing from its article, rejects the import
/// with the lines named.
/// </summary>
public static class ImportStore
{
    private const int MaxReportedErrors = 100;
    /// <summary>Snapshots read and audited at a time: few round trips, and
    /// 2,000 quotes of the longest text allowed stay under 100 MB.</summary>
    private const int AuditBatch = 2000;

    private const string CreateStaging = """
        create temp table import_rows (
            line integer not null, text text not null, kind text not null, verb text, said_on date, affiliation text,
            article_url text not null, article_title text, outlet_name text, published_at timestamptz,
            speaker_names text[] not null, speaker_kinds text[] not null, speaker_wikidata text[] not null, speaker_roles text[] not null,
            start_offset integer, end_offset integer, selector_exact text, selector_prefix text, selector_suffix text
        ) on commit drop;
        create temp table import_anchors (
            line integer not null, start_offset integer, end_offset integer, selector_exact text, selector_prefix text, selector_suffix text
        ) on commit drop;
        """;

    private const string Copy = """
        copy import_rows (line, text, kind, verb, said_on, affiliation, article_url, article_title, outlet_name, published_at,
                          speaker_names, speaker_kinds, speaker_wikidata, speaker_roles) from stdin (format binary)
        """;

    private const string MergeOutletsAndArticles = """
        analyze import_rows;

        create temp table import_outlets on commit drop as
        select search_key(outlet_name) as name_key, min(outlet_name) as name, null::bigint as id
        from import_rows where outlet_name is not null group by 1;

        create temp table import_created_outlets on commit drop as
        with created as (
            insert into outlets (name)
            select i.name from import_outlets i where not exists (select 1 from outlets o where search_key(o.name) = i.name_key)
            order by i.name_key
            returning id
        )
        select id from created;

        update import_outlets i set id = (select min(o.id) from outlets o where search_key(o.name) = i.name_key);

        create temp table import_created_articles on commit drop as
        with created as (
            insert into articles (url, title, outlet_id, published_at)
            select distinct on (s.article_url) s.article_url, s.article_title, io.id, s.published_at
            from import_rows s
            left join import_outlets io on io.name_key = search_key(s.outlet_name)
            where not exists (select 1 from articles a where a.url = s.article_url)
            order by s.article_url, s.line
            on conflict (url) do nothing
            returning id
        )
        select id from created;

        create temp table import_speakers on commit drop as
        select s.line, u.position, u.name, u.kind, u.wikidata, u.role, a.id as article_id,
               search_key(u.name) as name_key, null::bigint as speaker_id
        from import_rows s
        join articles a on a.url = s.article_url
        cross join unnest(s.speaker_names, s.speaker_kinds, s.speaker_wikidata, s.speaker_roles)
            with ordinality as u (name, kind, wikidata, role, position);
        analyze import_speakers;

        -- The same advisory locks as POST /quotes, in bucket order.
        select count(pg_advisory_xact_lock(737, bucket))
        from (select distinct speaker_lock_bucket(name) as bucket from import_speakers order by 1) buckets;

        create temp table import_created_speakers (id bigint primary key) on commit drop;
        """;

    /// <summary>One round of speaker resolution for the references that <paramref name="scope"/> selects: each distinct
    /// reference is matched by <c>speaker_matches</c>; those matching nothing are created, once each.</summary>
    private static string ResolveSpeakers(string scope) => $"""
        create temp table import_keys on commit drop as
        select distinct on (name_key, wikidata, anonymous_article)
               name, kind, wikidata, name_key, anonymous_article, null::bigint[] as matches, null::bigint as new_id
        from (select i.*, case when i.kind = 'anonymous' then i.article_id end as anonymous_article from import_speakers i
              where i.speaker_id is null and {scope}) i
        order by name_key, wikidata, anonymous_article, line, position;

        update import_keys set matches = speaker_matches(name, kind, wikidata, anonymous_article);
        update import_keys set new_id = nextval(pg_get_serial_sequence('speakers', 'id')) where cardinality(matches) = 0;

        with created as (
            insert into speakers (id, name, kind, wikidata_id) overriding system value
            select new_id, name, kind, wikidata from import_keys where new_id is not null
            on conflict (wikidata_id) do nothing
            returning id
        )
        insert into import_created_speakers select id from created;
        -- The speaker created, or the one another write created meanwhile with the same Wikidata id.
        update import_keys k set matches = array[s.id]
        from speakers s
        where k.new_id is not null and (s.id = k.new_id or (k.wikidata is not null and s.wikidata_id = k.wikidata));

        update import_speakers i set speaker_id = k.matches[1]
        from import_keys k
        where i.speaker_id is null and {scope} and cardinality(k.matches) = 1
          and k.name_key = i.name_key and k.wikidata is not distinct from i.wikidata
          and k.anonymous_article is not distinct from (case when i.kind = 'anonymous' then i.article_id end);

        drop table import_keys;
        """;

    private const string SelectAmbiguousSpeakers = """
        select i.line, string_agg(format('speaker ''%s'' matches several speakers (%s); give its wikidataId.',
                                         i.name, array_to_string(speaker_matches(i.name, i.kind, i.wikidata, i.article_id), ', ')), ' '
                                  order by i.position) as reason
        from import_speakers i
        where i.speaker_id is null
        group by i.line
        order by i.line
        limit 100
        """;

    private const string SelectRowsToAnchor = """
        select s.line, a.id as article_id, s.text, s.kind
        from import_rows s join articles a on a.url = s.article_url
        where a.body is not null and not exists (select 1 from quotes q where q.article_id = a.id and q.text = s.text)
        order by a.id, s.line
        """;

    private const string SelectBody = "select body from articles where id = @Id";

    private const string CopyAnchors = """
        copy import_anchors (line, start_offset, end_offset, selector_exact, selector_prefix, selector_suffix) from stdin (format binary)
        """;

    private const string MergeQuotes = """
        update import_rows s
        set start_offset = a.start_offset, end_offset = a.end_offset,
            selector_exact = a.selector_exact, selector_prefix = a.selector_prefix, selector_suffix = a.selector_suffix
        from import_anchors a where a.line = s.line;

        create temp table import_quotes on commit drop as
        select distinct on (a.id, s.text) s.line, a.id as article_id, s.text, s.kind, s.verb, s.said_on, s.affiliation,
               s.start_offset, s.end_offset, s.selector_exact, s.selector_prefix, s.selector_suffix
        from import_rows s
        join articles a on a.url = s.article_url
        where not exists (select 1 from quotes q where q.article_id = a.id and q.text = s.text)
        order by a.id, s.text, s.line;

        create temp table import_inserted on commit drop as
        with inserted as (
            insert into quotes (article_id, text, kind, verb, said_on, stated_affiliation,
                                start_offset, end_offset, selector_exact, selector_prefix, selector_suffix)
            select article_id, text, kind, verb, said_on, affiliation,
                   start_offset, end_offset, selector_exact, selector_prefix, selector_suffix
            from import_quotes order by line
            returning id, article_id, text
        )
        select i.id, q.line from inserted i join import_quotes q on q.article_id = i.article_id and q.text = i.text;

        insert into quote_speakers (quote_id, speaker_id, position, role, mention)
        select distinct on (n.id, sp.speaker_id) n.id, sp.speaker_id, (sp.position - 1)::smallint, sp.role, null
        from import_inserted n join import_speakers sp on sp.line = n.line
        order by n.id, sp.speaker_id, sp.position;
        """;

    private const string SelectCreated = """
        select (select array_agg(id order by id) from import_created_outlets) as outlets,
               (select array_agg(id order by id) from import_created_articles) as articles,
               (select array_agg(id order by id) from import_created_speakers) as speakers,
               (select array_agg(id order by id) from import_inserted) as quotes
        """;

    private const string SelectOutlets = $"select {OutletEndpoints.Columns} from outlets where id = any(@Ids) order by id";

    private const string SelectArticles = $"select {ArticleEndpoints.Columns} from articles where id = any(@Ids) order by id";

    private const string SelectSpeakers = $"select {SpeakerEndpoints.Columns} from speakers where id = any(@Ids) order by id";

    private sealed record Created
    {
        public long[]? Outlets { get; init; }
        public long[]? Articles { get; init; }
        public long[]? Speakers { get; init; }
        public long[]? Quotes { get; init; }
    }

    private sealed record RowToAnchor(int Line, long ArticleId, string Text, string Kind);

    /// <summary>Merges the <paramref name="lines"/> checked records in <paramref name="spool"/> (one JSON object a line).</summary>
    public static async Task<Results<Ok<ImportSummary>, ProblemHttpResult>> MergeAsync(Write write, Stream spool, long lines)
    {
        var connection = write.Connection;
        await connection.ExecuteAsync(write.Command(CreateStaging));
        await CopyAsync(write, spool);
        await connection.ExecuteAsync(write.Command(MergeOutletsAndArticles, timeout: 0));
        // Wikidata ids first, so that a name given with and without one in the same import is one speaker.
        await connection.ExecuteAsync(write.Command(ResolveSpeakers("i.wikidata is not null"), timeout: 0));
        await connection.ExecuteAsync(write.Command(ResolveSpeakers("i.wikidata is null"), timeout: 0));

        var ambiguous = (await connection.QueryAsync<(int Line, string Reason)>(write.Command(SelectAmbiguousSpeakers))).AsList();
        if (ambiguous.Count > 0) return Rejected(ambiguous.ToDictionary(a => $"line {a.Line}", a => new[] { a.Reason }), ambiguous.Count);

        var missing = await AnchorAsync(write);
        if (missing.Count > 0) return Rejected(missing, missing.Count);

        await connection.ExecuteAsync(write.Command(MergeQuotes, timeout: 0));
        var created = await connection.QuerySingleAsync<Created>(write.Command(SelectCreated));
        await AuditAsync(write, created);
        return TypedResults.Ok(new ImportSummary
        {
            Lines = lines, QuotesCreated = created.Quotes?.Length ?? 0, ArticlesCreated = created.Articles?.Length ?? 0,
            SpeakersCreated = created.Speakers?.Length ?? 0,
        });
    }

    public static ProblemHttpResult Rejected(IDictionary<string, string[]> errors, long invalid) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = "The import has invalid lines; nothing was imported",
            Detail = $"{invalid} line(s) cannot be imported{(invalid > errors.Count ? $"; the first {errors.Count} are listed" : "")}: "
                     + Problems.Summary(errors.Take(3).ToDictionary()),
            Extensions = { ["invalidLines"] = invalid },
        });

    public const int MaxErrors = MaxReportedErrors;

    private static async Task CopyAsync(Write write, Stream spool)
    {
        spool.Position = 0;
        using var reader = new StreamReader(spool, leaveOpen: true);
        await using var copy = await write.Connection.BeginBinaryImportAsync(Copy, write.Ct);
        while (await reader.ReadLineAsync(write.Ct) is { } json)
        {
            var (line, record) = JsonSerializer.Deserialize<SpooledRecord>(json, Json.Options)!;
            CanonicalUrl.TryNormalize(record.Article!.Url, out var url);
            var speakers = record.AllSpeakers;
            await copy.StartRowAsync(write.Ct);
            await copy.WriteAsync((int)line, NpgsqlDbType.Integer, write.Ct);
            await copy.WriteAsync(record.Text.Trim(), NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(DbEnum.Name(record.Kind ?? QuoteKind.Direct), NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, record.Verb?.Trim(), NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, record.SaidOn, NpgsqlDbType.Date, write.Ct);
            await WriteNullableAsync(copy, record.Affiliation?.Trim(), NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(url, NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, record.Article.Title?.Trim(), NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, record.Article.Outlet?.Trim(), NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, record.Article.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, write.Ct);
            await copy.WriteAsync(speakers.Select(s => s.Name.Trim()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(speakers.Select(s => DbEnum.Name(s.Kind ?? SpeakerKind.Person)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(speakers.Select(s => s.WikidataId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, write.Ct);
            await copy.WriteAsync(speakers.Select(s => s.Role?.Trim()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, write.Ct);
        }
        await copy.CompleteAsync(write.Ct);
    }

    /// <summary>A checked line on its way from the request to the staging table.</summary>
    public sealed record SpooledRecord(long Line, ImportRecord Record);

    private static Task WriteNullableAsync<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy.WriteNullAsync(ct) : copy.WriteAsync(value, type, ct);

    /// <summary>Anchors the new quotes of articles that have a body, one body in memory at a time; returns the lines whose
    /// direct or partial quote the body does not contain.</summary>
    private static async Task<Dictionary<string, string[]>> AnchorAsync(Write write)
    {
        var errors = new Dictionary<string, string[]>();
        var anchors = new List<(int Line, QuoteAnchor Anchor)>();
        var rows = (await write.Connection.QueryAsync<RowToAnchor>(write.Command(SelectRowsToAnchor))).AsList();
        foreach (var article in rows.GroupBy(r => r.ArticleId))
        {
            var body = await write.Connection.ExecuteScalarAsync<string>(write.Command(SelectBody, new { Id = article.Key }));
            foreach (var row in article)
            {
                var located = QuoteAnchor.Locate(body, row.Text.Trim(), Enum.Parse<QuoteKind>(row.Kind, ignoreCase: true), null);
                if (located.Anchor is { } anchor) anchors.Add((row.Line, anchor));
                else if (errors.Count < MaxReportedErrors) errors[$"line {row.Line}"] = [$"{located.Field}: {located.Error}"];
            }
        }
        if (errors.Count > 0 || anchors.Count == 0) return errors;

        await using var copy = await write.Connection.BeginBinaryImportAsync(CopyAnchors, write.Ct);
        foreach (var (line, anchor) in anchors)
        {
            await copy.StartRowAsync(write.Ct);
            await copy.WriteAsync(line, NpgsqlDbType.Integer, write.Ct);
            await WriteNullableAsync(copy, anchor.Span?.Start, NpgsqlDbType.Integer, write.Ct);
            await WriteNullableAsync(copy, anchor.Span?.End, NpgsqlDbType.Integer, write.Ct);
            await WriteNullableAsync(copy, anchor.Selector?.Exact, NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, anchor.Selector?.Prefix, NpgsqlDbType.Text, write.Ct);
            await WriteNullableAsync(copy, anchor.Selector?.Suffix, NpgsqlDbType.Text, write.Ct);
        }
        await copy.CompleteAsync(write.Ct);
        return errors;
    }

    /// <summary>Audits what the import created with the snapshots a one-at-a-time write leaves, a batch at a time.</summary>
    private static async Task AuditAsync(Write write, Created created)
    {
        await AuditAllAsync<OutletResponse>(write, "outlet", SelectOutlets, created.Outlets, o => o.Id);
        await AuditAllAsync<ArticleResponse>(write, "article", SelectArticles, created.Articles, a => a.Id);
        await AuditAllAsync<SpeakerResponse>(write, "speaker", SelectSpeakers, created.Speakers, s => s.Id);
        foreach (var batch in (created.Quotes ?? []).Chunk(AuditBatch))
        {
            // Read as reads are, with the generic plan made once per connection: planned for each batch, the read of 2,000
            // quotes in a loaded database scanned all of quote_speakers and walked all of articles_pkey (97 ms a batch with its
            // planning at 300,000 quotes, against 29 ms).
            var quotes = await QuoteStore.GetManyAsync(write.Connection, batch, write.Ct);
            await Audit.RecordCreatedAsync(write, "quote", batch.Select(id => (id, (object)quotes[id])));
        }
    }

    private static async Task AuditAllAsync<T>(Write write, string entity, string select, long[]? ids, Func<T, long> id)
    {
        foreach (var batch in (ids ?? []).Chunk(AuditBatch))
        {
            var rows = await write.Connection.QueryAsync<T>(write.Command(select, new { Ids = batch }));
            await Audit.RecordCreatedAsync(write, entity, rows.Select(r => (id(r), (object)r!)));
        }
    }
}
