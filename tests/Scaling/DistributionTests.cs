using Attribution.Tests.Infrastructure;
using Dapper;

namespace Attribution.Tests.Scaling;

/// <summary>
/// Keeps the schema on the sharding path of docs/scaling.md: reads the migrated schema from the catalog and checks it
/// against Citus's rules for the layout the document gives (which tables are distributed, by which column; which are
/// reference tables; which stay on the coordinator). What breaks a rule today is listed in the document as what must
/// change; a migration that adds anything else that would not distribute fails this test, and so does one that fixes
/// a listed item without the document saying so.
/// </summary>
public sealed class DistributionTests
{
    private enum Placement { Distributed, Reference, Coordinator }

    /// <summary>The layout of docs/scaling.md. Distributed tables are co-located by article (the column named).</summary>
    private static readonly Dictionary<string, (Placement Placement, string? Column)> Layout = new()
    {
        ["articles"] = (Placement.Distributed, "id"),
        ["quotes"] = (Placement.Distributed, "article_id"),
        ["quote_speakers"] = (Placement.Distributed, "article_id"),
        ["claim_quotes"] = (Placement.Distributed, "article_id"),
        ["claim_appearances"] = (Placement.Distributed, "article_id"),
        ["audit_log"] = (Placement.Distributed, "entity_id"),
        ["outlets"] = (Placement.Reference, null),
        ["speakers"] = (Placement.Reference, null),
        ["affiliations"] = (Placement.Reference, null),
        ["api_keys"] = (Placement.Reference, null),
        ["claims"] = (Placement.Reference, null),
        ["claim_claimants"] = (Placement.Reference, null),
        ["claim_reviews"] = (Placement.Reference, null),
        ["idempotent_requests"] = (Placement.Coordinator, null),
        ["webhooks"] = (Placement.Coordinator, null),
        ["webhook_cursor"] = (Placement.Coordinator, null),
        ["webhook_deliveries"] = (Placement.Coordinator, null),
        ["webhook_attempts"] = (Placement.Coordinator, null),
        ["database_settings"] = (Placement.Coordinator, null),
        ["schemaversions"] = (Placement.Coordinator, null),
    };

    /// <summary>What would not distribute today: each is in docs/scaling.md with what it becomes.</summary>
    private static readonly string[] MustChange =
    [
        "quote_speakers: no column article_id",
        "claim_quotes: no column article_id",
        "articles_url_key: unique without articles.id",
        "quotes_pkey: unique without quotes.article_id",
        "quote_speakers_pkey: unique without quote_speakers.article_id",
        "quote_speakers_quote_id_position_key: unique without quote_speakers.article_id",
        "claim_quotes_pkey: unique without claim_quotes.article_id",
        "audit_log_pkey: unique without audit_log.entity_id",
        "quote_speakers_quote_id_fkey: foreign key between distributed tables not on their distribution columns",
        "claim_quotes_quote_id_fkey: foreign key between distributed tables not on their distribution columns",
        "webhook_deliveries_event_id_fkey: foreign key from a coordinator table to a distributed table",
        "articles: trigger articles_quotes_facts",
        "quotes: trigger quotes_article_facts",
    ];

    private const string SelectTables = """
        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1
        """;

    private const string SelectColumns = """
        select c.relname as table, a.attname as column from pg_attribute a join pg_class c on c.oid = a.attrelid
        join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
        """;

    /// <summary>Unique indexes (constraints or not), with their columns (expressions have none).</summary>
    private const string SelectUniqueIndexes = """
        select t.relname as table, i.relname as name,
               array_to_string(array(select a.attname from unnest(x.indkey) k join pg_attribute a on a.attrelid = t.oid and a.attnum = k), ',') as columns
        from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
        join pg_namespace n on n.oid = t.relnamespace
        where n.nspname = 'public' and x.indisunique
        """;

    private const string SelectForeignKeys = """
        select c.conname as name, s.relname as fromtable, d.relname as totable,
               array_to_string(array(select a.attname from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k), ',') as fromcolumns,
               array_to_string(array(select a.attname from unnest(c.confkey) k join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k), ',') as tocolumns
        from pg_constraint c join pg_class s on s.oid = c.conrelid join pg_class d on d.oid = c.confrelid
        join pg_namespace n on n.oid = s.relnamespace
        where n.nspname = 'public' and c.contype = 'f'
        """;

    private const string SelectOtherObstacles = """
        select format('%s: trigger %s', c.relname, t.tgname) from pg_trigger t join pg_class c on c.oid = t.tgrelid
        join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and not t.tgisinternal
        union all
        select format('%s: exclusion constraint', conname) from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.contype = 'x'
        """;

    /// <summary>A unique index and its columns, comma-separated (expressions have none).</summary>
    private sealed record UniqueIndex(string Table, string Name, string Columns);

    private sealed record ForeignKey(string Name, string FromTable, string ToTable, string FromColumns, string ToColumns);

    [Fact]
    public async Task The_schema_breaks_no_distribution_rule_beyond_those_the_scaling_document_lists()
    {
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            var tables = (await connection.QueryAsync<string>(SelectTables)).ToList();
            var columns = (await connection.QueryAsync<(string Table, string Column)>(SelectColumns)).ToHashSet();
            var unique = (await connection.QueryAsync<UniqueIndex>(SelectUniqueIndexes)).ToList();
            var foreignKeys = (await connection.QueryAsync<ForeignKey>(SelectForeignKeys)).ToList();

            var found = new List<string>();
            found.AddRange(tables.Where(t => !Layout.ContainsKey(t)).Select(t => $"{t}: not placed in docs/scaling.md"));
            found.AddRange(await connection.QueryAsync<string>(SelectOtherObstacles));
            foreach (var (table, (placement, column)) in Layout.Where(l => l.Value.Placement == Placement.Distributed))
                if (!columns.Contains((table, column!))) found.Add($"{table}: no column {column}");
            foreach (var index in unique)
                if (Layout.GetValueOrDefault(index.Table) is (Placement.Distributed, { } key) && !index.Columns.Split(',').Contains(key))
                    found.Add($"{index.Name}: unique without {index.Table}.{key}");
            foreach (var fk in foreignKeys)
            {
                var (from, fromKey) = Layout.GetValueOrDefault(fk.FromTable);
                var (to, toKey) = Layout.GetValueOrDefault(fk.ToTable);
                if (to != Placement.Distributed) continue; // to reference tables from anywhere, and among coordinator tables: allowed
                if (from != Placement.Distributed)
                    found.Add($"{fk.Name}: foreign key from a {from.ToString().ToLowerInvariant()} table to a distributed table");
                else if (Array.IndexOf(fk.FromColumns.Split(','), fromKey) is var at && (at < 0 || fk.ToColumns.Split(',')[at] != toKey))
                    found.Add($"{fk.Name}: foreign key between distributed tables not on their distribution columns");
            }

            Assert.Equal(MustChange.Order(), found.Order());

            var document = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "scaling.md"));
            foreach (var table in Layout.Keys) Assert.Contains($"`{table}`", document);
            foreach (var item in MustChange) Assert.Contains($"`{item.Split(':')[0]}`", document);
        });
    }
}
