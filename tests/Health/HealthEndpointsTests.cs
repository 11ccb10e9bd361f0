using System.Net;
using Attribution.Tests.Infrastructure;
using Npgsql;

namespace Attribution.Tests.Health;

public sealed class HealthEndpointsTests(AttributionApi api) : IClassFixture<AttributionApi>
{
    [Fact]
    public async Task Readiness_is_200_while_the_database_answers_and_503_when_it_does_not_while_liveness_stays_200()
    {
        var client = api.CreateClient();
        Assert.Equal("healthy", (string?)(await client.GetJsonAsync("/health"))["status"]);

        var database = new NpgsqlConnectionStringBuilder(api.ConnectionString).Database;
        await TestDatabase.ExecuteOnServerAsync($"alter database \"{database}\" allow_connections false");
        await TestDatabase.ExecuteOnServerAsync($"select pg_terminate_backend(pid) from pg_stat_activity where datname = '{database}'");
        try
        {
            await (await client.GetAsync("/health")).ProblemAsync(HttpStatusCode.ServiceUnavailable);
            await (await client.GetAsync("/health/ready")).ProblemAsync(HttpStatusCode.ServiceUnavailable);
            Assert.Equal("healthy", (string?)(await api.AnonymousClient().GetJsonAsync("/health/live"))["status"]);
        }
        finally
        {
            await TestDatabase.ExecuteOnServerAsync($"alter database \"{database}\" allow_connections true");
        }
    }
}
