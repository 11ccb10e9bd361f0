using System.Text.Json.Nodes;
using Attribution.Tests.Infrastructure;
using Dapper;

namespace Attribution.Tests.Speakers;

public sealed class SpeakerMatchingTests
{
    /// <summary>
    /// Regression: an import creates speakers and then matches the next names in the same transaction, against a table
    /// with no statistics. The look-up walked every speaker in id order for a name that matched nothing, and read the
    /// alias index's whole pending list, so an import naming 100k speakers took hours. It must read a handful of pages
    /// whatever the table's size.
    /// </summary>
    [Fact]
    public async Task Matching_a_name_reads_a_few_index_pages_even_among_speakers_just_created()
    {
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await connection.ExecuteAsync(
                "insert into speakers (name, kind, aliases) select 'Speaker ' || i, 'person', array['Alias ' || i] from generate_series(1, 20000) i",
                transaction: transaction);
            // A first call fills the session's catalog caches: what is left to count is the look-up itself.
            await connection.ExecuteAsync("select speaker_matches('warm up', 'person', null, null)", transaction: transaction);

            foreach (var name in new[] { "Nobody Here", "Speaker 19999", "alias 17" })
            {
                var plan = JsonNode.Parse((await connection.ExecuteScalarAsync<string>(
                    "explain (analyze, buffers, format json) select speaker_matches(@Name, 'person', null, null)", new { Name = name }, transaction))!)!;
                var top = plan[0]!["Plan"]!;
                var pages = (int)top["Shared Hit Blocks"]! + (int)top["Shared Read Blocks"]!;
                Assert.True(pages < 40, $"matching '{name}' read {pages} pages of a 20,000-speaker table");
            }
            var byName = await connection.ExecuteScalarAsync<long[]>("select speaker_matches('SPEAKER 19999', 'person', null, null)", transaction: transaction);
            var byAlias = await connection.ExecuteScalarAsync<long[]>("select speaker_matches('alias 17', 'person', null, null)", transaction: transaction);
            Assert.Equal(new long[] { 19999 }, byName);
            Assert.Equal(new long[] { 17 }, byAlias);
        });
    }
}
