using System.Text.Json.Nodes;
using Attribution.Api.Search;
using Attribution.Tests.Infrastructure;
using Dapper;
using Npgsql;

namespace Attribution.Tests.Search;

public sealed class SearchPlanTests
{
    /// <summary>
    /// Regression: the planner took quote_candidates() to return 1,000 rows and joined them to quotes by hashing the
    /// whole table, so every search read every quote. The candidates must be joined through the primary key.
    /// </summary>
    [Fact]
    public async Task The_search_statement_reads_quotes_by_id_not_the_whole_table()
    {
        Api.Infrastructure.DapperTypes.Register(); // dates as the service sends them
        var connectionString = await TestDatabase.CreateAsync();
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
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
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    private static IEnumerable<JsonNode> Nodes(JsonNode node) =>
        new[] { node }.Concat((node["Plans"]?.AsArray() ?? []).SelectMany(child => Nodes(child!)));
}
