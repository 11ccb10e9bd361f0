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
    /// The candidate function must never scan the table: with a long text, a plan made for its pairs may expect many rows
    /// to share one and read every quote (in parallel, a second and a half at a million quotes). Its settings forbid that,
    /// for its first custom plans and for the generic plan PL/pgSQL keeps after five calls; auto_explain shows the plan of
    /// the query inside it. (At a million quotes that plan is a bitmap scan of the pairs' index: bench/results.)
    /// </summary>
    [Fact]
    public async Task The_candidate_function_reads_quotes_through_the_pairs_index_not_the_whole_table()
    {
        Api.Infrastructure.DapperTypes.Register(); // dates as the service sends them
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            await connection.ExecuteAsync("""
                insert into articles (url, title) select 'https://example.com/' || i, 'Article ' || i from generate_series(1, 5000) i;
                insert into quotes (article_id, text, kind)
                select i, 'Measure ' || i || ' passed ' || (i * 7) || ' votes to ' || (i * 13) || ' in ward ' || (i * 17), 'direct'
                from generate_series(1, 5000) i;
                insert into quotes (article_id, text, kind)
                select i, 'The council will vote on measure 17 after the hearing on road number 119 next week, ' || i, 'direct'
                from generate_series(1, 30) i;
                analyze;
                load 'auto_explain';
                set auto_explain.log_min_duration = 0;
                set auto_explain.log_nested_statements = on;
                set auto_explain.log_level = notice;
                set client_min_messages = notice;
                """);
            var plans = new List<string>();
            connection.Notice += (_, e) => plans.Add(e.Notice.MessageText);

            for (var i = 0; i < 7; i++)
                Assert.Equal(25, (await connection.QueryAsync(SearchEndpoints.SelectCandidates, new
                {
                    Shingles = SearchWords.Shingles(SearchWords.Of("The council will vote on measure 17 after the hearing on road number 119 next week")),
                    SpeakerId = (long?)null, From = (DateOnly?)null, To = (DateOnly?)null, Candidates = 25,
                })).Count());

            var inner = plans.Where(p => p.Contains("on quotes", StringComparison.Ordinal)).ToList();
            Assert.Equal(7, inner.Count);
            Assert.All(inner, plan => Assert.DoesNotContain("Seq Scan", plan));
        });
    }

    /// <summary>
    /// A search must not read a GIN index's pending list: with one of 46 pages (6,000 quotes written), the candidate
    /// function ran 7 times slower until a vacuum merged it (migration 0017). Every GIN index writes straight through,
    /// so quotes just written leave nothing pending (gin_clean_pending_list says how many pages it merged).
    /// </summary>
    [Fact]
    public async Task Quotes_just_written_leave_no_pending_list_for_searches_to_read()
    {
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            await connection.ExecuteAsync("""
                insert into articles (url, title) values ('https://example.com/pending', 'Pending');
                insert into quotes (article_id, text, kind)
                select a.id, 'Ward ' || i || ' will vote on measure ' || (i * 7) || ' after the hearing on road ' || (i * 13), 'direct'
                from articles a cross join generate_series(1, 500) i;
                """);
            var pending = await connection.QueryAsync<(string, long)>("""
                select c.relname::text, gin_clean_pending_list(c.oid)
                from pg_index i join pg_class c on c.oid = i.indexrelid join pg_am am on am.oid = c.relam
                where am.amname = 'gin' order by 1
                """);
            Assert.Equal(["claims_search", "claims_shingles", "quotes_search", "quotes_shingles", "speakers_alias_keys", "speakers_search_trgm"],
                pending.Select(p => p.Item1));
            Assert.All(pending, p => Assert.Equal(0, p.Item2));
        });
    }

    /// <summary>
    /// The any-word fallback (a text sharing fewer than two word pairs with any quote, whose words are not all in one)
    /// collects every quote holding any of its words before it ranks the first 2,000: a common word made it slow (10-100 ms
    /// at a million quotes) and ranked 2,000 quotes that merely held that word, so the text's source, written after them,
    /// was never ranked. Words ANALYZE counts in more quotes than that are left out of it.
    /// </summary>
    [Fact]
    public async Task The_any_word_fallback_leaves_common_words_out_and_finds_the_source_by_its_rare_one()
    {
        Api.Infrastructure.DapperTypes.Register();
        await TestDatabase.WithConnectionAsync(async connection =>
        {
            await connection.ExecuteAsync("""
                insert into articles (url, title) values ('https://example.com/common', 'Common');
                insert into quotes (article_id, text, kind)
                select a.id, 'Ward ' || i || ' voted on the budget', 'direct' from articles a cross join generate_series(1, 3000) i;
                insert into quotes (article_id, text, kind)
                select id, 'We will fund the zorblax and balance the city budget', 'direct' from articles;
                analyze quotes;
                """);
            var source = await connection.ExecuteScalarAsync<long>("select id from quotes where text like '%zorblax%'");

            // No pair of it is the source's, and "schooling" is in no quote: only the any-word query can find the source.
            var matches = await SearchEndpoints.MatchAsync(connection, "zorblax budget for schooling", null, null, null, CancellationToken.None);

            Assert.Contains(source, matches.Select(m => m.Id));
            Assert.Equal(source, matches[0].Id);
        });
    }
}
