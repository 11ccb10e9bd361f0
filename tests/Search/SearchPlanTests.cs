using System.Text.Json.Nodes;
using Attribution.Api.Search;
using Attribution.Tests.Infrastructure;
using Dapper;

namespace Attribution.Tests.Search;

public sealed class SearchPlanTests
{
    /// <summary>
    /// quote_shingles() runs on every search and every quote insert. As a SQL function its body (a subquery) could not
    /// be inlined and was planned again on each call; as PL/pgSQL its plan is kept for the session (migration 0011).
    /// The stored shingles must stay what the function computes.
    /// </summary>
    [Fact]
    public async Task Shingles_are_computed_by_a_function_whose_plan_is_kept()
    {
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            var language = await connection.ExecuteScalarAsync<string>(
                "select l.lanname from pg_proc p join pg_language l on l.oid = p.prolang where p.proname = 'quote_shingles'");
            Assert.Equal("plpgsql", language);
            await connection.ExecuteAsync("""
                insert into articles (url, title) values ('https://example.com/shingles', 'Shingles');
                insert into quotes (article_id, text, kind) select id, 'The ruling ignores the evidence, and we will appeal it.', 'direct' from articles;
                """);
            var (stored, computed) = await connection.QuerySingleAsync<(int[], int[])>(
                "select shingles, quote_shingles('The ruling ignores the evidence, and we will appeal it.') from quotes");
            Assert.NotEmpty(stored);
            Assert.Equal(computed.Order(), stored.Order());
        });
    }

    /// <summary>
    /// Regression: the planner took quote_candidates() to return 1,000 rows and joined them to quotes by hashing the
    /// whole table, so every search read every quote. The candidates must be joined through the primary key.
    /// </summary>
    [Fact]
    public async Task The_search_statement_reads_quotes_by_id_not_the_whole_table()
    {
        Api.Infrastructure.DapperTypes.Register(); // dates as the service sends them
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            await connection.ExecuteAsync("""
                insert into articles (url, title) select 'https://example.com/' || i, 'Article ' || i from generate_series(1, 5000) i;
                insert into quotes (article_id, text, kind)
                select i, 'The council will vote on measure ' || i || ' after the hearing on road number ' || (i * 7) || ' next week', 'direct'
                from generate_series(1, 5000) i;
                analyze;
                """);

            var plan = await connection.ExecuteScalarAsync<string>("explain (format json) " + SearchEndpoints.SelectCandidates, new
            {
                Text = "The council will vote on measure 17 after the hearing", SpeakerId = (long?)null, From = (DateOnly?)null,
                To = (DateOnly?)null, Candidates = 25,
            });

            var scans = Nodes(JsonNode.Parse(plan!)![0]!["Plan"]!).Where(n => (string?)n["Relation Name"] == "quotes")
                .Select(n => (string)n["Node Type"]!).ToList();
            Assert.NotEmpty(scans);
            Assert.DoesNotContain("Seq Scan", scans);
        });
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node) =>
        new[] { node }.Concat((node["Plans"]?.AsArray() ?? []).SelectMany(child => Nodes(child!)));
}
