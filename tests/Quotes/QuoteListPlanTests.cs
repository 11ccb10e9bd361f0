using Attribution.Api.Infrastructure;
using Attribution.Api.Quotes;
using Attribution.Tests.Infrastructure;
using Dapper;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Attribution.Tests.Quotes;

public sealed class QuoteListPlanTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    /// <summary>
    /// At ten million quotes the planner read a speaker's quotes of one month with two parallel workers, which took
    /// longer to start (~14 ms on two cores) than the page took to read: the service's sessions run without them.
    /// </summary>
    [Fact]
    public async Task The_service_reads_without_parallel_workers()
    {
        await using var connection = await api.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        Assert.Equal("0", await connection.ExecuteScalarAsync<string>("show max_parallel_workers_per_gather"));
    }

    [Fact]
    public void A_connection_string_that_sets_options_keeps_them()
    {
        var settings = new NpgsqlConnectionStringBuilder(Database.ForService("Host=db;Options=-c work_mem=64MB;Max Auto Prepare=5;No Reset On Close=false"));
        Assert.Equal("-c work_mem=64MB", settings.Options);
        Assert.Equal(5, settings.MaxAutoPrepare);
        Assert.False(settings.NoResetOnClose);
        Assert.True(new NpgsqlConnectionStringBuilder(Database.ForService("Host=db")).NoResetOnClose);
    }

    /// <summary>
    /// Quotes read by id (GET /quotes/{id}, a search's ten best) were planned again on every run: for a few ids the
    /// planner estimates a custom plan cheaper than the generic one, and planning these joins (0.4-0.5 ms) cost more than
    /// running them. Prepared, they use one generic plan, and leave the session's setting as they found it.
    /// </summary>
    [Fact]
    public async Task Quotes_read_by_id_are_planned_once_per_connection()
    {
        await OnServiceConnectionAsync(async connection =>
        {
            var ids = (await connection.QueryAsync<long>("""
                insert into articles (url, title) values ('https://example.com/by-id', 'By id');
                insert into quotes (article_id, text, kind)
                select a.id, 'Quote number ' || n || ' about the budget.', 'direct' from articles a, generate_series(1, 20) n
                returning id;
                """)).ToArray();
            for (var count = 1; count <= 8; count++)
                Assert.Equal(count, (await QuoteStore.GetManyAsync(connection, ids[..count], CancellationToken.None)).Count);

            var plans = (await connection.QueryAsync<(string Statement, long Generic, long Custom)>(
                "select statement, generic_plans, custom_plans from pg_prepared_statements where statement like '%= any($1)%'")).ToList();
            Assert.Equal(2, plans.Count); // the quotes and their speakers
            Assert.All(plans, p => Assert.True(p.Custom == 0 && p.Generic >= 6, $"{p.Generic} generic, {p.Custom} custom: {p.Statement}"));
            Assert.Equal("auto", await connection.ExecuteScalarAsync<string>("show plan_cache_mode"));
        });
    }

    /// <summary>
    /// The service prepares its statements (auto-prepare). Prepared, a list filter's statement got one generic plan after
    /// five runs, made for no speaker or dates in particular: at a million quotes, a speaker's quotes of one month took
    /// 50 ms with it against 10 ms planned for the values. A list page must be planned for its values every time.
    /// </summary>
    [Fact]
    public async Task A_list_page_is_planned_for_its_values_each_time_even_prepared()
    {
        await OnServiceConnectionAsync(async connection =>
        {
            await connection.ExecuteAsync("""
                insert into articles (url, title) values ('https://example.com/plans', 'Plans');
                insert into quotes (article_id, text, kind, said_on)
                select a.id, 'Quote number ' || n || ' about the budget.', 'direct', date '2024-01-01' + n
                from articles a, generate_series(1, 40) n;
                """);
            for (var day = 2; day <= 9; day++)
            {
                var page = await QuoteStore.ListAsync(connection,
                    new QuoteListQuery { From = new DateOnly(2024, 1, day), To = new DateOnly(2024, 1, day + 9) }, CancellationToken.None);
                Assert.Equal(10, page.Items.Count);
            }

            var plans = await connection.QuerySingleAsync<(long Generic, long Custom)>(
                "select generic_plans, custom_plans from pg_prepared_statements where statement like '%with page as%'");
            Assert.Equal(0, plans.Generic);
            Assert.True(plans.Custom >= 7, $"custom plans: {plans.Custom}");
            Assert.Equal("auto", await connection.ExecuteScalarAsync<string>("show plan_cache_mode")); // left as found: the pool does not reset it
        });
    }

    /// <summary>Runs <paramref name="test"/> on a connection to a fresh database with the service's settings (auto-prepare).</summary>
    private static async Task OnServiceConnectionAsync(Func<NpgsqlConnection, Task> test)
    {
        var connectionString = await TestDatabase.CreateAsync();
        try
        {
            DapperTypes.Register();
            await using var connection = new NpgsqlConnection(Database.ForService(connectionString));
            await connection.OpenAsync();
            await test(connection);
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }
}
