using Attribution.Api.Articles;
using Attribution.Api.Keys;
using Dapper;
using Npgsql;
using NpgsqlTypes;

namespace Attribution.Api.Imports;

/// <summary>
/// Imports run in one transaction: rows stream into a temporary staging table through binary COPY, then a few
/// set-based statements merge them: outlets by name, articles by canonical URL, speakers by Wikidata id then by
/// name or alias, quotes by (article, text), so that importing the same file twice adds nothing.
/// </summary>
public sealed class ImportStore : IAsyncDisposable
{
    private const string CreateStaging = """
        create temp table import_rows (
            line integer not null, text text not null, kind text not null, verb text, said_on date, affiliation text,
            article_url text not null, article_title text, outlet_name text, published_at timestamptz,
            speaker_names text[] not null, speaker_kinds text[] not null, speaker_wikidata text[] not null, speaker_roles text[] not null
        ) on commit drop
        """;

    private const string Copy = """
        copy import_rows (line, text, kind, verb, said_on, affiliation, article_url, article_title, outlet_name, published_at,
                          speaker_names, speaker_kinds, speaker_wikidata, speaker_roles) from stdin (format binary)
        """;

    /// <summary>Outlets and articles first; then every speaker reference is resolved to a speaker id.</summary>
    private const string MergeArticlesAndResolveSpeakers = """
        analyze import_rows;

        create temp table import_outlets on commit drop as
        select search_key(outlet_name) as name_key, min(outlet_name) as name, null::bigint as id
        from import_rows where outlet_name is not null group by 1;

        insert into outlets (name)
        select i.name from import_outlets i where not exists (select 1 from outlets o where search_key(o.name) = i.name_key)
        order by i.name_key;

        update import_outlets i set id = (select min(o.id) from outlets o where search_key(o.name) = i.name_key);

        with created as (
            insert into articles (url, title, outlet_id, published_at)
            select distinct on (s.article_url) s.article_url, s.article_title, io.id, s.published_at
            from import_rows s
            left join import_outlets io on io.name_key = search_key(s.outlet_name)
            order by s.article_url, s.line
            on conflict (url) do nothing
            returning id, url, title
        ), audited as (
            insert into audit_log (entity, entity_id, action, key_id, actor, after)
            select 'article', id, 'create', @KeyId, @Actor, jsonb_build_object('id', id, 'url', url, 'title', title, 'import', true)
            from created
        )
        select count(*) from created;

        create temp table import_speakers on commit drop as
        select s.line, u.position, u.name, u.kind, u.wikidata, u.role, search_key(u.name) as name_key, a.id as article_id,
               null::bigint as speaker_id
        from import_rows s
        join articles a on a.url = s.article_url
        cross join unnest(s.speaker_names, s.speaker_kinds, s.speaker_wikidata, s.speaker_roles)
            with ordinality as u (name, kind, wikidata, role, position);
        analyze import_speakers;

        create temp table import_created_speakers (id bigint) on commit drop;

        with created as (
            insert into speakers (name, kind, wikidata_id)
            select distinct on (i.wikidata) i.name, i.kind, i.wikidata from import_speakers i
            where i.wikidata is not null
            order by i.wikidata, i.line
            on conflict (wikidata_id) do nothing
            returning id
        )
        insert into import_created_speakers select id from created;

        update import_speakers i set speaker_id = sp.id from speakers sp where i.wikidata is not null and sp.wikidata_id = i.wikidata;

        -- Named speakers without a Wikidata id: one stored speaker with that name or alias, else a new one.
        create temp table import_name_matches on commit drop as
        select k.name_key, array_agg(sp.id order by sp.id) as ids
        from (select distinct name_key from import_speakers where speaker_id is null and kind <> 'anonymous') k
        join speakers sp on sp.kind <> 'anonymous'
                        and (search_key(sp.name) = k.name_key or search_keys(sp.aliases) @> array[k.name_key])
        group by k.name_key;

        with created as (
            insert into speakers (name, kind)
            select distinct on (i.name_key) i.name, i.kind from import_speakers i
            where i.speaker_id is null and i.kind <> 'anonymous'
              and not exists (select 1 from import_name_matches m where m.name_key = i.name_key)
            order by i.name_key, i.line
            returning id, search_key(name) as name_key
        ), recorded as (
            insert into import_created_speakers select id from created
        )
        insert into import_name_matches select name_key, array[id] from created;

        update import_speakers i set speaker_id = m.ids[1]
        from import_name_matches m
        where i.speaker_id is null and i.kind <> 'anonymous' and m.name_key = i.name_key and cardinality(m.ids) = 1;

        -- Anonymous speakers are the same source only within one article.
        update import_speakers i set speaker_id = found.id
        from (
            select distinct on (q.article_id, search_key(sp.name)) q.article_id, search_key(sp.name) as name_key, sp.id
            from quotes q join quote_speakers qs on qs.quote_id = q.id join speakers sp on sp.id = qs.speaker_id
            where sp.kind = 'anonymous' and q.article_id in (select article_id from import_speakers where kind = 'anonymous')
            order by q.article_id, search_key(sp.name), sp.id
        ) found
        where i.kind = 'anonymous' and i.speaker_id is null and found.article_id = i.article_id and found.name_key = i.name_key;

        create temp table import_new_anonymous on commit drop as
        select w.article_id, w.name_key, w.name, nextval(pg_get_serial_sequence('speakers', 'id')) as id
        from (
            select distinct on (article_id, name_key) article_id, name_key, name from import_speakers
            where kind = 'anonymous' and speaker_id is null
            order by article_id, name_key, line
        ) w;

        insert into speakers (id, name, kind) overriding system value select id, name, 'anonymous' from import_new_anonymous;
        insert into import_created_speakers select id from import_new_anonymous;

        update import_speakers i set speaker_id = n.id
        from import_new_anonymous n
        where i.kind = 'anonymous' and i.speaker_id is null and n.article_id = i.article_id and n.name_key = i.name_key;

        insert into audit_log (entity, entity_id, action, key_id, actor, after)
        select 'speaker', sp.id, 'create', @KeyId, @Actor,
               jsonb_build_object('id', sp.id, 'name', sp.name, 'kind', sp.kind, 'wikidataId', sp.wikidata_id, 'import', true)
        from speakers sp join import_created_speakers c on c.id = sp.id;

        select count(*) from import_created_speakers;
        """;

    private const string SelectAmbiguousSpeakers = """
        select i.line, i.name, m.ids
        from import_speakers i join import_name_matches m on m.name_key = i.name_key
        where i.speaker_id is null and cardinality(m.ids) > 1
        order by i.line
        limit 100
        """;

    /// <summary>Quotes new to their article (by text), with their speakers and audit records.</summary>
    private const string MergeQuotes = """
        create temp table import_quotes on commit drop as
        select distinct on (a.id, s.text) s.line, a.id as article_id, s.text, s.kind, s.verb, s.said_on, s.affiliation
        from import_rows s
        join articles a on a.url = s.article_url
        where not exists (select 1 from quotes q where q.article_id = a.id and q.text = s.text)
        order by a.id, s.text, s.line;

        create temp table import_inserted on commit drop as
        with inserted as (
            insert into quotes (article_id, text, kind, verb, said_on, stated_affiliation)
            select article_id, text, kind, verb, said_on, affiliation from import_quotes order by line
            returning id, article_id, text
        )
        select i.id, q.line, i.article_id, i.text from inserted i join import_quotes q on q.article_id = i.article_id and q.text = i.text;

        insert into quote_speakers (quote_id, speaker_id, position, role, mention)
        select distinct on (n.id, sp.speaker_id) n.id, sp.speaker_id, (sp.position - 1)::smallint, sp.role, null
        from import_inserted n join import_speakers sp on sp.line = n.line
        order by n.id, sp.speaker_id, sp.position;

        insert into audit_log (entity, entity_id, action, key_id, actor, after)
        select 'quote', n.id, 'create', @KeyId, @Actor, jsonb_build_object('id', n.id, 'articleId', n.article_id, 'text', n.text, 'import', true)
        from import_inserted n;

        select count(*) from import_inserted;
        """;

    private readonly NpgsqlConnection connection;
    private readonly NpgsqlTransaction transaction;
    private NpgsqlBinaryImporter? copy;

    private ImportStore(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
    }

    public static async Task<ImportStore> BeginAsync(NpgsqlDataSource db, CancellationToken ct)
    {
        var connection = await db.OpenConnectionAsync(ct);
        var transaction = await connection.BeginTransactionAsync(ct);
        var store = new ImportStore(connection, transaction);
        await connection.ExecuteAsync(new CommandDefinition(CreateStaging, transaction: transaction, cancellationToken: ct));
        store.copy = await connection.BeginBinaryImportAsync(Copy, ct);
        return store;
    }

    public async Task WriteAsync(long line, ImportRecord record, CancellationToken ct)
    {
        CanonicalUrl.TryNormalize(record.Article!.Url, out var url);
        var speakers = record.AllSpeakers;
        await copy!.StartRowAsync(ct);
        await copy.WriteAsync((int)line, NpgsqlDbType.Integer, ct);
        await copy.WriteAsync(record.Text.Trim(), NpgsqlDbType.Text, ct);
        await copy.WriteAsync(Infrastructure.DbEnum.Name(record.Kind ?? Quotes.QuoteKind.Direct), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(record.Verb?.Trim(), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(record.SaidOn, NpgsqlDbType.Date, ct);
        await WriteNullableAsync(record.Affiliation?.Trim(), NpgsqlDbType.Text, ct);
        await copy.WriteAsync(url, NpgsqlDbType.Text, ct);
        await WriteNullableAsync(record.Article.Title?.Trim(), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(record.Article.Outlet?.Trim(), NpgsqlDbType.Text, ct);
        await WriteNullableAsync(record.Article.PublishedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        await copy.WriteAsync(speakers.Select(s => s.Name.Trim()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(speakers.Select(s => Infrastructure.DbEnum.Name(s.Kind ?? Speakers.SpeakerKind.Person)).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(speakers.Select(s => s.WikidataId).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
        await copy.WriteAsync(speakers.Select(s => s.Role?.Trim()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text, ct);
    }

    private Task WriteNullableAsync<T>(T? value, NpgsqlDbType type, CancellationToken ct) =>
        value is null ? copy!.WriteNullAsync(ct) : copy!.WriteAsync(value, type, ct);

    public sealed record MergeResult(ImportSummary? Summary, IDictionary<string, string[]>? Errors);

    /// <summary>Merges the staged rows; on success commits, else returns the lines that cannot be merged.</summary>
    public async Task<MergeResult> MergeAsync(long lines, Actor actor, CancellationToken ct)
    {
        await copy!.CompleteAsync(ct);
        await copy.DisposeAsync();
        copy = null;

        var parameters = new { actor.KeyId, Actor = actor.Name };
        long articles, speakers;
        await using (var results = await connection.QueryMultipleAsync(new CommandDefinition(MergeArticlesAndResolveSpeakers, parameters, transaction,
                         commandTimeout: 0, cancellationToken: ct)))
        {
            articles = await results.ReadSingleAsync<long>();
            speakers = await results.ReadSingleAsync<long>();
        }

        var ambiguous = (await connection.QueryAsync<(int Line, string Name, long[] Ids)>(new CommandDefinition(SelectAmbiguousSpeakers,
            transaction: transaction, cancellationToken: ct))).AsList();
        if (ambiguous.Count > 0)
            return new(null, ambiguous.ToDictionary(a => $"line {a.Line}",
                a => new[] { $"speaker '{a.Name}' matches several speakers ({string.Join(", ", a.Ids)}); give its wikidataId." }));

        var quotes = await connection.ExecuteScalarAsync<long>(new CommandDefinition(MergeQuotes, parameters, transaction,
            commandTimeout: 0, cancellationToken: ct));
        await transaction.CommitAsync(ct);
        return new(new ImportSummary { Lines = lines, QuotesCreated = quotes, ArticlesCreated = articles, SpeakersCreated = speakers }, null);
    }

    public async ValueTask DisposeAsync()
    {
        if (copy is not null) await copy.DisposeAsync();
        await transaction.DisposeAsync();
        await connection.DisposeAsync();
    }
}
